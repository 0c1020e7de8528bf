--liquibase formatted sql

--changeset procura:012-search
-- The search index: one row per document, supplier, RFQ, quote, purchase order and invoice, kept
-- by platform.search.SearchIndexer once the record's events are sealed, rebuilt by
-- POST /search/reindex. code is the number, supplier code or file name (matched whole, or in part
-- through the trigram index); document is the weighted vector of the record's text (A: code,
-- number, title, file name; B: supplier names, tags, the supplier's own reference; C: notes and
-- lines; D: the file's text), body the same text (at most 100,000 characters) that snippets are
-- cut from. pg_trgm is a trusted extension: the owner of a tenant database may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE search_index (
    record_type VARCHAR(30)  NOT NULL,
    record_id   UUID         NOT NULL,
    code        TEXT         NOT NULL,
    title       TEXT,
    body        TEXT         NOT NULL,
    document    TSVECTOR     NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    indexed_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (record_type, record_id)
);
CREATE INDEX search_index_document_idx ON search_index USING GIN (document);
CREATE INDEX search_index_code_idx ON search_index USING GIN (LOWER(code) gin_trgm_ops);
