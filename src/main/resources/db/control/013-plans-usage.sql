--liquibase formatted sql

--changeset procura:013-plans-usage
-- Plans: what a tenant may use and how it is billed. A null limit is unlimited.
CREATE TABLE plans (
    id                   UUID PRIMARY KEY,
    code                 VARCHAR(40) NOT NULL UNIQUE,
    name                 VARCHAR(120) NOT NULL,
    billing_model        VARCHAR(20) NOT NULL
        CHECK (billing_model IN ('per_user', 'per_company', 'per_transaction', 'flat')),
    currency             CHAR(3) NOT NULL,
    unit_price           NUMERIC(14, 4) NOT NULL,
    trial_days           INTEGER,
    grace_percent        INTEGER NOT NULL DEFAULT 0,
    requires_verified_email BOOLEAN NOT NULL DEFAULT FALSE,
    max_members          BIGINT,
    max_documents        BIGINT,
    max_storage_bytes    BIGINT,
    max_api_requests     BIGINT,
    max_conversions      BIGINT,
    max_emails           BIGINT,
    max_custom_fields    BIGINT,
    max_workflows        BIGINT,
    backup_retention_days INTEGER,
    features             VARCHAR(1000) NOT NULL DEFAULT '',
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    version              BIGINT NOT NULL DEFAULT 0
);

-- A tenant's plan over time: the row whose effective_to is null is the current one.
CREATE TABLE tenant_plans (
    id              UUID PRIMARY KEY,
    tenant_id       UUID NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    plan_id         UUID NOT NULL REFERENCES plans (id),
    effective_from  TIMESTAMPTZ NOT NULL,
    effective_to    TIMESTAMPTZ,
    assigned_by     UUID,
    reason          VARCHAR(300)
);
CREATE UNIQUE INDEX tenant_plans_current_idx ON tenant_plans (tenant_id) WHERE effective_to IS NULL;
CREATE INDEX tenant_plans_tenant_idx ON tenant_plans (tenant_id, effective_from);

-- Idempotent usage events: a repeated event id is ignored. Kept 35 days (late events).
CREATE TABLE usage_events (
    event_id        UUID PRIMARY KEY,
    tenant_id       UUID NOT NULL,
    meter           VARCHAR(30) NOT NULL,
    quantity        BIGINT NOT NULL,
    occurred_at     TIMESTAMPTZ NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX usage_events_recorded_idx ON usage_events (recorded_at);

-- Daily totals per tenant and meter (UTC days): sums for counters, the day's reading for gauges.
CREATE TABLE usage_daily (
    tenant_id       UUID NOT NULL,
    meter           VARCHAR(30) NOT NULL,
    day             DATE NOT NULL,
    quantity        BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, meter, day)
);
CREATE INDEX usage_daily_day_idx ON usage_daily (day);

-- Limit warnings already sent (80 and 100 percent), once per tenant, meter and period.
CREATE TABLE limit_alerts (
    tenant_id       UUID NOT NULL,
    meter           VARCHAR(30) NOT NULL,
    period          VARCHAR(7) NOT NULL,
    threshold       INTEGER NOT NULL,
    alerted_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, meter, period, threshold)
);
