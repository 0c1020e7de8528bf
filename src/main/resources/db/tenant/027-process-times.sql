--liquibase formatted sql

--changeset procura:027-process-times
-- When a file's text was extracted and, for a file Tika could not read, why: extraction analytics
-- (success rate and latency per file type) count from these. Files extracted before this change
-- keep a null time (no latency known); their reason comes from the metadata they already hold.
ALTER TABLE files ADD COLUMN extracted_at TIMESTAMPTZ;
ALTER TABLE files ADD COLUMN extraction_error VARCHAR(1000);
-- A pattern rather than a JSON cast: one malformed metadata value must not stop a tenant's migration.
UPDATE files SET extraction_error = LEFT(COALESCE(SUBSTRING(metadata FROM '"extraction_error"\s*:\s*"([^"]*)"'), 'unreadable'), 1000)
    WHERE metadata LIKE '%"extraction_error"%';
CREATE INDEX files_created_idx ON files (created_at);

-- When an invoice was paid (processing analytics: invoice to paid). Invoices paid before this
-- change take their last change, which for a paid invoice is the payment (paid is final).
ALTER TABLE invoices ADD COLUMN paid_at TIMESTAMPTZ;
UPDATE invoices SET paid_at = updated_at WHERE status = 'paid';
