-- Alerts (io.jisr.detect.alert): one row per alert, its latest version. A Flyway location and history
-- table of their own (flyway_alerts_history), like the accounts. One script for H2 (MODE=PostgreSQL)
-- and PostgreSQL. Times are epoch milliseconds. The whole alert (detection, notes) is in document, as
-- JSON written by AlertDocument; the other columns repeat what listing and loading select on.
CREATE TABLE alert (
    id         VARCHAR(64) NOT NULL PRIMARY KEY,
    sequence   BIGINT      NOT NULL,
    kind       VARCHAR(32) NOT NULL,
    severity   VARCHAR(16) NOT NULL,
    state      VARCHAR(16) NOT NULL,
    raised_ms  BIGINT      NOT NULL,
    updated_ms BIGINT      NOT NULL,
    document   VARCHAR     NOT NULL
);

CREATE INDEX alert_state_updated ON alert (state, updated_ms);
CREATE INDEX alert_raised ON alert (raised_ms);
