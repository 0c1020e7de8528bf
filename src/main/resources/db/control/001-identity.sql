--liquibase formatted sql

--changeset procura:001-users
CREATE TABLE users (
    id              UUID PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    first_name      VARCHAR(100) NOT NULL,
    last_name       VARCHAR(100) NOT NULL,
    platform_roles  VARCHAR(200) NOT NULL DEFAULT '',
    failed_logins   INTEGER NOT NULL DEFAULT 0,
    lockouts        INTEGER NOT NULL DEFAULT 0,
    locked_until    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0
);
-- Emails are unique regardless of case; the application stores them lower-cased.
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

--changeset procura:001-sessions
CREATE TABLE sessions (
    id              UUID PRIMARY KEY,
    user_id         UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at      TIMESTAMPTZ NOT NULL,
    last_used_at    TIMESTAMPTZ NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    revoked_at      TIMESTAMPTZ,
    revoke_reason   VARCHAR(40),
    client_address  VARCHAR(45),
    user_agent      VARCHAR(300)
);
CREATE INDEX sessions_user_idx ON sessions (user_id, created_at DESC);

--changeset procura:001-refresh-tokens
-- Refresh tokens are stored as SHA-256 hashes; a rotated token stays to detect its reuse.
CREATE TABLE refresh_tokens (
    token_hash      VARCHAR(64) PRIMARY KEY,
    session_id      UUID NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    issued_at       TIMESTAMPTZ NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    rotated_at      TIMESTAMPTZ
);
CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id);

--changeset procura:001-login-failures
CREATE TABLE login_failures (
    id              UUID PRIMARY KEY,
    client_address  VARCHAR(45) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    occurred_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_failures_address_idx ON login_failures (client_address, occurred_at);

--changeset procura:001-security-events
CREATE TABLE security_events (
    id              UUID PRIMARY KEY,
    occurred_at     TIMESTAMPTZ NOT NULL,
    type            VARCHAR(40) NOT NULL,
    user_id         UUID,
    email           VARCHAR(254),
    session_id      UUID,
    client_address  VARCHAR(45),
    request_id      VARCHAR(64),
    detail          VARCHAR(500)
);
CREATE INDEX security_events_user_idx ON security_events (user_id, occurred_at DESC);
CREATE INDEX security_events_time_idx ON security_events (occurred_at DESC);
