-- Federation between partner nodes (issue 7): the outbound log per partner, the inbox cursor per
-- sending node with the records received from it, and the exchange audit chain.

-- What the release policy let into a partner's log, in order; a record is kept as the wire JSON
-- of one released record (the application's codec), so that what leaves is exactly what was decided.
CREATE TABLE fed_outbound (
    partner     VARCHAR(64)  NOT NULL,
    seq         BIGINT       NOT NULL,
    record_json VARCHAR(100000) NOT NULL,
    PRIMARY KEY (partner, seq)
);

-- Where the next pull from a sending node starts; moved in the same transaction as the records.
CREATE TABLE fed_inbox_cursor (
    sender  VARCHAR(64) NOT NULL PRIMARY KEY,
    cursor_seq BIGINT   NOT NULL
);

-- Every record received, once: the primary key is the record's identity (sending node + sequence).
CREATE TABLE fed_received (
    sender       VARCHAR(64)  NOT NULL,
    seq          BIGINT       NOT NULL,
    category     VARCHAR(40)  NOT NULL,
    received_ms  BIGINT       NOT NULL,
    keep_until_ms BIGINT      NOT NULL,
    record_json  VARCHAR(100000) NOT NULL,
    PRIMARY KEY (sender, seq)
);

-- The audit chain: canonical bytes of each entry and their SHA-256, by index.
CREATE TABLE fed_audit (
    idx          BIGINT       NOT NULL PRIMARY KEY,
    content      BYTEA NOT NULL,
    hash         BYTEA NOT NULL
);
