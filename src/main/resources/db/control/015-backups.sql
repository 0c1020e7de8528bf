--liquibase formatted sql

--changeset procura:015-backups
-- Why a tenant refuses writes for now (restore, move, trial_ended, …); NULL while it is writable.
ALTER TABLE tenants ADD COLUMN read_only_reason VARCHAR(40);
ALTER TABLE tenants ADD COLUMN read_only_since TIMESTAMPTZ;

-- Logical backups of tenant databases; the bytes live in S3 under tenants/{tenant}/backups/{id}/.
CREATE TABLE tenant_backups (
    id              UUID PRIMARY KEY,
    tenant_id       UUID NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    status          VARCHAR(20) NOT NULL,
    trigger_kind    VARCHAR(20) NOT NULL,
    requested_by    UUID,
    schema_version  VARCHAR(64),
    changesets      INTEGER,
    table_count     INTEGER,
    row_count       BIGINT,
    raw_bytes       BIGINT,
    stored_bytes    BIGINT,
    file_objects    INTEGER,
    tables          TEXT,
    manifest_key    VARCHAR(300),
    manifest_sha256 CHAR(64),
    error           VARCHAR(1000),
    created_at      TIMESTAMPTZ NOT NULL,
    started_at      TIMESTAMPTZ,
    finished_at     TIMESTAMPTZ
);
CREATE INDEX tenant_backups_tenant_idx ON tenant_backups (tenant_id, created_at DESC);
CREATE INDEX tenant_backups_age_idx ON tenant_backups (created_at);

CREATE TABLE tenant_restores (
    id              UUID PRIMARY KEY,
    tenant_id       UUID NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    backup_id       UUID NOT NULL REFERENCES tenant_backups (id) ON DELETE CASCADE,
    target          VARCHAR(20) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    requested_by    UUID,
    database_name   VARCHAR(63),
    tables_verified INTEGER,
    files_missing   INTEGER,
    rows_restored   BIGINT,
    error           VARCHAR(1000),
    created_at      TIMESTAMPTZ NOT NULL,
    started_at      TIMESTAMPTZ,
    finished_at     TIMESTAMPTZ
);
CREATE INDEX tenant_restores_tenant_idx ON tenant_restores (tenant_id, created_at DESC);
-- At most one restore per tenant under way.
CREATE UNIQUE INDEX tenant_restores_running_idx ON tenant_restores (tenant_id) WHERE status IN ('QUEUED', 'RUNNING');
