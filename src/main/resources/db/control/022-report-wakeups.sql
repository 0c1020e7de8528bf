--liquibase formatted sql

--changeset procura:022-report-wakeups
-- When each tenant's report schedule next needs a server: its next run or a retry. The schedules
-- themselves live in the tenant's database; this lets the servers find the due ones without
-- opening every tenant's. A server claims a row (FOR UPDATE SKIP LOCKED) by moving its time a few
-- minutes on, so a server that dies holding it leaves it to the others.
CREATE TABLE report_wakeups (
    tenant_id       UUID NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    schedule_id     UUID NOT NULL,
    wake_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, schedule_id)
);
CREATE INDEX report_wakeups_due_idx ON report_wakeups (wake_at);
