--liquibase formatted sql

--changeset procura:007-notifications
-- What each member was told. seq orders a member's notifications and is the id of their
-- Server-Sent Event: a stream resumes after the Last-Event-ID it was given.
CREATE TABLE notifications (
    id              UUID PRIMARY KEY,
    seq             BIGSERIAL NOT NULL UNIQUE,
    user_id         UUID NOT NULL,
    type            VARCHAR(40) NOT NULL,
    title           VARCHAR(300) NOT NULL,
    body            TEXT NOT NULL,
    data            TEXT,
    link            VARCHAR(500),
    source_event_id UUID,
    created_at      TIMESTAMPTZ NOT NULL,
    read_at         TIMESTAMPTZ
);
CREATE INDEX notifications_user_seq ON notifications (user_id, seq);
CREATE INDEX notifications_user_unread ON notifications (user_id, seq) WHERE read_at IS NULL;
-- A redelivered event never notifies a member twice of the same thing.
CREATE UNIQUE INDEX notifications_source_user ON notifications (source_event_id, user_id, type);

-- Only what members changed is stored; every type and channel is on unless a row says otherwise.
CREATE TABLE notification_preferences (
    user_id     UUID NOT NULL,
    type        VARCHAR(40) NOT NULL,
    channel     VARCHAR(10) NOT NULL CHECK (channel IN ('in_app', 'email')),
    enabled     BOOLEAN NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, type, channel)
);

-- Emails already handed to the SMTP server: a retried event does not send them again.
CREATE TABLE notification_emails (
    event_id    UUID NOT NULL,
    user_id     UUID NOT NULL,
    type        VARCHAR(40) NOT NULL,
    sent_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (event_id, user_id, type)
);
