--liquibase formatted sql

--changeset procura:004-processed-events
-- Events a consumer has handled for this tenant: a redelivered event is recognised and skipped.
CREATE TABLE processed_events (
    consumer        VARCHAR(60) NOT NULL,
    event_id        UUID NOT NULL,
    processed_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
