--liquibase formatted sql

--changeset procura:001-tenant-settings
-- One row (id = 1): the tenant's settings document, validated by the application.
CREATE TABLE tenant_settings (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    document    TEXT NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    updated_by  UUID,
    version     BIGINT NOT NULL DEFAULT 0
);
