--liquibase formatted sql

--changeset procura:039-labels
-- Label templates of the tenant: the page (an A4 sheet of columns x rows, or one label per page of
-- the label's size, in mm), the texts printed beside the symbols, the default symbologies and the
-- GS1 Digital Link base URI of the QR codes.
CREATE TABLE label_templates (
    id                  UUID PRIMARY KEY,
    name                VARCHAR(100) NOT NULL,
    name_key            VARCHAR(100) NOT NULL UNIQUE,
    page                VARCHAR(10) NOT NULL,
    columns_per_page    INTEGER,
    rows_per_page       INTEGER,
    width_mm            NUMERIC(7, 2),
    height_mm           NUMERIC(7, 2),
    fields              VARCHAR(500) NOT NULL DEFAULT '',
    symbologies         VARCHAR(100) NOT NULL,
    digital_link_base   VARCHAR(200) NOT NULL,
    show_company        BOOLEAN NOT NULL DEFAULT TRUE,
    created_by          UUID,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT NOT NULL DEFAULT 0
);

-- One generation of labels: what was asked, the labels as resolved when asked (JSON), the template
-- as it was then (JSON), how the job went, where the PDF and the ZIP of PNGs are stored, and the
-- render times measured inside the job.
CREATE TABLE label_jobs (
    id                  UUID PRIMARY KEY,
    subject             VARCHAR(20) NOT NULL,
    symbologies         VARCHAR(100) NOT NULL,
    template_id         UUID,
    template            TEXT NOT NULL,
    copies              INTEGER NOT NULL,
    labels              TEXT NOT NULL,
    label_count         INTEGER NOT NULL,
    status              VARCHAR(20) NOT NULL,
    requested_by        UUID,
    requested_at        TIMESTAMPTZ NOT NULL,
    started_at          TIMESTAMPTZ,
    finished_at         TIMESTAMPTZ,
    pages               INTEGER,
    pdf_key             VARCHAR(300),
    pdf_bytes           BIGINT,
    png_key             VARCHAR(300),
    png_bytes           BIGINT,
    render_millis       BIGINT,
    label_p50_micros    BIGINT,
    label_p95_micros    BIGINT,
    error               VARCHAR(1000),
    version             BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX label_jobs_requested_idx ON label_jobs (requested_at);
