--liquibase formatted sql

--changeset procura:004-tenant-migration-results
-- One row per tenant and run of the tenant-migrations batch job.
CREATE TABLE tenant_migration_results (
    job_execution_id  BIGINT NOT NULL,
    tenant_id         UUID NOT NULL,
    outcome           VARCHAR(20) NOT NULL,
    detail            VARCHAR(500),
    finished_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (job_execution_id, tenant_id)
);
