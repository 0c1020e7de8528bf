--liquibase formatted sql

--changeset procura:032-production
-- Work orders and what the shop floor reports against them: operation confirmations (the counts
-- and run time OEE and first-pass yield are computed from), downtime, component consumption and
-- output. Lots and serial numbers moved are the traceability capability's; these rows keep only
-- the numbers reported.
CREATE TABLE work_orders (
    id              UUID PRIMARY KEY,
    number          VARCHAR(40) NOT NULL UNIQUE,
    item_code       VARCHAR(63) NOT NULL,
    quantity        NUMERIC(18, 6) NOT NULL CHECK (quantity > 0),
    unit            VARCHAR(20) NOT NULL,
    plant_id        UUID REFERENCES plants (id),
    planned_start   TIMESTAMPTZ NOT NULL,
    planned_end     TIMESTAMPTZ NOT NULL,
    status          VARCHAR(20) NOT NULL,
    notes           VARCHAR(2000),
    good_quantity   NUMERIC(18, 6) NOT NULL DEFAULT 0,
    scrap_quantity  NUMERIC(18, 6) NOT NULL DEFAULT 0,
    released_at     TIMESTAMPTZ,
    started_at      TIMESTAMPTZ,
    completed_at    TIMESTAMPTZ,
    cancelled_at    TIMESTAMPTZ,
    created_by      UUID,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    CHECK (planned_end >= planned_start)
);
CREATE INDEX work_orders_item_idx ON work_orders (item_code);
CREATE INDEX work_orders_status_idx ON work_orders (status, planned_start);
CREATE INDEX work_orders_plant_idx ON work_orders (plant_id) WHERE plant_id IS NOT NULL;

CREATE TABLE work_order_operations (
    work_order_id           UUID NOT NULL REFERENCES work_orders (id) ON DELETE CASCADE,
    position                INT NOT NULL,
    sequence                INT NOT NULL,
    code                    VARCHAR(40) NOT NULL,
    name                    VARCHAR(200),
    work_centre             VARCHAR(63) NOT NULL,
    planned_cycle_seconds   NUMERIC(18, 3) NOT NULL,
    planned_run_minutes     NUMERIC(18, 3),
    PRIMARY KEY (work_order_id, position)
);
CREATE INDEX work_order_operations_centre_idx ON work_order_operations (work_centre);

CREATE TABLE work_order_confirmations (
    id                  UUID PRIMARY KEY,
    work_order_id       UUID NOT NULL REFERENCES work_orders (id),
    sequence            INT NOT NULL,
    operation_code      VARCHAR(40) NOT NULL,
    work_centre         VARCHAR(63) NOT NULL,
    item_code           VARCHAR(63) NOT NULL,
    quantity_in         NUMERIC(18, 6) NOT NULL,
    passed_first_time   NUMERIC(18, 6) NOT NULL,
    reworked            NUMERIC(18, 6) NOT NULL,
    scrapped            NUMERIC(18, 6) NOT NULL,
    run_minutes         NUMERIC(18, 3) NOT NULL,
    ideal_minutes       NUMERIC(18, 3) NOT NULL,
    confirmed_on        DATE NOT NULL,
    created_by          UUID,
    created_at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX work_order_confirmations_order_idx ON work_order_confirmations (work_order_id);
CREATE INDEX work_order_confirmations_centre_idx ON work_order_confirmations (work_centre, confirmed_on);
CREATE INDEX work_order_confirmations_item_idx ON work_order_confirmations (item_code, operation_code, confirmed_on);

CREATE TABLE work_order_downtimes (
    id              UUID PRIMARY KEY,
    work_order_id   UUID NOT NULL REFERENCES work_orders (id),
    sequence        INT NOT NULL,
    work_centre     VARCHAR(63) NOT NULL,
    reason          VARCHAR(63) NOT NULL,
    minutes         NUMERIC(18, 3) NOT NULL,
    occurred_on     DATE NOT NULL,
    note            VARCHAR(500),
    created_by      UUID,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX work_order_downtimes_order_idx ON work_order_downtimes (work_order_id);
CREATE INDEX work_order_downtimes_centre_idx ON work_order_downtimes (work_centre, occurred_on);

CREATE TABLE work_order_consumptions (
    id              UUID PRIMARY KEY,
    work_order_id   UUID NOT NULL REFERENCES work_orders (id),
    item_code       VARCHAR(63) NOT NULL,
    lot_number      VARCHAR(63),
    serial_number   VARCHAR(63),
    quantity        NUMERIC(18, 6) NOT NULL,
    consumed_on     DATE NOT NULL,
    created_by      UUID,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX work_order_consumptions_order_idx ON work_order_consumptions (work_order_id);

CREATE TABLE work_order_outputs (
    id              UUID PRIMARY KEY,
    work_order_id   UUID NOT NULL REFERENCES work_orders (id),
    good_quantity   NUMERIC(18, 6) NOT NULL,
    scrap_quantity  NUMERIC(18, 6) NOT NULL,
    lot_number      VARCHAR(63),
    serial_numbers  TEXT,
    produced_on     DATE NOT NULL,
    created_by      UUID,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX work_order_outputs_order_idx ON work_order_outputs (work_order_id);
