--liquibase formatted sql

--changeset procura:020-plant-roles
-- A member's further role assignments besides memberships.role (their primary, tenant-wide
-- role): each tenant-wide, or for the plants listed in user_plant_access. Plants live in the
-- tenant database, so plant_id has no foreign key; the service checks the plants exist.
CREATE TABLE user_roles (
    id              UUID PRIMARY KEY,
    tenant_id       UUID NOT NULL,
    user_id         UUID NOT NULL,
    role            VARCHAR(60) NOT NULL,
    tenant_wide     BOOLEAN NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT user_roles_role_uq UNIQUE (tenant_id, user_id, role),
    CONSTRAINT user_roles_membership_fk FOREIGN KEY (tenant_id, user_id)
        REFERENCES memberships (tenant_id, user_id) ON DELETE CASCADE
);

CREATE TABLE user_plant_access (
    user_role_id    UUID NOT NULL REFERENCES user_roles (id) ON DELETE CASCADE,
    plant_id        UUID NOT NULL,
    PRIMARY KEY (user_role_id, plant_id)
);
