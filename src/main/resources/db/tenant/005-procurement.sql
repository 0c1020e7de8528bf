--liquibase formatted sql

--changeset procura:005-procurement
-- Numbering: one counter per document kind (purchase_order, rfq, quote, invoice, receipt).
CREATE TABLE document_sequences (
    kind            VARCHAR(40) PRIMARY KEY,
    next_value      BIGINT NOT NULL
);

CREATE TABLE suppliers (
    id              UUID PRIMARY KEY,
    code            VARCHAR(40) NOT NULL,
    legal_name      VARCHAR(200) NOT NULL,
    tax_id          VARCHAR(40),
    country         CHAR(2),
    currency        CHAR(3) NOT NULL,
    payment_terms   VARCHAR(100),
    -- '|'-delimited, e.g. '|it|office|', so a category filter is one LIKE.
    categories      VARCHAR(1000) NOT NULL DEFAULT '',
    contacts        TEXT NOT NULL DEFAULT '[]',
    addresses       TEXT NOT NULL DEFAULT '[]',
    notes           TEXT,
    status          VARCHAR(20) NOT NULL,
    rating          NUMERIC(4, 2),
    ratings_count   INT NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX suppliers_code_uq ON suppliers (LOWER(code));
CREATE INDEX suppliers_name_idx ON suppliers (LOWER(legal_name));

CREATE TABLE rfqs (
    id              UUID PRIMARY KEY,
    number          VARCHAR(40) NOT NULL UNIQUE,
    title           VARCHAR(200) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    currency        CHAR(3) NOT NULL,
    needed_by       DATE,
    due_date        DATE NOT NULL,
    notes           TEXT,
    awarded_quote_id UUID,
    created_by      UUID NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ,
    version         BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE rfq_suppliers (
    rfq_id          UUID NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
    supplier_id     UUID NOT NULL REFERENCES suppliers (id),
    PRIMARY KEY (rfq_id, supplier_id)
);

CREATE TABLE quotes (
    id              UUID PRIMARY KEY,
    number          VARCHAR(40) NOT NULL UNIQUE,
    rfq_id          UUID NOT NULL REFERENCES rfqs (id),
    supplier_id     UUID NOT NULL REFERENCES suppliers (id),
    status          VARCHAR(20) NOT NULL,
    currency        CHAR(3) NOT NULL,
    valid_until     DATE NOT NULL,
    lead_time_days  INT NOT NULL,
    supplier_reference VARCHAR(60),
    notes           TEXT,
    subtotal        NUMERIC(18, 4) NOT NULL,
    tax_total       NUMERIC(18, 4) NOT NULL,
    total           NUMERIC(18, 4) NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL,
    created_by      UUID NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    UNIQUE (rfq_id, supplier_id)
);

CREATE TABLE purchase_orders (
    id              UUID PRIMARY KEY,
    number          VARCHAR(40) NOT NULL UNIQUE,
    supplier_id     UUID NOT NULL REFERENCES suppliers (id),
    quote_id        UUID REFERENCES quotes (id),
    status          VARCHAR(30) NOT NULL,
    currency        CHAR(3) NOT NULL,
    cost_center     VARCHAR(40) NOT NULL,
    order_date      DATE NOT NULL,
    expected_delivery_date DATE,
    payment_terms   VARCHAR(100),
    notes           TEXT,
    subtotal        NUMERIC(18, 4) NOT NULL,
    tax_total       NUMERIC(18, 4) NOT NULL,
    total           NUMERIC(18, 4) NOT NULL,
    rejection_feedback TEXT,
    created_by      UUID NOT NULL,
    submitted_by    UUID,
    submitted_at    TIMESTAMPTZ,
    approved_at     TIMESTAMPTZ,
    sent_at         TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX purchase_orders_supplier_idx ON purchase_orders (supplier_id);
CREATE INDEX purchase_orders_budget_idx ON purchase_orders (cost_center, order_date);

CREATE TABLE receipts (
    id              UUID PRIMARY KEY,
    number          VARCHAR(40) NOT NULL UNIQUE,
    purchase_order_id UUID NOT NULL REFERENCES purchase_orders (id),
    received_on     DATE NOT NULL,
    notes           TEXT,
    received_by     UUID NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX receipts_order_idx ON receipts (purchase_order_id);
CREATE TABLE receipt_lines (
    receipt_id      UUID NOT NULL REFERENCES receipts (id) ON DELETE CASCADE,
    line            INT NOT NULL,
    accepted_quantity NUMERIC(18, 3) NOT NULL,
    rejected_quantity NUMERIC(18, 3) NOT NULL,
    rejection_reason VARCHAR(500),
    PRIMARY KEY (receipt_id, line)
);

CREATE TABLE invoices (
    id              UUID PRIMARY KEY,
    number          VARCHAR(40) NOT NULL UNIQUE,
    supplier_invoice_number VARCHAR(60) NOT NULL,
    supplier_id     UUID NOT NULL REFERENCES suppliers (id),
    purchase_order_id UUID NOT NULL REFERENCES purchase_orders (id),
    status          VARCHAR(20) NOT NULL,
    currency        CHAR(3) NOT NULL,
    invoice_date    DATE NOT NULL,
    due_date        DATE,
    subtotal        NUMERIC(18, 4) NOT NULL,
    tax_total       NUMERIC(18, 4) NOT NULL,
    total           NUMERIC(18, 4) NOT NULL,
    -- The differing lines of the last match, as JSON.
    mismatches      TEXT,
    matched_at      TIMESTAMPTZ,
    created_by      UUID NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0
);
-- The same supplier invoice entered twice is a classic duplicate payment.
CREATE UNIQUE INDEX invoices_supplier_number_uq ON invoices (supplier_id, LOWER(supplier_invoice_number));
CREATE INDEX invoices_order_idx ON invoices (purchase_order_id);

CREATE TABLE supplier_ratings (
    id              UUID PRIMARY KEY,
    supplier_id     UUID NOT NULL REFERENCES suppliers (id),
    purchase_order_id UUID REFERENCES purchase_orders (id),
    rated_by        UUID NOT NULL,
    quality         SMALLINT NOT NULL CHECK (quality BETWEEN 1 AND 5),
    delivery        SMALLINT NOT NULL CHECK (delivery BETWEEN 1 AND 5),
    price           SMALLINT NOT NULL CHECK (price BETWEEN 1 AND 5),
    service         SMALLINT NOT NULL CHECK (service BETWEEN 1 AND 5),
    comment         VARCHAR(2000),
    created_at      TIMESTAMPTZ NOT NULL
);
-- One rating per user per purchase order (and one general rating per user per supplier).
CREATE UNIQUE INDEX supplier_ratings_once_uq ON supplier_ratings
    (supplier_id, rated_by, COALESCE(purchase_order_id, '00000000-0000-0000-0000-000000000000'));

-- Lines of the priced documents: the same columns everywhere; line numbers from 0 (shown from 1).
CREATE TABLE rfq_lines (
    rfq_id UUID NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE, line_no INT NOT NULL,
    item_code VARCHAR(60) NOT NULL, description VARCHAR(500), quantity NUMERIC(18, 3) NOT NULL, unit VARCHAR(20) NOT NULL,
    unit_price NUMERIC(18, 4), tax_rate NUMERIC(6, 3) NOT NULL, net_amount NUMERIC(18, 4), tax_amount NUMERIC(18, 4),
    total_amount NUMERIC(18, 4), PRIMARY KEY (rfq_id, line_no));
CREATE TABLE quote_lines (
    quote_id UUID NOT NULL REFERENCES quotes (id) ON DELETE CASCADE, line_no INT NOT NULL,
    item_code VARCHAR(60) NOT NULL, description VARCHAR(500), quantity NUMERIC(18, 3) NOT NULL, unit VARCHAR(20) NOT NULL,
    unit_price NUMERIC(18, 4), tax_rate NUMERIC(6, 3) NOT NULL, net_amount NUMERIC(18, 4), tax_amount NUMERIC(18, 4),
    total_amount NUMERIC(18, 4), PRIMARY KEY (quote_id, line_no));
CREATE TABLE purchase_order_lines (
    purchase_order_id UUID NOT NULL REFERENCES purchase_orders (id) ON DELETE CASCADE, line_no INT NOT NULL,
    item_code VARCHAR(60) NOT NULL, description VARCHAR(500), quantity NUMERIC(18, 3) NOT NULL, unit VARCHAR(20) NOT NULL,
    unit_price NUMERIC(18, 4), tax_rate NUMERIC(6, 3) NOT NULL, net_amount NUMERIC(18, 4), tax_amount NUMERIC(18, 4),
    total_amount NUMERIC(18, 4), PRIMARY KEY (purchase_order_id, line_no));
CREATE TABLE invoice_lines (
    invoice_id UUID NOT NULL REFERENCES invoices (id) ON DELETE CASCADE, line_no INT NOT NULL,
    item_code VARCHAR(60) NOT NULL, description VARCHAR(500), quantity NUMERIC(18, 3) NOT NULL, unit VARCHAR(20) NOT NULL,
    unit_price NUMERIC(18, 4), tax_rate NUMERIC(6, 3) NOT NULL, net_amount NUMERIC(18, 4), tax_amount NUMERIC(18, 4),
    total_amount NUMERIC(18, 4), PRIMARY KEY (invoice_id, line_no));

CREATE TABLE budgets (
    id              UUID PRIMARY KEY,
    cost_center     VARCHAR(40) NOT NULL,
    period          VARCHAR(7) NOT NULL,
    period_start    DATE NOT NULL,
    period_end      DATE NOT NULL,
    amount          NUMERIC(18, 4) NOT NULL,
    currency        CHAR(3) NOT NULL,
    action_on_exceed VARCHAR(10) NOT NULL,
    created_by      UUID NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    UNIQUE (cost_center, period)
);
CREATE INDEX budgets_range_idx ON budgets (cost_center, period_start, period_end);
