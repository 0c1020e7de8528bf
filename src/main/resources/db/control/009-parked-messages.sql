--liquibase formatted sql

--changeset procura:009-parked-messages
-- Messages a consumer could not handle however often it tried (poison), kept for operators to
-- inspect and replay. Each is also published to <topic>.dlq through the outbox.
CREATE TABLE parked_messages (
    id              UUID PRIMARY KEY,
    topic           VARCHAR(200) NOT NULL,
    consumer        VARCHAR(100) NOT NULL,
    payload         TEXT NOT NULL,
    error           TEXT NOT NULL,
    attempts        INT NOT NULL,
    parked_at       TIMESTAMPTZ NOT NULL,
    replays         INT NOT NULL DEFAULT 0,
    replayed_at     TIMESTAMPTZ,
    replayed_by     UUID
);
CREATE INDEX parked_messages_topic_idx ON parked_messages (topic, parked_at DESC);
CREATE INDEX parked_messages_parked_idx ON parked_messages (parked_at DESC);

-- A row Kafka refuses on its own (too large, say) is parked with the broker's error; the relay goes on.
ALTER TABLE outbox ADD COLUMN parked_at TIMESTAMPTZ;
ALTER TABLE outbox ADD COLUMN error TEXT;
DROP INDEX outbox_pending_idx;
CREATE INDEX outbox_pending_idx ON outbox (id) WHERE sent_at IS NULL AND parked_at IS NULL;
