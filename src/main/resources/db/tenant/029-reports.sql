--liquibase formatted sql

--changeset procura:029-reports
-- Report definitions: a dataset of the catalogue (a record source, or its lines), the columns, filters,
-- conditions, grouping with aggregates, sort and default format, as JSON in the API's shape (validated by
-- the API against the catalogue; nothing here is SQL).
CREATE TABLE reports (
    id              UUID PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,
    description     VARCHAR(500),
    dataset         VARCHAR(60) NOT NULL,
    definition      TEXT NOT NULL,
    format          VARCHAR(10) NOT NULL,
    created_by      UUID NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX reports_name_uq ON reports (LOWER(name));

-- One run of a report: the definition as it was when asked for, how it went, and the file it made
-- (a tenant document). Runs outlive a deleted report's definition only as long as the report does.
CREATE TABLE report_executions (
    id              UUID PRIMARY KEY,
    report_id       UUID NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    status          VARCHAR(12) NOT NULL,
    format          VARCHAR(10) NOT NULL,
    definition      TEXT NOT NULL,
    requested_by    UUID NOT NULL,
    requested_at    TIMESTAMPTZ NOT NULL,
    started_at      TIMESTAMPTZ,
    finished_at     TIMESTAMPTZ,
    attempts        INTEGER NOT NULL DEFAULT 0,
    records_read    BIGINT NOT NULL DEFAULT 0,
    row_count       BIGINT NOT NULL DEFAULT 0,
    output_bytes    BIGINT,
    document_id     UUID,
    filename        VARCHAR(200),
    error           VARCHAR(1000),
    version         BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX report_executions_report_idx ON report_executions (report_id, requested_at DESC);
