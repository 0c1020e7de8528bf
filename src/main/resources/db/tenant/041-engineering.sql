--liquibase formatted sql

--changeset procura:041-engineering
-- Project engineering: the project BOM (a tree of lines under their parent line), change orders
-- (their status is the change_order workflow's state), and drawing approvals (RDA): one row per
-- drawing revision submitted, its status the drawing workflow's state, and reviewers' comments.
CREATE TABLE project_bom_lines (
    id              UUID PRIMARY KEY,
    project_id      UUID NOT NULL,
    parent_id       UUID REFERENCES project_bom_lines (id),
    position        INTEGER NOT NULL,
    item_code       VARCHAR(64) NOT NULL,
    quantity        NUMERIC(19, 6) NOT NULL,
    unit            VARCHAR(20) NOT NULL,
    source          VARCHAR(10) NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX project_bom_lines_project_idx ON project_bom_lines (project_id);

CREATE TABLE change_orders (
    id                      UUID PRIMARY KEY,
    project_id              UUID NOT NULL,
    number                  VARCHAR(40) NOT NULL UNIQUE,
    title                   VARCHAR(200) NOT NULL,
    description             VARCHAR(4000),
    reason                  VARCHAR(2000) NOT NULL,
    cost_impact             NUMERIC(19, 4) NOT NULL,
    currency                CHAR(3) NOT NULL,
    schedule_impact_days    INTEGER NOT NULL,
    status                  VARCHAR(64) NOT NULL,
    approved                BOOLEAN NOT NULL DEFAULT FALSE,
    decided_on              DATE,
    requested_by            UUID,
    created_at              TIMESTAMPTZ NOT NULL,
    updated_at              TIMESTAMPTZ NOT NULL,
    version                 BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX change_orders_project_idx ON change_orders (project_id);

CREATE TABLE drawing_revisions (
    id              UUID PRIMARY KEY,
    project_id      UUID NOT NULL,
    document_id     UUID NOT NULL,
    version_number  INTEGER NOT NULL,
    title           VARCHAR(200),
    status          VARCHAR(64) NOT NULL,
    frozen          BOOLEAN NOT NULL DEFAULT FALSE,
    superseded_by   UUID,
    submitted_by    UUID,
    submitted_at    TIMESTAMPTZ NOT NULL,
    decided_on      DATE,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    UNIQUE (document_id, version_number)
);
CREATE INDEX drawing_revisions_project_idx ON drawing_revisions (project_id);

CREATE TABLE drawing_comments (
    id              UUID PRIMARY KEY,
    revision_id     UUID NOT NULL REFERENCES drawing_revisions (id),
    author_id       UUID,
    body            VARCHAR(4000) NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX drawing_comments_revision_idx ON drawing_comments (revision_id);
