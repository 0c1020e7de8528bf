--liquibase formatted sql

--changeset procura:014-user-state
-- Deactivation, a forced password reset and email verification; existing users stay active and unverified.
ALTER TABLE users ADD COLUMN deactivated_at TIMESTAMPTZ;
ALTER TABLE users ADD COLUMN password_reset_required BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE users ADD COLUMN email_verified_at TIMESTAMPTZ;
CREATE INDEX users_name_idx ON users (lower(last_name), lower(first_name));

--changeset procura:014-user-tokens
-- Single-use tokens mailed to a user (password reset, email verification), stored as SHA-256 hashes.
CREATE TABLE user_tokens (
    token_hash      VARCHAR(64) PRIMARY KEY,
    user_id         UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose         VARCHAR(20) NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    used_at         TIMESTAMPTZ
);
CREATE INDEX user_tokens_user_idx ON user_tokens (user_id, purpose);

--changeset procura:014-account-mail-requests
-- Requests for account mail (reset, verification), counted per email and per client address for rate limits.
CREATE TABLE account_mail_requests (
    id              UUID PRIMARY KEY,
    purpose         VARCHAR(20) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    client_address  VARCHAR(45) NOT NULL,
    requested_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX account_mail_requests_email_idx ON account_mail_requests (purpose, email, requested_at);
CREATE INDEX account_mail_requests_address_idx ON account_mail_requests (purpose, client_address, requested_at);

--changeset procura:014-user-email-settings
-- A user's own email settings; no row means the defaults (login email, immediate, English).
CREATE TABLE user_email_settings (
    user_id              UUID PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    notification_address VARCHAR(254),
    digest               VARCHAR(10) NOT NULL,
    language             VARCHAR(10) NOT NULL,
    last_digest_at       TIMESTAMPTZ,
    next_digest_at       TIMESTAMPTZ,
    updated_at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX user_email_settings_due_idx ON user_email_settings (next_digest_at) WHERE next_digest_at IS NOT NULL;
