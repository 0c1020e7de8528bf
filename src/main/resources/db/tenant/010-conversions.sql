--liquibase formatted sql

--changeset procura:010-conversions
-- A tenant's own templates; the built-in ones live in code (conversions.BuiltInTemplates).
CREATE TABLE conversion_templates (
    id          UUID PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    source_type VARCHAR(30)  NOT NULL,
    format      VARCHAR(10)  NOT NULL,
    definition  TEXT         NOT NULL,
    created_by  UUID         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX conversion_templates_name_uq ON conversion_templates (LOWER(name));

-- One row per requested conversion. The template is copied (template_definition) so an edit made
-- while it runs changes nothing; position/chunks_done are the job's checkpoint, written in the
-- same transaction as each chunk of staged rows, so any server resumes exactly where it stopped.
CREATE TABLE conversions (
    id                  UUID PRIMARY KEY,
    template_id         UUID         NOT NULL,
    template_name       VARCHAR(120) NOT NULL,
    template_definition TEXT         NOT NULL,
    source_type         VARCHAR(30)  NOT NULL,
    format              VARCHAR(10)  NOT NULL,
    locale              VARCHAR(35)  NOT NULL,
    selection           TEXT         NOT NULL,
    status              VARCHAR(12)  NOT NULL,
    requested_by        UUID         NOT NULL,
    requested_at        TIMESTAMPTZ  NOT NULL,
    started_at          TIMESTAMPTZ,
    completed_at        TIMESTAMPTZ,
    records_total       BIGINT       NOT NULL,
    records_done        BIGINT       NOT NULL DEFAULT 0,
    rows_total          BIGINT,
    rows_done           BIGINT       NOT NULL DEFAULT 0,
    position            TEXT,
    chunks_done         INTEGER      NOT NULL DEFAULT 0,
    error               TEXT,
    problems            TEXT         NOT NULL DEFAULT '[]',
    problem_count       BIGINT       NOT NULL DEFAULT 0,
    output_bytes        BIGINT,
    document_id         UUID,
    attempts            INTEGER      NOT NULL DEFAULT 0,
    cancel_requested    BOOLEAN      NOT NULL DEFAULT FALSE,
    version             BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX conversions_requester_idx ON conversions (requested_by, requested_at DESC);
CREATE INDEX conversions_requested_idx ON conversions (requested_at DESC);

-- Rows mapped by the template and waiting to be rendered, one row per chunk, in order.
CREATE TABLE conversion_chunks (
    conversion_id UUID    NOT NULL REFERENCES conversions (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    row_count     INTEGER NOT NULL,
    rows          TEXT    NOT NULL,
    PRIMARY KEY (conversion_id, seq)
);
