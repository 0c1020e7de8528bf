--liquibase formatted sql

--changeset procura:030-analytics-rollups
-- Analytics rollups: the supplier, savings and processing figures summed per day, kept by the
-- analytics capability. A day of a kind is current when it has a marker row built in the tenant's
-- present time zone and no change row: a change to a fact of that day inserts a change row in its
-- own transaction (inserts only, so writers never wait on each other), and the read that rebuilds
-- the day from the facts deletes the change rows it saw. A day with no marker (a new tenant, data
-- written around the API) is rebuilt on the next read.
CREATE TABLE analytics_rollup_days (
    kind            VARCHAR(20) NOT NULL,
    day             DATE NOT NULL,
    zone            VARCHAR(64) NOT NULL,
    PRIMARY KEY (kind, day)
);
CREATE TABLE analytics_rollup_changes (
    id              BIGSERIAL PRIMARY KEY,
    kind            VARCHAR(20) NOT NULL,
    day             DATE NOT NULL
);
CREATE INDEX analytics_rollup_changes_day_idx ON analytics_rollup_changes (kind, day);
-- Placed orders per order date, supplier, cost centre and currency.
CREATE TABLE analytics_spend_days (
    day             DATE NOT NULL,
    supplier_id     UUID NOT NULL,
    cost_center     VARCHAR(40),
    currency        VARCHAR(3) NOT NULL,
    net             NUMERIC NOT NULL,
    orders          BIGINT NOT NULL
);
CREATE INDEX analytics_spend_days_idx ON analytics_spend_days (day);
-- Receipts per receipt date, supplier, cost centre and currency.
CREATE TABLE analytics_receipt_days (
    day             DATE NOT NULL,
    supplier_id     UUID NOT NULL,
    cost_center     VARCHAR(40),
    currency        VARCHAR(3) NOT NULL,
    receipts        BIGINT NOT NULL,
    promised        BIGINT NOT NULL,
    on_time         BIGINT NOT NULL,
    completed       BIGINT NOT NULL,
    accepted        NUMERIC NOT NULL,
    rejected        NUMERIC NOT NULL
);
CREATE INDEX analytics_receipt_days_idx ON analytics_receipt_days (day);
-- Price variance of invoice lines per invoice date, supplier, currency and order cost centre;
-- amount NULL: the lines no order line matched.
CREATE TABLE analytics_variance_days (
    day             DATE NOT NULL,
    supplier_id     UUID NOT NULL,
    currency        VARCHAR(3) NOT NULL,
    cost_center     VARCHAR(40),
    amount          NUMERIC,
    lines           BIGINT NOT NULL
);
CREATE INDEX analytics_variance_days_idx ON analytics_variance_days (day);
-- Supplier ratings per day given (in the tenant's zone) and supplier: the marks summed.
CREATE TABLE analytics_rating_days (
    day             DATE NOT NULL,
    supplier_id     UUID NOT NULL,
    quality         BIGINT NOT NULL,
    delivery        BIGINT NOT NULL,
    price           BIGINT NOT NULL,
    service         BIGINT NOT NULL,
    ratings         BIGINT NOT NULL
);
CREATE INDEX analytics_rating_days_idx ON analytics_rating_days (day);
-- Processing times per stage and day their end falls on (tenant's zone): how many spans took each
-- duration, in hundredths of an hour as shown (the nearest-rank percentile of the shown values is
-- the shown percentile, so the per-day counts give the exact p50 and p90 of any set of days).
CREATE TABLE analytics_span_days (
    stage           SMALLINT NOT NULL,
    day             DATE NOT NULL,
    centi_hours     BIGINT NOT NULL,
    spans           BIGINT NOT NULL
);
CREATE INDEX analytics_span_days_idx ON analytics_span_days (day);
