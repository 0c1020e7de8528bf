--liquibase formatted sql

--changeset procura:026-rfq-awards
-- When an RFQ was awarded, so savings fall in the period of the award. RFQs awarded before this
-- change take the time of their last change, which for an awarded RFQ is the award itself
-- (an awarded RFQ can only be closed afterwards, and a closed one keeps the time it was closed).
ALTER TABLE rfqs ADD COLUMN awarded_at TIMESTAMPTZ;
UPDATE rfqs SET awarded_at = updated_at WHERE awarded_quote_id IS NOT NULL;
CREATE INDEX rfqs_awarded_idx ON rfqs (awarded_at) WHERE awarded_at IS NOT NULL;
