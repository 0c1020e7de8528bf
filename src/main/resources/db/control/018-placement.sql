--liquibase formatted sql

--changeset procura:018-placement
-- Moves of a tenant database to another PostgreSQL server: a backup (tenant_backups, trigger 'move')
-- restored into a new database on to_server, verified, then switched to.
CREATE TABLE tenant_moves (
    id              UUID PRIMARY KEY,
    tenant_id       UUID NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    -- The backup outlives the move until its retention; pruning it keeps the move on record.
    backup_id       UUID REFERENCES tenant_backups (id) ON DELETE SET NULL,
    from_server     VARCHAR(63) NOT NULL,
    to_server       VARCHAR(63) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    requested_by    UUID,
    database_name   VARCHAR(63),
    tables_verified INTEGER,
    rows_moved      BIGINT,
    error           VARCHAR(1000),
    created_at      TIMESTAMPTZ NOT NULL,
    started_at      TIMESTAMPTZ,
    finished_at     TIMESTAMPTZ
);
CREATE INDEX tenant_moves_tenant_idx ON tenant_moves (tenant_id, created_at DESC);
-- At most one move per tenant under way.
CREATE UNIQUE INDEX tenant_moves_running_idx ON tenant_moves (tenant_id) WHERE status IN ('QUEUED', 'RUNNING');
