--liquibase formatted sql

--changeset procura:018-workflow-engine
-- State workflows: a definition may carry states and transitions (JSON, like its levels); a
-- retired definition (DELETE) is no longer active and says when it was retired, unlike one a
-- newer version superseded.
ALTER TABLE workflow_definitions ADD COLUMN states TEXT;
ALTER TABLE workflow_definitions ADD COLUMN transitions TEXT;
ALTER TABLE workflow_definitions ADD COLUMN retired_at TIMESTAMPTZ;

-- One record's way through its workflow: the version it started with (kept after newer versions
-- or retirement), its state, the transition whose approval is under way, and an optimistic
-- version so that two transitions at once cannot both win.
CREATE TABLE workflow_instances (
    id                  UUID PRIMARY KEY,
    entity_type         VARCHAR(40) NOT NULL,
    entity_id           UUID NOT NULL,
    definition_id       UUID NOT NULL REFERENCES workflow_definitions (id),
    workflow_version    INT NOT NULL,
    state               VARCHAR(40) NOT NULL,
    pending_transition  VARCHAR(40),
    pending_approval_id UUID,
    pending_comment     TEXT,
    pending_by          UUID,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT workflow_instances_entity_uq UNIQUE (entity_type, entity_id)
);

-- What happened to an instance: transitions taken, approvals requested and rejected.
CREATE TABLE workflow_history (
    id                  UUID PRIMARY KEY,
    instance_id         UUID NOT NULL REFERENCES workflow_instances (id),
    action              VARCHAR(30) NOT NULL,
    transition          VARCHAR(40) NOT NULL,
    from_state          VARCHAR(40) NOT NULL,
    to_state            VARCHAR(40) NOT NULL,
    actor_id            UUID,
    comment             TEXT,
    workflow_version    INT NOT NULL,
    approval_id         UUID,
    created_at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX workflow_history_instance_idx ON workflow_history (instance_id, created_at);
