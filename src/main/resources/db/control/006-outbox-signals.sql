--liquibase formatted sql

--changeset procura:006-outbox-signals
-- Tenants whose outbox may hold unsent events. Marked before a tenant transaction that writes
-- events commits, cleared once the relay has drained that outbox: after a crash the relay finds
-- the tenants to catch up here, without looking at every tenant.
CREATE TABLE outbox_signals (
    tenant_id   UUID PRIMARY KEY,
    marked_at   TIMESTAMPTZ NOT NULL
);
