--liquibase formatted sql

--changeset procura:023-ledger
-- The chart of accounts (a hierarchy of group and postable GL accounts), tax codes with rates by
-- date, the tax code a buying line names, and nothing else: the tenant setting tax_rounding lives
-- in the settings document (absent = line).
CREATE TABLE gl_accounts (
    id          UUID PRIMARY KEY,
    code        VARCHAR(40) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    type        VARCHAR(10) NOT NULL CHECK (type IN ('asset', 'liability', 'equity', 'income', 'expense')),
    kind        VARCHAR(10) NOT NULL CHECK (kind IN ('postable', 'group')),
    currency    VARCHAR(3) REFERENCES currencies (code),
    parent_id   UUID REFERENCES gl_accounts (id),
    active      BOOLEAN NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT gl_accounts_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE UNIQUE INDEX gl_accounts_code_uq ON gl_accounts (LOWER(code));
CREATE INDEX gl_accounts_parent_idx ON gl_accounts (parent_id) WHERE parent_id IS NOT NULL;

-- rates: a JSON array of periods {valid_from, valid_to (inclusive, optional), components:
-- [{name, rate, compound}]}, sorted by valid_from and not overlapping (checked by the service).
CREATE TABLE tax_codes (
    id                      UUID PRIMARY KEY,
    code                    VARCHAR(30) NOT NULL,
    name                    VARCHAR(200) NOT NULL,
    inclusive               BOOLEAN NOT NULL DEFAULT FALSE,
    recoverable_percent     NUMERIC(7, 4) NOT NULL CHECK (recoverable_percent BETWEEN 0 AND 100),
    input_tax_account_id    UUID REFERENCES gl_accounts (id),
    rates                   TEXT NOT NULL,
    active                  BOOLEAN NOT NULL DEFAULT TRUE,
    created_at              TIMESTAMPTZ NOT NULL,
    updated_at              TIMESTAMPTZ NOT NULL,
    version                 BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX tax_codes_code_uq ON tax_codes (LOWER(code));
CREATE INDEX tax_codes_account_idx ON tax_codes (input_tax_account_id) WHERE input_tax_account_id IS NOT NULL;

-- The tax code of a buying line; NULL for a line taxed at a bare rate (as before tax codes).
ALTER TABLE rfq_lines ADD COLUMN tax_code VARCHAR(30);
ALTER TABLE quote_lines ADD COLUMN tax_code VARCHAR(30);
ALTER TABLE purchase_order_lines ADD COLUMN tax_code VARCHAR(30);
ALTER TABLE invoice_lines ADD COLUMN tax_code VARCHAR(30);
