--liquibase formatted sql

--changeset procura:011-audit
-- The audit trail is made from the outbox: the relay seals every event into audit_log (one hash
-- chain per database) before it publishes it, and keeps an unsealed row until it is sealed.
ALTER TABLE outbox ADD COLUMN audited_at TIMESTAMPTZ;
ALTER TABLE outbox ADD COLUMN request_id VARCHAR(64);
ALTER TABLE outbox ADD COLUMN client_address VARCHAR(45);
ALTER TABLE outbox ADD COLUMN changes TEXT;
CREATE INDEX outbox_unaudited_idx ON outbox (id) WHERE audited_at IS NULL;

-- Append-only. content_hash is the SHA-256 of the entry's fields; chain_hash the SHA-256 of
-- prev_hash and content_hash; prev_hash the chain_hash of the entry before (zeros for the first).
-- changes, details and related are kept as written (text), so the hashes verify byte for byte.
CREATE TABLE audit_log (
    seq             BIGINT PRIMARY KEY,
    event_id        UUID NOT NULL UNIQUE,
    occurred_at     TIMESTAMPTZ NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    actor_id        UUID,
    on_behalf_of    UUID,
    action          VARCHAR(100) NOT NULL,
    entity_type     VARCHAR(60) NOT NULL,
    entity_id       VARCHAR(100) NOT NULL,
    changes         TEXT,
    details         TEXT,
    client_address  VARCHAR(45),
    request_id      VARCHAR(64),
    related         TEXT[] NOT NULL,
    content_hash    CHAR(64) NOT NULL,
    prev_hash       CHAR(64) NOT NULL,
    chain_hash      CHAR(64) NOT NULL
);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, seq DESC);
CREATE INDEX audit_log_action_idx ON audit_log (action, seq DESC);
CREATE INDEX audit_log_time_idx ON audit_log (occurred_at);
CREATE INDEX audit_log_related_idx ON audit_log USING GIN (related);

-- The chain head signed (Ed25519) every N entries and at least hourly while entries arrive.
CREATE TABLE audit_checkpoints (
    seq             BIGINT PRIMARY KEY,
    chain_hash      CHAR(64) NOT NULL,
    signed_at       TIMESTAMPTZ NOT NULL,
    key_id          VARCHAR(64) NOT NULL,
    public_key      TEXT NOT NULL,
    signature       TEXT NOT NULL
);

-- The application may read and append, never change or remove (the owner's own grants are
-- revoked, and carried over when the tables are handed to the tenant role). The retention purge
-- connects as the administrator and says so (procura.audit_purge) before it deletes.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, audit_checkpoints FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, audit_checkpoints FROM CURRENT_USER;

--changeset procura:011-audit-append-only splitStatements:false
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('procura.audit_purge', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the audit trail is append-only (% on %)', TG_OP, TG_TABLE_NAME;
END $$;

--changeset procura:011-audit-triggers
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
