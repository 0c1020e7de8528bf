--liquibase formatted sql

--changeset procura:007-file-reconciliation-results
-- What each run of the file-reconciliation job found and repaired, per tenant.
CREATE TABLE file_reconciliation_results (
    job_execution_id   BIGINT NOT NULL,
    tenant_id          UUID NOT NULL,
    orphan_objects     INTEGER NOT NULL,
    missing_objects    INTEGER NOT NULL,
    repaired           INTEGER NOT NULL,
    detail             VARCHAR(300),
    finished_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (job_execution_id, tenant_id)
);
