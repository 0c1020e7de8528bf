--liquibase formatted sql

--changeset procura:015-custom-fields
-- Custom fields: definitions per entity type; the values live in a JSONB column of each entity,
-- so adding a field is a row here, never DDL. Fields marked indexed get an expression index
-- ((custom_fields -> 'key')) made by the application (CREATE INDEX CONCURRENTLY).
CREATE TABLE custom_field_definitions (
    id              UUID PRIMARY KEY,
    entity_type     VARCHAR(40) NOT NULL,
    key             VARCHAR(63) NOT NULL,
    label           VARCHAR(200) NOT NULL,
    type            VARCHAR(20) NOT NULL,
    required        BOOLEAN NOT NULL DEFAULT FALSE,
    default_value   TEXT,
    min_value       NUMERIC,
    max_value       NUMERIC,
    pattern         VARCHAR(500),
    help_text       VARCHAR(2000),
    sort_order      INT NOT NULL DEFAULT 0,
    active          BOOLEAN NOT NULL DEFAULT TRUE,
    indexed         BOOLEAN NOT NULL DEFAULT FALSE,
    type_list       VARCHAR(63),
    ref_entity_type VARCHAR(40),
    archived_at     TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT custom_field_definitions_key_uq UNIQUE (entity_type, key)
);
CREATE INDEX custom_field_definitions_order_idx ON custom_field_definitions (entity_type, sort_order, key);

ALTER TABLE suppliers ADD COLUMN custom_fields JSONB NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE purchase_orders ADD COLUMN custom_fields JSONB NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE rfqs ADD COLUMN custom_fields JSONB NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE quotes ADD COLUMN custom_fields JSONB NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE invoices ADD COLUMN custom_fields JSONB NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE documents ADD COLUMN custom_fields JSONB NOT NULL DEFAULT '{}'::jsonb;
