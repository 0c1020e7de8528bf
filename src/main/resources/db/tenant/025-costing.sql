--liquibase formatted sql

--changeset procura:025-costing
-- Charges on a receipt (freight, duty, insurance, other) that its landed cost spreads over the
-- received lines by value, quantity or weight; weights (JSON, by receipt line) only for the weight basis.
CREATE TABLE receipt_charges (
    id              UUID PRIMARY KEY,
    receipt_id      UUID NOT NULL REFERENCES receipts (id) ON DELETE CASCADE,
    type            VARCHAR(16) NOT NULL CHECK (type IN ('freight', 'duty', 'insurance', 'other')),
    description     VARCHAR(200),
    amount          NUMERIC(18, 4) NOT NULL CHECK (amount > 0),
    currency        VARCHAR(3) NOT NULL,
    basis           VARCHAR(16) NOT NULL CHECK (basis IN ('value', 'quantity', 'weight')),
    weights         TEXT,
    created_by      UUID,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX receipt_charges_receipt ON receipt_charges (receipt_id, created_at);

-- Which GL account each posting role goes to (inventory, GR/IR clearing, payables …): the account
-- determination of the posting previews.
CREATE TABLE posting_accounts (
    role            VARCHAR(32) PRIMARY KEY,
    account_id      UUID NOT NULL REFERENCES gl_accounts (id),
    updated_by      UUID,
    updated_at      TIMESTAMPTZ NOT NULL
);
