-- The outbound logs and the received records as blocks: one row per append (the records committed
-- together), not one row per record. A row per record cost the embedded database two index insertions, a
-- page copy and a serialisation per record, the largest part of a node's federation work (issue 7,
-- FederationThroughput). `records` holds the records of the block in sequence order, each as its fields,
-- the length of its text and the text (io.jisr.store.RecordBlock); `first_seq`..`last_seq` is the range.

CREATE TABLE fed_outbound_block (
    partner   VARCHAR(64) NOT NULL,
    last_seq  BIGINT      NOT NULL,
    first_seq BIGINT      NOT NULL,
    records   VARCHAR     NOT NULL,
    PRIMARY KEY (partner, last_seq)
);

-- Entries stored before blocks become blocks of one; '*' is the length "to the end of the block", so the
-- text is moved as it is, without counting its characters in SQL.
INSERT INTO fed_outbound_block (partner, last_seq, first_seq, records)
SELECT partner, seq, seq, CAST(seq AS VARCHAR(20)) || ':*:' || record_json FROM fed_outbound;

DROP TABLE fed_outbound;

CREATE TABLE fed_received_block (
    sender    VARCHAR(64) NOT NULL,
    last_seq  BIGINT      NOT NULL,
    first_seq BIGINT      NOT NULL,
    records   VARCHAR     NOT NULL,
    PRIMARY KEY (sender, last_seq)
);

INSERT INTO fed_received_block (sender, last_seq, first_seq, records)
SELECT sender, seq, seq,
       CAST(seq AS VARCHAR(20)) || ':' || category || ':' || CAST(received_ms AS VARCHAR(20)) || ':'
           || CAST(keep_until_ms AS VARCHAR(20)) || ':*:' || record_json
FROM fed_received;

DROP TABLE fed_received;
