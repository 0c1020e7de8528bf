--liquibase formatted sql

--changeset procura:016-data-exports
-- Tenant data exports (a ZIP of the tenant database as JSON plus its files, in S3) that a
-- tenant's admins asked for. In the control database: the export reads the whole tenant
-- database, so its own record stays out of it.
CREATE TABLE data_exports (
    id                UUID PRIMARY KEY,
    tenant_id         UUID NOT NULL,
    requested_by      UUID NOT NULL,
    status            VARCHAR(20) NOT NULL,
    object_key        VARCHAR(300) NOT NULL,
    size_bytes        BIGINT,
    tables            INTEGER,
    row_count         BIGINT,
    files             INTEGER,
    error             VARCHAR(500),
    requested_at      TIMESTAMPTZ NOT NULL,
    started_at        TIMESTAMPTZ,
    completed_at      TIMESTAMPTZ
);
CREATE INDEX data_exports_tenant_idx ON data_exports (tenant_id, requested_at DESC);
