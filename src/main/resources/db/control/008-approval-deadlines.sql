--liquibase formatted sql

--changeset procura:008-approval-deadlines
-- When an approval level's SLA runs out, across all tenants: the SLA watch reads only this small
-- table (FOR UPDATE SKIP LOCKED, so two servers never escalate the same level) instead of
-- visiting every tenant database. The tenant database stays the truth; a stale row is dropped.
CREATE TABLE approval_deadlines (
    tenant_id       UUID NOT NULL,
    approval_id     UUID NOT NULL,
    level           INT NOT NULL,
    due_at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, approval_id)
);
CREATE INDEX approval_deadlines_due_idx ON approval_deadlines (due_at);
