--liquibase formatted sql

--changeset procura:024-cost-centres
-- Cost centres as master data. Budgets and purchase orders keep naming one by code (cost_center);
-- the code is unique in any case. The owner is a member of the tenant (control database: no
-- foreign key). A parent makes the hierarchy; the application keeps it free of cycles.
CREATE TABLE cost_centres (
    id          UUID PRIMARY KEY,
    code        VARCHAR(40) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    parent_id   UUID REFERENCES cost_centres (id),
    owner_id    UUID,
    active      BOOLEAN NOT NULL DEFAULT TRUE,
    valid_from  DATE,
    valid_to    DATE,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT cost_centres_parent_check CHECK (parent_id IS NULL OR parent_id <> id),
    CONSTRAINT cost_centres_validity_check CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
);
CREATE UNIQUE INDEX cost_centres_code_uq ON cost_centres (LOWER(code));
CREATE INDEX cost_centres_parent_idx ON cost_centres (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX cost_centres_owner_idx ON cost_centres (owner_id) WHERE owner_id IS NOT NULL;

-- Every cost centre the tenant's budgets and purchase orders already name becomes an active one
-- (name = code), so that they keep working; codes differing only in case become one (the first
-- in code order).
INSERT INTO cost_centres (id, code, name, active, created_at, updated_at)
SELECT gen_random_uuid(), code, code, TRUE, now(), now()
FROM (
    SELECT DISTINCT ON (LOWER(code)) code
    FROM (
        SELECT cost_center AS code FROM budgets
        UNION
        SELECT cost_center FROM purchase_orders
    ) AS named
    WHERE code IS NOT NULL AND btrim(code) <> ''
    ORDER BY LOWER(code), code
) AS distinct_codes;
