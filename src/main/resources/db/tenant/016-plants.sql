--liquibase formatted sql

--changeset procura:016-plants
-- The tenant's plants (sites). Purchase orders and receipts may belong to one; NULL means the
-- record is not plant-scoped (rows from before plants keep NULL). A plant with records is kept:
-- the foreign keys refuse its deletion, the service answers 409 first.
CREATE TABLE plants (
    id              UUID PRIMARY KEY,
    code            VARCHAR(63) NOT NULL UNIQUE,
    name            VARCHAR(200) NOT NULL,
    address_line1   VARCHAR(200),
    address_line2   VARCHAR(200),
    city            VARCHAR(100),
    postal_code     VARCHAR(20),
    region          VARCHAR(100),
    country         CHAR(2),
    time_zone       VARCHAR(64) NOT NULL,
    active          BOOLEAN NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0
);

ALTER TABLE purchase_orders ADD COLUMN plant_id UUID REFERENCES plants (id);
CREATE INDEX purchase_orders_plant_idx ON purchase_orders (plant_id) WHERE plant_id IS NOT NULL;
ALTER TABLE receipts ADD COLUMN plant_id UUID REFERENCES plants (id);
CREATE INDEX receipts_plant_idx ON receipts (plant_id) WHERE plant_id IS NOT NULL;
