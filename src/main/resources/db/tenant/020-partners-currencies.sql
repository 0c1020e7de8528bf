--liquibase formatted sql

--changeset procura:020-partners-currencies
-- Currencies of the tenant and exchange rates by date (replacing the flat exchange_rates map of
-- the settings document), payment terms, and customers.
CREATE TABLE currencies (
    code        VARCHAR(3) PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    decimals    SMALLINT NOT NULL CHECK (decimals BETWEEN 0 AND 4),
    active      BOOLEAN NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0
);

-- rate = units of to_currency for 1 from_currency, exact (NUMERIC without a scale).
CREATE TABLE exchange_rates (
    id              UUID PRIMARY KEY,
    from_currency   VARCHAR(3) NOT NULL REFERENCES currencies (code),
    to_currency     VARCHAR(3) NOT NULL REFERENCES currencies (code),
    rate            NUMERIC NOT NULL CHECK (rate > 0),
    valid_from      DATE NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT exchange_rates_pair_check CHECK (from_currency <> to_currency),
    CONSTRAINT exchange_rates_pair_date_uq UNIQUE (from_currency, to_currency, valid_from)
);
CREATE INDEX exchange_rates_to_idx ON exchange_rates (to_currency, from_currency, valid_from);

CREATE TABLE payment_terms (
    id                UUID PRIMARY KEY,
    code              VARCHAR(63) NOT NULL UNIQUE,
    description       VARCHAR(200) NOT NULL,
    net_days          INT NOT NULL CHECK (net_days BETWEEN 0 AND 3650),
    discount_days     INT CHECK (discount_days >= 0),
    discount_percent  NUMERIC(7, 4) CHECK (discount_percent > 0 AND discount_percent < 100),
    end_of_month      BOOLEAN NOT NULL DEFAULT FALSE,
    active            BOOLEAN NOT NULL DEFAULT TRUE,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    version           BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT payment_terms_discount_check CHECK (
        (discount_days IS NULL AND discount_percent IS NULL)
        OR (discount_days IS NOT NULL AND discount_percent IS NOT NULL AND discount_days <= net_days))
);

-- Addresses and contacts are JSON arrays (as suppliers keep theirs).
CREATE TABLE customers (
    id                      UUID PRIMARY KEY,
    code                    VARCHAR(40) NOT NULL,
    legal_name              VARCHAR(200) NOT NULL,
    tax_id                  VARCHAR(40),
    addresses               TEXT NOT NULL DEFAULT '[]',
    contacts                TEXT NOT NULL DEFAULT '[]',
    currency                VARCHAR(3) NOT NULL REFERENCES currencies (code),
    payment_term_id         UUID REFERENCES payment_terms (id),
    credit_limit_amount     NUMERIC(19, 4) CHECK (credit_limit_amount >= 0),
    credit_limit_currency   VARCHAR(3) REFERENCES currencies (code),
    status                  VARCHAR(10) NOT NULL CHECK (status IN ('active', 'on_hold', 'inactive')),
    custom_fields           JSONB NOT NULL DEFAULT '{}'::jsonb,
    created_at              TIMESTAMPTZ NOT NULL,
    updated_at              TIMESTAMPTZ NOT NULL,
    version                 BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT customers_credit_limit_check CHECK ((credit_limit_amount IS NULL) = (credit_limit_currency IS NULL))
);
CREATE UNIQUE INDEX customers_code_uq ON customers (LOWER(code));
CREATE INDEX customers_payment_term_idx ON customers (payment_term_id) WHERE payment_term_id IS NOT NULL;

-- Migration of the settings document: the tenant currency and every currency its exchange_rates
-- name become currencies; each "FROM/TO": rate becomes a rate valid from 2000-01-01, so that it
-- keeps applying to every past business date as the flat map did. The document is left as it
-- was (the previous release still reads it during a rolling upgrade); the application no longer
-- reads its exchange_rates.
CREATE TEMPORARY TABLE migrated_codes ON COMMIT DROP AS
SELECT DISTINCT code FROM (
    SELECT document::jsonb ->> 'currency' AS code FROM tenant_settings WHERE id = 1
    UNION ALL
    SELECT split_part(pair, '/', side)
    FROM tenant_settings s,
         jsonb_object_keys(COALESCE(s.document::jsonb -> 'exchange_rates', '{}'::jsonb)) AS pair,
         (VALUES (1), (2)) AS sides (side)
    WHERE s.id = 1
) AS named
WHERE code ~ '^[A-Z]{3}$';

INSERT INTO currencies (code, name, decimals, active, created_at, updated_at)
SELECT code,
       CASE code
           WHEN 'EUR' THEN 'Euro' WHEN 'USD' THEN 'US Dollar' WHEN 'GBP' THEN 'British Pound'
           WHEN 'CHF' THEN 'Swiss Franc' WHEN 'JPY' THEN 'Japanese Yen' WHEN 'CNY' THEN 'Chinese Yuan'
           WHEN 'CAD' THEN 'Canadian Dollar' WHEN 'AUD' THEN 'Australian Dollar' WHEN 'SEK' THEN 'Swedish Krona'
           WHEN 'NOK' THEN 'Norwegian Krone' WHEN 'DKK' THEN 'Danish Krone' WHEN 'PLN' THEN 'Polish Zloty'
           WHEN 'BRL' THEN 'Brazilian Real' WHEN 'INR' THEN 'Indian Rupee' WHEN 'KWD' THEN 'Kuwaiti Dinar'
           ELSE code
       END,
       CASE
           WHEN code IN ('BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI',
                         'VND', 'VUV', 'XAF', 'XOF', 'XPF') THEN 0
           WHEN code IN ('BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND') THEN 3
           ELSE 2
       END,
       TRUE, now(), now()
FROM migrated_codes;

INSERT INTO exchange_rates (id, from_currency, to_currency, rate, valid_from, created_at, updated_at)
SELECT gen_random_uuid(), split_part(r.key, '/', 1), split_part(r.key, '/', 2), (r.value #>> '{}')::numeric,
       DATE '2000-01-01', now(), now()
FROM tenant_settings s,
     jsonb_each(COALESCE(s.document::jsonb -> 'exchange_rates', '{}'::jsonb)) AS r
WHERE s.id = 1
  AND r.key ~ '^[A-Z]{3}/[A-Z]{3}$'
  AND split_part(r.key, '/', 1) <> split_part(r.key, '/', 2)
  AND jsonb_typeof(r.value) = 'number'
  AND (r.value #>> '{}')::numeric > 0;
