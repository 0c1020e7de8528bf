--liquibase formatted sql

--changeset procura:034-traceability
-- How an item's lots and serial numbers are numbered: prefix, the tenant's today in a date
-- pattern, then a sequence that restarts when the formatted date changes. The row is locked
-- while a number is taken, so two receipts never get the same one.
CREATE TABLE numbering_rules (
    id              UUID PRIMARY KEY,
    item_code       VARCHAR(60) NOT NULL,
    kind            VARCHAR(6) NOT NULL CHECK (kind IN ('lot', 'serial')),
    prefix          VARCHAR(20) NOT NULL DEFAULT '',
    date_pattern    VARCHAR(12),
    sequence_width  INTEGER NOT NULL,
    gs1             BOOLEAN NOT NULL,
    period          VARCHAR(12) NOT NULL DEFAULT '',
    next_sequence   BIGINT NOT NULL DEFAULT 1,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    UNIQUE (item_code, kind)
);

-- A lot of an item: its number is unique per item; quantity is what is on hand.
CREATE TABLE lots (
    id              UUID PRIMARY KEY,
    item_code       VARCHAR(60) NOT NULL,
    number          VARCHAR(40) NOT NULL,
    plant_id        UUID,
    quantity        NUMERIC(15, 3) NOT NULL CHECK (quantity >= 0),
    unit            VARCHAR(20) NOT NULL,
    status          VARCHAR(12) NOT NULL,
    expires_on      DATE,
    supplier_id     UUID,
    supplier_lot    VARCHAR(40),
    receipt_id      UUID,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    UNIQUE (item_code, number)
);
CREATE INDEX lots_number_idx ON lots (number);
CREATE INDEX lots_supplier_lot_idx ON lots (supplier_lot) WHERE supplier_lot IS NOT NULL;
CREATE INDEX lots_plant_idx ON lots (plant_id);

-- One unit of an item, unique per item; it may have come in or been made in a lot.
CREATE TABLE serial_numbers (
    id              UUID PRIMARY KEY,
    item_code       VARCHAR(60) NOT NULL,
    number          VARCHAR(40) NOT NULL,
    lot_id          UUID REFERENCES lots (id),
    plant_id        UUID,
    status          VARCHAR(12) NOT NULL,
    expires_on      DATE,
    supplier_id     UUID,
    supplier_lot    VARCHAR(40),
    receipt_id      UUID,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    UNIQUE (item_code, number)
);
CREATE INDEX serial_numbers_number_idx ON serial_numbers (number);
CREATE INDEX serial_numbers_lot_idx ON serial_numbers (lot_id);
CREATE INDEX serial_numbers_plant_idx ON serial_numbers (plant_id);

-- What a document did to a lot or serial number: received (a receipt, from the supplier in
-- party_id), consumed and produced (a work order), shipped (an issue, to the customer in
-- party_id). Genealogy links every unit a document consumed to every unit it produced.
CREATE TABLE stock_movements (
    id              UUID PRIMARY KEY,
    kind            VARCHAR(10) NOT NULL CHECK (kind IN ('received', 'consumed', 'produced', 'shipped')),
    unit_kind       VARCHAR(6) NOT NULL CHECK (unit_kind IN ('lot', 'serial')),
    unit_id         UUID NOT NULL,
    item_code       VARCHAR(60) NOT NULL,
    quantity        NUMERIC(15, 3) NOT NULL,
    document_type   VARCHAR(20) NOT NULL,
    document_id     UUID NOT NULL,
    document_number VARCHAR(60),
    party_id        UUID,
    moved_on        DATE NOT NULL,
    reference       VARCHAR(200),
    created_by      UUID,
    created_at      TIMESTAMPTZ NOT NULL
);
-- Forward: a unit's consumptions, then the document's outputs; backward: the other way round.
CREATE INDEX stock_movements_unit_idx ON stock_movements (unit_id, kind) INCLUDE (document_id, quantity);
CREATE INDEX stock_movements_document_idx ON stock_movements (document_id, kind) INCLUDE (unit_id, quantity);

-- A recall simulation as asked and what it found (JSON), kept as evidence; quarantined_at is
-- the last time its available units were put into quarantine.
CREATE TABLE recall_simulations (
    id              UUID PRIMARY KEY,
    criteria        TEXT NOT NULL,
    result          TEXT NOT NULL,
    created_by      UUID,
    created_at      TIMESTAMPTZ NOT NULL,
    quarantined_at  TIMESTAMPTZ,
    version         BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX recall_simulations_created_idx ON recall_simulations (created_at DESC);
