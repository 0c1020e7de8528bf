--liquibase formatted sql

--changeset procura:028-dashboards
-- A tenant's dashboards: named tiles, each a KPI of the analytics catalogue over a period relative
-- to the tenant's today, optionally compared with the period before (tiles as JSON, validated by
-- the API against the catalogue). The built-in dashboards are not stored.
CREATE TABLE dashboards (
    id              UUID PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,
    description     VARCHAR(500),
    tiles           TEXT NOT NULL,
    created_by      UUID NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX dashboards_name_uq ON dashboards (LOWER(name));
