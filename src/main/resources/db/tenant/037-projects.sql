--liquibase formatted sql

--changeset procura:037-projects
-- Projects: a customer's job at a plant, managed by a member, with dates, a budget in a currency
-- charged to a cost centre, and a status (planned, active, on_hold, closed).
CREATE TABLE projects (
    id              UUID PRIMARY KEY,
    code            VARCHAR(40) NOT NULL UNIQUE,
    name            VARCHAR(200) NOT NULL,
    description     VARCHAR(4000),
    customer_id     UUID,
    plant_id        UUID,
    manager_id      UUID NOT NULL,
    starts_on       DATE NOT NULL,
    ends_on         DATE,
    budget_amount   NUMERIC(18, 4) NOT NULL,
    currency        VARCHAR(3) NOT NULL,
    cost_center     VARCHAR(40) NOT NULL,
    cost_centre_id  UUID,
    status          VARCHAR(20) NOT NULL,
    created_by      UUID,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX projects_plant_idx ON projects (plant_id);
CREATE INDEX projects_customer_idx ON projects (customer_id);
CREATE INDEX projects_status_idx ON projects (status);

-- A project's documents (drawings, specifications, contracts): their versions are stored documents;
-- locked_by/locked_at hold the check-out lock.
CREATE TABLE project_documents (
    id              UUID PRIMARY KEY,
    project_id      UUID NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    title           VARCHAR(200) NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    latest_version  INTEGER NOT NULL DEFAULT 0,
    locked_by       UUID,
    locked_at       TIMESTAMPTZ,
    created_by      UUID,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX project_documents_project_idx ON project_documents (project_id, created_at);

-- Every version of a project document, numbered from 1; the content is a document of the documents store.
CREATE TABLE project_document_versions (
    id                  UUID PRIMARY KEY,
    project_document_id UUID NOT NULL REFERENCES project_documents (id) ON DELETE CASCADE,
    number              INTEGER NOT NULL,
    stored_document_id  UUID NOT NULL,
    filename            VARCHAR(255) NOT NULL,
    mime_type           VARCHAR(255),
    size_bytes          BIGINT NOT NULL,
    comment             VARCHAR(2000),
    uploaded_by         UUID,
    uploaded_at         TIMESTAMPTZ NOT NULL,
    frozen_at           TIMESTAMPTZ,
    UNIQUE (project_document_id, number)
);

-- A project's milestones; predecessor_ids: milestones of the same project that must complete first.
CREATE TABLE project_milestones (
    id                  UUID PRIMARY KEY,
    project_id          UUID NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name                VARCHAR(200) NOT NULL,
    planned_on          DATE NOT NULL,
    actual_on           DATE,
    owner_id            UUID NOT NULL,
    status              VARCHAR(20) NOT NULL,
    predecessor_ids     TEXT NOT NULL DEFAULT '',
    overdue_notified_at TIMESTAMPTZ,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX project_milestones_project_idx ON project_milestones (project_id, planned_on);
CREATE INDEX project_milestones_due_idx ON project_milestones (planned_on) WHERE status = 'open' AND overdue_notified_at IS NULL;

-- A purchase order may name the project whose budget it draws on.
ALTER TABLE purchase_orders ADD COLUMN project_id UUID;
CREATE INDEX purchase_orders_project_idx ON purchase_orders (project_id);
