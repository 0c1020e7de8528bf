--liquibase formatted sql

--changeset procura:036-item-gtin
-- An item's GS1 trade item number (GTIN-14) for labels and scans; one item per GTIN.
ALTER TABLE items ADD COLUMN gtin varchar(14);
CREATE UNIQUE INDEX items_gtin_key ON items (gtin) WHERE gtin IS NOT NULL;
