--liquibase formatted sql

--changeset procura:017-branding
-- The tenant's white-label branding: one row (id 1) per tenant database.
CREATE TABLE branding (
    id                          SMALLINT PRIMARY KEY CHECK (id = 1),
    display_name                VARCHAR(200),
    slug                        VARCHAR(63),
    logo_document_id            UUID,
    favicon_document_id         UUID,
    primary_color               CHAR(7),
    secondary_color             CHAR(7),
    font                        VARCHAR(40),
    email_header                VARCHAR(2000),
    email_footer                VARCHAR(2000),
    pdf_header                  VARCHAR(300),
    pdf_footer                  VARCHAR(300),
    custom_domain               VARCHAR(253),
    domain_verification_token   VARCHAR(64),
    created_at                  TIMESTAMPTZ NOT NULL,
    updated_at                  TIMESTAMPTZ NOT NULL,
    version                     BIGINT NOT NULL DEFAULT 0
);

-- The logo and favicon as served: checked PNG bytes, or sanitised SVG (never the uploaded original).
CREATE TABLE branding_assets (
    kind                VARCHAR(10) PRIMARY KEY CHECK (kind IN ('logo', 'favicon')),
    content_type        VARCHAR(40) NOT NULL,
    content             BYTEA NOT NULL,
    sha256              CHAR(64) NOT NULL,
    source_document_id  UUID NOT NULL,
    width               INT,
    height              INT,
    updated_at          TIMESTAMPTZ NOT NULL
);
