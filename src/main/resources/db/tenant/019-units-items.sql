--liquibase formatted sql

--changeset procura:019-units-items
-- Units of measure, their global conversions, and items (materials) with their plant data and
-- their own conversions to their base unit. Codes are what documents name; a unit or item that
-- records use is deactivated, not deleted (the foreign keys refuse, the services answer 409 first).
CREATE TABLE units (
    id              UUID PRIMARY KEY,
    code            VARCHAR(20) NOT NULL UNIQUE,
    name            VARCHAR(100) NOT NULL,
    dimension       VARCHAR(10) NOT NULL
        CHECK (dimension IN ('count', 'mass', 'length', 'area', 'volume', 'time', 'other')),
    decimals        INT NOT NULL CHECK (decimals BETWEEN 0 AND 6),
    active          BOOLEAN NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0
);

-- 1 from_unit = factor to_unit; the inverse is implied, so a pair is stored once either way round.
CREATE TABLE unit_conversions (
    id              UUID PRIMARY KEY,
    from_unit       VARCHAR(20) NOT NULL REFERENCES units (code),
    to_unit         VARCHAR(20) NOT NULL REFERENCES units (code),
    factor          NUMERIC(30, 12) NOT NULL CHECK (factor > 0),
    created_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    CHECK (from_unit <> to_unit)
);
CREATE UNIQUE INDEX unit_conversions_pair_uq
    ON unit_conversions (LEAST(from_unit, to_unit), GREATEST(from_unit, to_unit));
CREATE INDEX unit_conversions_to_idx ON unit_conversions (to_unit);

CREATE TABLE items (
    id                      UUID PRIMARY KEY,
    code                    VARCHAR(60) NOT NULL UNIQUE,
    description             VARCHAR(500) NOT NULL,
    type                    VARCHAR(20) NOT NULL CHECK (type IN ('purchased', 'manufactured', 'service')),
    base_unit               VARCHAR(20) NOT NULL REFERENCES units (code),
    category                VARCHAR(63),
    default_supplier_id     UUID,
    lead_time_days          INT,
    standard_cost_amount    NUMERIC(18, 4),
    standard_cost_currency  CHAR(3),
    tax_code                VARCHAR(30),
    lot_tracked             BOOLEAN NOT NULL DEFAULT FALSE,
    serial_tracked          BOOLEAN NOT NULL DEFAULT FALSE,
    inspection_required     BOOLEAN NOT NULL DEFAULT FALSE,
    active                  BOOLEAN NOT NULL DEFAULT TRUE,
    custom_fields           JSONB NOT NULL DEFAULT '{}',
    created_at              TIMESTAMPTZ NOT NULL,
    updated_at              TIMESTAMPTZ NOT NULL,
    version                 BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX items_lower_code_idx ON items (LOWER(code) text_pattern_ops);
CREATE INDEX items_base_unit_idx ON items (base_unit);
CREATE INDEX items_category_idx ON items (category) WHERE category IS NOT NULL;
CREATE INDEX items_supplier_idx ON items (default_supplier_id) WHERE default_supplier_id IS NOT NULL;

CREATE TABLE item_plants (
    item_id         UUID NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    plant_id        UUID NOT NULL REFERENCES plants (id),
    reorder_point   NUMERIC(18, 3),
    safety_stock    NUMERIC(18, 3),
    PRIMARY KEY (item_id, plant_id)
);
CREATE INDEX item_plants_plant_idx ON item_plants (plant_id);

-- 1 unit = factor_to_base of the item's base unit (may cross dimensions: 1 box = 2.5 kg).
CREATE TABLE item_conversions (
    item_id         UUID NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    unit            VARCHAR(20) NOT NULL REFERENCES units (code),
    factor_to_base  NUMERIC(30, 12) NOT NULL CHECK (factor_to_base > 0),
    PRIMARY KEY (item_id, unit)
);
CREATE INDEX item_conversions_unit_idx ON item_conversions (unit);
