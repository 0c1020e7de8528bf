--liquibase formatted sql

--changeset procura:035-ncrs
-- Non-conformance reports: raised from a rejected inspection, a receipt or by hand. The status is
-- the NCR workflow's state (open until a workflow moves it); closed_on is set on a final state.
CREATE TABLE ncrs (
    id              UUID PRIMARY KEY,
    number          VARCHAR(40) NOT NULL UNIQUE,
    source          VARCHAR(20) NOT NULL,
    inspection_id   UUID,
    receipt_id      UUID,
    work_order_id   UUID,
    item_code       VARCHAR(64) NOT NULL,
    supplier_id     UUID,
    plant_id        UUID,
    quantity        NUMERIC(19, 6) NOT NULL,
    unit            VARCHAR(20),
    defect_codes    TEXT NOT NULL DEFAULT '',
    description     VARCHAR(4000),
    disposition     VARCHAR(30),
    root_cause      VARCHAR(4000),
    status          VARCHAR(64) NOT NULL,
    raised_on       DATE NOT NULL,
    closed_on       DATE,
    raised_by       UUID,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX ncrs_supplier_idx ON ncrs (supplier_id, raised_on);
CREATE INDEX ncrs_raised_idx ON ncrs (raised_on);
CREATE INDEX ncrs_item_idx ON ncrs (item_code);
CREATE INDEX ncrs_plant_idx ON ncrs (plant_id);

-- Corrective and preventive actions of an NCR, each with its owner (a member) and due date.
CREATE TABLE ncr_actions (
    id              UUID PRIMARY KEY,
    ncr_id          UUID NOT NULL REFERENCES ncrs (id) ON DELETE CASCADE,
    kind            VARCHAR(20) NOT NULL,
    description     VARCHAR(4000) NOT NULL,
    owner_id        UUID NOT NULL,
    due_on          DATE NOT NULL,
    done_on         DATE,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX ncr_actions_ncr_idx ON ncr_actions (ncr_id, created_at);

-- The supplier scorecard's quality now counts NCRs: kept standings are recomputed on next read.
ALTER TABLE supplier_standings ADD COLUMN non_conformances INTEGER;
DELETE FROM supplier_standings;
