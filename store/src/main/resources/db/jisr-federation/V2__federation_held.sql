-- Records waiting for an annex's delay before they may enter a partner's log (issue 7: "never lost").
-- Written in the same transaction as the log entries appended meanwhile, so that a record is either held
-- or in the log, never both and never neither, and given back to the outbox when the node starts again.
-- `ord` is the record's place among the outbox's offers; `record_json` the record as offered (the
-- application's codec, without handling terms, which the policy sets at release).
CREATE TABLE fed_held (
    partner     VARCHAR(64)  NOT NULL,
    ord         BIGINT       NOT NULL,
    retry_at_ms BIGINT       NOT NULL,
    record_json VARCHAR(100000) NOT NULL,
    PRIMARY KEY (partner, ord)
);
