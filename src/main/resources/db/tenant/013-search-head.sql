--liquibase formatted sql

--changeset procura:013-search-head
-- The part of each record's vector with weights A and B (numbers, names, titles, tags): small,
-- kept in the row, and what ranking reads, so a broad term ranks thousands of hits without
-- reading every hit's whole text (its vector stays for matching and snippets).
ALTER TABLE search_index ADD COLUMN head tsvector GENERATED ALWAYS AS (ts_filter(document, '{a,b}')) STORED;
