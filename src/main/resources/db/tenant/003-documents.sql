--liquibase formatted sql

--changeset procura:003-documents
-- One row and one S3 object per distinct content (SHA-256) in the tenant; many documents may
-- point at one file.
CREATE TABLE files (
    id              UUID PRIMARY KEY,
    sha256          CHAR(64) NOT NULL UNIQUE,
    md5             CHAR(32) NOT NULL,
    size_bytes      BIGINT NOT NULL,
    detected_type   VARCHAR(200) NOT NULL,
    object_key      VARCHAR(300) NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    extracted_text  TEXT,
    metadata        TEXT
);

CREATE TABLE documents (
    id              UUID PRIMARY KEY,
    file_id         UUID NOT NULL REFERENCES files (id),
    filename        VARCHAR(255) NOT NULL,
    mime_type       VARCHAR(200) NOT NULL,
    tags            VARCHAR(1000) NOT NULL DEFAULT '',
    uploaded_by     UUID NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX documents_file_idx ON documents (file_id);
CREATE INDEX documents_created_idx ON documents (created_at DESC);
