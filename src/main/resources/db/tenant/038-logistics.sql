--liquibase formatted sql

--changeset procura:038-logistics
-- The tenant's GS1 identity for logistics: its company prefix (SSCCs of packages are made from it)
-- and the base of its GS1 Digital Link URIs. One row at most.
CREATE TABLE logistics_settings (
    id                  SMALLINT PRIMARY KEY CHECK (id = 1),
    gs1_company_prefix  VARCHAR(11),
    digital_link_base   VARCHAR(500),
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT NOT NULL DEFAULT 0
);

-- Shipments: inbound ones name a purchase order, outbound ones a customer. Each status change
-- keeps its moment; receipt_numbers / issue_numbers name what the shipment recorded elsewhere.
CREATE TABLE shipments (
    id                  UUID PRIMARY KEY,
    number              VARCHAR(40) NOT NULL UNIQUE,
    direction           VARCHAR(10) NOT NULL,
    purchase_order_id   UUID,
    customer_id         UUID,
    plant_id            UUID,
    carrier             VARCHAR(64),
    tracking_number     VARCHAR(100),
    notes               VARCHAR(2000),
    status              VARCHAR(20) NOT NULL,
    packed_at           TIMESTAMPTZ,
    shipped_at          TIMESTAMPTZ,
    in_transit_at       TIMESTAMPTZ,
    delivered_at        TIMESTAMPTZ,
    returned_at         TIMESTAMPTZ,
    receipt_numbers     TEXT NOT NULL DEFAULT '',
    issue_numbers       TEXT NOT NULL DEFAULT '',
    created_by          UUID,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT NOT NULL DEFAULT 0,
    CHECK (direction IN ('inbound', 'outbound'))
);
CREATE INDEX shipments_status_idx ON shipments (status, direction);
CREATE INDEX shipments_order_idx ON shipments (purchase_order_id);
CREATE INDEX shipments_customer_idx ON shipments (customer_id);

-- A shipment's packages, each with its serial shipping container code (SSCC, AI 00).
CREATE TABLE shipment_packages (
    id                  UUID PRIMARY KEY,
    shipment_id         UUID NOT NULL REFERENCES shipments (id),
    position            INT NOT NULL,
    number              VARCHAR(40) NOT NULL,
    sscc                CHAR(18) NOT NULL UNIQUE,
    weight_kg           NUMERIC(19, 3),
    shipped_at          TIMESTAMPTZ,
    location            VARCHAR(100),
    UNIQUE (shipment_id, number)
);

-- What a shipment carries: an item, by lot or serial number, in a package (by its number).
CREATE TABLE shipment_lines (
    id                  UUID PRIMARY KEY,
    shipment_id         UUID NOT NULL REFERENCES shipments (id),
    position            INT NOT NULL,
    item_code           VARCHAR(64) NOT NULL,
    lot_number          VARCHAR(40),
    serial_number       VARCHAR(40),
    quantity            NUMERIC(19, 6) NOT NULL,
    unit                VARCHAR(20),
    package_number      VARCHAR(40),
    expires_on          DATE,
    received_quantity   NUMERIC(19, 6) NOT NULL DEFAULT 0
);
CREATE INDEX shipment_lines_shipment_idx ON shipment_lines (shipment_id, position);
CREATE INDEX shipment_lines_item_idx ON shipment_lines (item_code, lot_number);
CREATE INDEX shipment_lines_serial_idx ON shipment_lines (serial_number) WHERE serial_number IS NOT NULL;

-- Device events already taken: a batch uploaded again is answered from here, not applied twice.
-- (A unique index on scan_events would have to include its partition key scanned_at.)
CREATE TABLE scan_event_ids (
    device_id           VARCHAR(100) NOT NULL,
    device_event_id     VARCHAR(100) NOT NULL,
    scan_id             UUID NOT NULL,
    PRIMARY KEY (device_id, device_event_id)
);

-- Every scan, append-only, partitioned by month of scanned_at. Partitions for the months around
-- the migration are made here; the application makes later ones on first use.
CREATE TABLE scan_events (
    id                  UUID NOT NULL,
    scanned_at          TIMESTAMPTZ NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL,
    code                VARCHAR(500) NOT NULL,
    symbology           VARCHAR(20) NOT NULL,
    context             VARCHAR(10) NOT NULL,
    location            VARCHAR(100),
    device_id           VARCHAR(100),
    device_event_id     VARCHAR(100),
    outcome             VARCHAR(20) NOT NULL,
    entity_kind         VARCHAR(20),
    entity_id           UUID,
    shipment_id         UUID,
    elements            TEXT,
    detail              VARCHAR(1000),
    scanned_by          UUID,
    PRIMARY KEY (id, scanned_at)
) PARTITION BY RANGE (scanned_at);
CREATE INDEX scan_events_time_idx ON scan_events (scanned_at);
CREATE INDEX scan_events_code_idx ON scan_events (code, scanned_at);
REVOKE UPDATE, DELETE, TRUNCATE ON scan_events, scan_event_ids FROM PUBLIC;

--changeset procura:038-logistics-scan-partitions splitStatements:false
DO $$
DECLARE
    month DATE := date_trunc('month', now() - INTERVAL '12 months')::date;
BEGIN
    WHILE month <= date_trunc('month', now() + INTERVAL '24 months')::date LOOP
        EXECUTE format(
            'CREATE TABLE IF NOT EXISTS %I PARTITION OF scan_events FOR VALUES FROM (%L) TO (%L)',
            'scan_events_' || to_char(month, 'YYYY_MM'), month, (month + INTERVAL '1 month')::date);
        month := (month + INTERVAL '1 month')::date;
    END LOOP;
END $$;

--changeset procura:038-logistics-append-only splitStatements:false
CREATE FUNCTION scan_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'scan events are append-only (% on %)', TG_OP, TG_TABLE_NAME;
END $$;

--changeset procura:038-logistics-scan-triggers
CREATE TRIGGER scan_events_append_only BEFORE UPDATE OR DELETE ON scan_events
    FOR EACH ROW EXECUTE FUNCTION scan_events_append_only();
CREATE TRIGGER scan_event_ids_append_only BEFORE UPDATE OR DELETE ON scan_event_ids
    FOR EACH ROW EXECUTE FUNCTION scan_events_append_only();
