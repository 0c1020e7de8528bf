--liquibase formatted sql

--changeset procura:014-type-lists
-- Configurable taxonomies (NCR categories, defect codes, carriers…) for choice fields and modules.
CREATE TABLE type_lists (
    id              UUID PRIMARY KEY,
    code            VARCHAR(63) NOT NULL UNIQUE,
    name            VARCHAR(200) NOT NULL,
    description     VARCHAR(2000),
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE type_list_values (
    id              UUID PRIMARY KEY,
    list_id         UUID NOT NULL REFERENCES type_lists (id) ON DELETE CASCADE,
    code            VARCHAR(63) NOT NULL,
    label           VARCHAR(200) NOT NULL,
    sort_order      INT NOT NULL DEFAULT 0,
    active          BOOLEAN NOT NULL DEFAULT TRUE,
    parent_id       UUID,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT type_list_values_code_uq UNIQUE (list_id, code),
    CONSTRAINT type_list_values_list_id_uq UNIQUE (list_id, id),
    -- A parent is a value of the same list; checked at the end of the statement, so deleting a
    -- whole list (cascade) removes parents and children together.
    CONSTRAINT type_list_values_parent_fk FOREIGN KEY (list_id, parent_id)
        REFERENCES type_list_values (list_id, id)
);
CREATE INDEX type_list_values_order_idx ON type_list_values (list_id, sort_order, code);
CREATE INDEX type_list_values_parent_idx ON type_list_values (parent_id) WHERE parent_id IS NOT NULL;
