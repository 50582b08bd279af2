-- Two changes that make serving and storing federation records cheaper (issue 7, FederationThroughput).
--
-- 1. Each record of an outbound block is stored with a second field beside its sequence: its terms, a short
--    text the application writes (category and release grant), which is all that serving the record needs
--    besides its text. Without it a partner catching up from the database had every record read back into
--    objects only to learn those two. record_fields says how many fields each record of a block has: 1 for
--    the blocks stored before (sequence only), 2 after.
-- 2. A block's text is kept as its UTF-8 bytes: the embedded database writes and reads a character column a
--    character at a time, which was a sixth of the link's work; bytes are copied whole. The text, its framing
--    (io.jisr.store.RecordBlock) and its lengths in characters are unchanged; ${records_as_utf8} is the
--    bytes of the column as it was (the dialect's spelling: a cast reads backslashes as escapes on
--    PostgreSQL).
ALTER TABLE fed_outbound_block ADD COLUMN record_fields INT DEFAULT 1 NOT NULL;

ALTER TABLE fed_outbound_block ALTER COLUMN records TYPE BYTEA USING ${records_as_utf8};

ALTER TABLE fed_received_block ALTER COLUMN records TYPE BYTEA USING ${records_as_utf8};
