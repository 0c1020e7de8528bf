--liquibase formatted sql

--changeset procura:006-approvals
-- Versioned workflow definitions; at most one active per document type. A running approval keeps
-- the version it started with.
CREATE TABLE workflow_definitions (
    id              UUID PRIMARY KEY,
    document_type   VARCHAR(40) NOT NULL,
    version         INT NOT NULL,
    name            VARCHAR(200) NOT NULL,
    levels          TEXT NOT NULL,
    escalate_roles  VARCHAR(500) NOT NULL DEFAULT 'admin',
    active          BOOLEAN NOT NULL,
    created_by      UUID NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (document_type, version)
);
CREATE UNIQUE INDEX workflow_definitions_active_uq ON workflow_definitions (document_type) WHERE active;

CREATE TABLE approvals (
    id              UUID PRIMARY KEY,
    document_type   VARCHAR(40) NOT NULL,
    document_id     UUID NOT NULL,
    reference       VARCHAR(60),
    requested_by    UUID,
    -- The definition as it was when the approval started (JSON), so later versions never change it.
    workflow        TEXT NOT NULL,
    workflow_version INT NOT NULL,
    status          VARCHAR(20) NOT NULL,
    level           INT NOT NULL,
    level_started_at TIMESTAMPTZ NOT NULL,
    escalated_to_user UUID,
    escalated_to_role VARCHAR(60),
    fields          TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    completed_at    TIMESTAMPTZ,
    version         BIGINT NOT NULL DEFAULT 0
);
-- One open approval per document.
CREATE UNIQUE INDEX approvals_open_uq ON approvals (document_type, document_id) WHERE status = 'pending';
CREATE INDEX approvals_status_idx ON approvals (status, document_type);

CREATE TABLE approval_steps (
    id              UUID PRIMARY KEY,
    approval_id     UUID NOT NULL REFERENCES approvals (id),
    level           INT NOT NULL,
    action          VARCHAR(20) NOT NULL,
    actor_id        UUID,
    on_behalf_of    UUID,
    comment         TEXT,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX approval_steps_approval_idx ON approval_steps (approval_id, created_at);
-- One decision per approver per level (a delegate decides for the approver it stands in for).
CREATE UNIQUE INDEX approval_steps_one_decision_uq ON approval_steps (approval_id, level, COALESCE(on_behalf_of, actor_id))
    WHERE action IN ('approved', 'rejected');

CREATE TABLE delegations (
    id              UUID PRIMARY KEY,
    user_id         UUID NOT NULL,
    delegate_id     UUID NOT NULL,
    starts_on       DATE NOT NULL,
    ends_on         DATE NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    CHECK (starts_on <= ends_on),
    CHECK (user_id <> delegate_id)
);
CREATE INDEX delegations_user_idx ON delegations (user_id, starts_on, ends_on);
CREATE INDEX delegations_delegate_idx ON delegations (delegate_id, starts_on, ends_on);
