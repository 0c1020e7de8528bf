--liquibase formatted sql

--changeset procura:017-trials
-- The steps of a tenant's trial already taken (reminders, read-only at the end, export and
-- destruction after the grace): one row each, so every server may look and only one acts.
CREATE TABLE trial_steps (
    tenant_id       UUID NOT NULL,
    step            VARCHAR(30) NOT NULL,
    done_at         TIMESTAMPTZ NOT NULL,
    detail          VARCHAR(100),
    PRIMARY KEY (tenant_id, step)
);
