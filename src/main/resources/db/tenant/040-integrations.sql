--liquibase formatted sql

--changeset procura:040-integrations
-- External systems (an ERP) the outbound connector publishes events to. Secrets are encrypted
-- under the master key, never returned; events is a comma-separated list of subscribed types.
CREATE TABLE integration_systems (
    id                  UUID PRIMARY KEY,
    code                VARCHAR(40) NOT NULL UNIQUE,
    name                VARCHAR(200) NOT NULL,
    endpoint_url        VARCHAR(2000) NOT NULL,
    bearer_token_enc    TEXT,
    hmac_secret_enc     TEXT,
    enabled             BOOLEAN NOT NULL,
    events              VARCHAR(400) NOT NULL DEFAULT '',
    external_id_field   VARCHAR(100) NOT NULL DEFAULT 'id',
    max_attempts        INTEGER NOT NULL DEFAULT 8,
    timeout_seconds     INTEGER NOT NULL DEFAULT 10,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT NOT NULL DEFAULT 0
);

-- Our record <-> the external system's id, one each way per system and entity type.
CREATE TABLE integration_mappings (
    id              UUID PRIMARY KEY,
    system_id       UUID NOT NULL REFERENCES integration_systems (id) ON DELETE CASCADE,
    entity_type     VARCHAR(40) NOT NULL,
    our_id          VARCHAR(100) NOT NULL,
    external_id     VARCHAR(200) NOT NULL,
    source          VARCHAR(20) NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT integration_mappings_ours UNIQUE (system_id, entity_type, our_id),
    CONSTRAINT integration_mappings_theirs UNIQUE (system_id, entity_type, external_id)
);

-- One pass of the sender over a system's due messages, with what came of it.
CREATE TABLE integration_runs (
    id              UUID PRIMARY KEY,
    system_id       UUID NOT NULL REFERENCES integration_systems (id) ON DELETE CASCADE,
    started_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    attempted       INTEGER NOT NULL DEFAULT 0,
    sent            INTEGER NOT NULL DEFAULT 0,
    failed          INTEGER NOT NULL DEFAULT 0,
    dead            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX integration_runs_system_idx ON integration_runs (system_id, started_at);

-- Messages to and from a system. An outbound message is written pending in the transaction of
-- the fact it reports: the row is the outbox of the HTTP call.
CREATE TABLE integration_messages (
    id              UUID PRIMARY KEY,
    system_id       UUID NOT NULL REFERENCES integration_systems (id) ON DELETE CASCADE,
    direction       VARCHAR(10) NOT NULL,
    entity_type     VARCHAR(40) NOT NULL,
    entity_id       VARCHAR(100) NOT NULL,
    event_type      VARCHAR(64),
    event_id        UUID,
    payload         JSONB NOT NULL,
    status          VARCHAR(10) NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    manual_retries  INTEGER NOT NULL DEFAULT 0,
    last_error      VARCHAR(1000),
    next_attempt_at TIMESTAMPTZ,
    response_code   INTEGER,
    external_id     VARCHAR(200),
    replay_of       UUID,
    run_id          UUID,
    sent_at         TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX integration_messages_system_idx ON integration_messages (system_id, created_at);
CREATE INDEX integration_messages_due_idx ON integration_messages (next_attempt_at) WHERE status IN ('pending', 'failed');
CREATE INDEX integration_messages_entity_idx ON integration_messages (system_id, entity_type, entity_id);
