--liquibase formatted sql

--changeset procura:009-outbox-parking
-- A row Kafka refuses on its own (too large, say) is parked with the broker's error; the relay goes on.
ALTER TABLE outbox ADD COLUMN parked_at TIMESTAMPTZ;
ALTER TABLE outbox ADD COLUMN error TEXT;
DROP INDEX outbox_pending_idx;
CREATE INDEX outbox_pending_idx ON outbox (id) WHERE sent_at IS NULL AND parked_at IS NULL;
-- processed_events are pruned after a retention: by age.
CREATE INDEX processed_events_age_idx ON processed_events (processed_at);
