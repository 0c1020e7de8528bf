--liquibase formatted sql

--changeset procura:031-report-schedules
-- When a report runs on its own and who gets its file (the request as JSON, validated by the API),
-- and the next time it is due, in UTC (worked out in the tenant's zone).
CREATE TABLE report_schedules (
    id              UUID PRIMARY KEY,
    report_id       UUID NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    definition      TEXT NOT NULL,
    active          BOOLEAN NOT NULL,
    next_run_at     TIMESTAMPTZ,
    created_by      UUID NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX report_schedules_report_idx ON report_schedules (report_id);

-- One due run of a schedule: unique per schedule and due time, so of two servers claiming the
-- same run one inserts it and the other finds it there. Retried runs keep their row.
CREATE TABLE report_deliveries (
    id              UUID PRIMARY KEY,
    schedule_id     UUID NOT NULL REFERENCES report_schedules (id) ON DELETE CASCADE,
    due_at          TIMESTAMPTZ NOT NULL,
    status          VARCHAR(12) NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    execution_id    UUID,
    retry_at        TIMESTAMPTZ,
    delivered_at    TIMESTAMPTZ,
    attached        BOOLEAN,
    sent_to         TEXT NOT NULL DEFAULT '',
    skipped         TEXT NOT NULL DEFAULT '',
    error           VARCHAR(1000),
    version         BIGINT NOT NULL DEFAULT 0,
    UNIQUE (schedule_id, due_at)
);
CREATE INDEX report_deliveries_execution_idx ON report_deliveries (execution_id);
CREATE INDEX report_deliveries_retry_idx ON report_deliveries (retry_at) WHERE status = 'RETRYING';
