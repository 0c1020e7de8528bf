--liquibase formatted sql

--changeset procura:002-tenants
CREATE TABLE tenants (
    id              UUID PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    created_by      UUID REFERENCES users (id) ON DELETE SET NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    deleted_at      TIMESTAMPTZ,
    version         BIGINT NOT NULL DEFAULT 0
);

-- Where each tenant's database lives, and how to reach it (password encrypted under the master key).
CREATE TABLE tenant_databases (
    tenant_id       UUID PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    server_name     VARCHAR(63) NOT NULL,
    database_name   VARCHAR(63) NOT NULL,
    owner_role      VARCHAR(63) NOT NULL,
    password_enc    VARCHAR(300) NOT NULL,
    schema_version  VARCHAR(64) NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    migrated_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX tenant_databases_server_idx ON tenant_databases (server_name);

CREATE TABLE tenant_roles (
    tenant_id       UUID NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name            VARCHAR(60) NOT NULL,
    description     VARCHAR(300),
    permissions     VARCHAR(2000) NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, name)
);

CREATE TABLE memberships (
    tenant_id       UUID NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id         UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role            VARCHAR(60) NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, user_id)
);
CREATE INDEX memberships_user_idx ON memberships (user_id);
