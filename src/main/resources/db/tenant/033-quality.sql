--liquibase formatted sql

--changeset procura:033-quality
-- What to check on an item, at receipt or at one operation of its routing; one active plan per
-- item, scope and operation (receipt plans have none).
CREATE TABLE inspection_plans (
    id              UUID PRIMARY KEY,
    item_code       VARCHAR(64) NOT NULL,
    scope           VARCHAR(12) NOT NULL,
    operation       VARCHAR(64),
    name            VARCHAR(200),
    active          BOOLEAN NOT NULL,
    created_by      UUID,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX inspection_plans_active_idx
    ON inspection_plans (item_code, scope, COALESCE(operation, '')) WHERE active;

-- A plan's characteristics in order. The id survives a change of the plan that keeps the code:
-- measurements and SPC charts name it.
CREATE TABLE inspection_characteristics (
    plan_id         UUID NOT NULL REFERENCES inspection_plans (id) ON DELETE CASCADE,
    position        INT NOT NULL,
    id              UUID NOT NULL,
    code            VARCHAR(64) NOT NULL,
    name            VARCHAR(200) NOT NULL,
    kind            VARCHAR(10) NOT NULL,
    nominal         NUMERIC(18, 6),
    lower_spec      NUMERIC(18, 6),
    upper_spec      NUMERIC(18, 6),
    unit            VARCHAR(32),
    method          VARCHAR(200),
    sample_size     INT NOT NULL,
    frequency       VARCHAR(200),
    every_n_units   INT,
    defect_codes    TEXT,
    PRIMARY KEY (plan_id, position)
);
CREATE INDEX inspection_characteristics_id_idx ON inspection_characteristics (id);

-- One inspection of a quantity of an item against a plan: of a receipt line, of a work order's
-- operation, or made by hand; open until decided.
CREATE TABLE inspections (
    id                  UUID PRIMARY KEY,
    number              VARCHAR(32) NOT NULL UNIQUE,
    plan_id             UUID NOT NULL REFERENCES inspection_plans (id),
    item_code           VARCHAR(64) NOT NULL,
    source              VARCHAR(12) NOT NULL,
    receipt_id          UUID,
    receipt_line        INT,
    purchase_order_id   UUID,
    supplier_id         UUID,
    work_order_id       UUID,
    work_order_number   VARCHAR(32),
    operation_sequence  INT,
    operation           VARCHAR(64),
    plant_id            UUID,
    quantity            NUMERIC(18, 3) NOT NULL,
    status              VARCHAR(8) NOT NULL,
    outcome             VARCHAR(24),
    rejected_quantity   NUMERIC(18, 3),
    reason              VARCHAR(1000),
    deviation           VARCHAR(1000),
    decided_by          UUID,
    decided_at          TIMESTAMPTZ,
    created_by          UUID,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX inspections_status_idx ON inspections (status, created_at);
CREATE INDEX inspections_item_idx ON inspections (item_code);
CREATE INDEX inspections_plan_idx ON inspections (plan_id);
CREATE INDEX inspections_plant_idx ON inspections (plant_id);
CREATE UNIQUE INDEX inspections_receipt_line_idx ON inspections (receipt_id, receipt_line)
    WHERE receipt_id IS NOT NULL;

-- Every measurement as taken (never changed): the SPC charts read them by characteristic and time.
CREATE TABLE quality_measurements (
    id                  UUID PRIMARY KEY,
    inspection_id       UUID NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
    characteristic_id   UUID NOT NULL,
    subgroup            INT NOT NULL,
    value               NUMERIC(18, 6),
    passed              BOOLEAN NOT NULL,
    defect_code         VARCHAR(64),
    measured_at         TIMESTAMPTZ NOT NULL,
    recorded_by         UUID,
    recorded_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX quality_measurements_spc_idx ON quality_measurements (characteristic_id, measured_at);
CREATE INDEX quality_measurements_inspection_idx ON quality_measurements (inspection_id, characteristic_id);
