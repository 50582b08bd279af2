-- Accounts, sessions, API tokens and the audit log (io.jisr.access). A Flyway location and history
-- table of their own (flyway_accounts_history), so the picture store's migrations are independent.
-- One script for H2 (MODE=PostgreSQL) and PostgreSQL. Times are epoch milliseconds, as in the picture
-- store. Secrets are never stored: only Argon2id PHC strings and SHA-256 hashes.

-- roles: the role names separated by single spaces, in declaration order ('' for none).
CREATE TABLE account (
    username             VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name         VARCHAR(128) NOT NULL,
    roles                VARCHAR(256) NOT NULL,
    language             VARCHAR(2)   NOT NULL,
    theme                VARCHAR(8)   NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    disabled             BOOLEAN      NOT NULL,
    created_ms           BIGINT       NOT NULL,
    password_changed_ms  BIGINT       NOT NULL,
    password_hash        VARCHAR(512) NOT NULL
);

-- id_hash: SHA-256 of the session id held by the browser, lower-case hex.
CREATE TABLE account_session (
    id_hash      VARCHAR(64) NOT NULL PRIMARY KEY,
    username     VARCHAR(64) NOT NULL REFERENCES account (username) ON DELETE CASCADE,
    csrf_token   VARCHAR(64) NOT NULL,
    created_ms   BIGINT      NOT NULL,
    last_seen_ms BIGINT      NOT NULL,
    expires_ms   BIGINT      NOT NULL
);

CREATE INDEX account_session_username ON account_session (username);
CREATE INDEX account_session_expires ON account_session (expires_ms);

-- secret_hash: SHA-256 of the token's secret, lower-case hex. expires_ms and last_used_ms may be NULL.
CREATE TABLE api_token (
    id           VARCHAR(32) NOT NULL PRIMARY KEY,
    secret_hash  VARCHAR(64) NOT NULL UNIQUE,
    name         VARCHAR(64) NOT NULL,
    owner        VARCHAR(64) NOT NULL REFERENCES account (username) ON DELETE CASCADE,
    created_ms   BIGINT      NOT NULL,
    expires_ms   BIGINT,
    last_used_ms BIGINT
);

CREATE INDEX api_token_owner ON api_token (owner);

-- Append-only: nothing in the node updates or deletes these rows.
CREATE TABLE audit_log (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    time_ms        BIGINT  NOT NULL,
    actor          VARCHAR NOT NULL,
    action         VARCHAR NOT NULL,
    target         VARCHAR NOT NULL,
    detail         VARCHAR NOT NULL,
    remote_address VARCHAR NOT NULL
);

CREATE INDEX audit_log_time ON audit_log (time_ms);
CREATE INDEX audit_log_actor ON audit_log (actor, time_ms);
