--liquibase formatted sql

--changeset procura:022-imports
-- Bulk imports of master data from an uploaded CSV, XLSX or JSON document (POST /imports). The
-- counters and last_row move in the same transaction as each chunk's writes: last_row is the
-- job's own checkpoint, so a job resumed on another server goes on after the last chunk written.
CREATE TABLE imports (
    id              UUID PRIMARY KEY,
    entity          VARCHAR(63) NOT NULL,
    document_id     UUID NOT NULL,
    mode            VARCHAR(16) NOT NULL,
    dry_run         BOOLEAN NOT NULL,
    status          VARCHAR(16) NOT NULL,
    requested_by    UUID,
    requested_at    TIMESTAMPTZ NOT NULL,
    started_at      TIMESTAMPTZ,
    finished_at     TIMESTAMPTZ,
    last_row        INTEGER NOT NULL DEFAULT 0,
    rows_read       BIGINT NOT NULL DEFAULT 0,
    created_count   BIGINT NOT NULL DEFAULT 0,
    updated_count   BIGINT NOT NULL DEFAULT 0,
    unchanged_count BIGINT NOT NULL DEFAULT 0,
    rejected_count  BIGINT NOT NULL DEFAULT 0,
    attempts        INTEGER NOT NULL DEFAULT 0,
    error           VARCHAR(2000)
);
CREATE INDEX imports_requested_idx ON imports (requested_at DESC, id);

-- One line per field error of a rejected row; a row rejected as a whole has field 'row'.
CREATE TABLE import_rejections (
    import_id   UUID NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    row_number  INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    record_key  VARCHAR(255),
    field       VARCHAR(255) NOT NULL,
    message     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (import_id, row_number, position)
);
