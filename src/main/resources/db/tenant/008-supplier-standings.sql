--liquibase formatted sql

--changeset procura:008-supplier-standings
-- The inputs of each supplier's scorecard over the year to window_end, kept so that the gate on
-- new RFQs and orders reads one row instead of aggregating a year of history. A rating or a
-- receipt of the supplier deletes its row; a new day recomputes it.
CREATE TABLE supplier_standings (
    supplier_id      UUID PRIMARY KEY REFERENCES suppliers (id) ON DELETE CASCADE,
    window_end       DATE NOT NULL,
    quality_mark     NUMERIC,
    delivery_mark    NUMERIC,
    price_mark       NUMERIC,
    service_mark     NUMERIC,
    accepted_percent NUMERIC,
    on_time_percent  NUMERIC,
    computed_at      TIMESTAMPTZ NOT NULL
);
