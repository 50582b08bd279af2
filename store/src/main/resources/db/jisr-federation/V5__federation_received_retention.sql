-- A received record may be kept until its keep-until (the annex's retention from its receipt), then it
-- must go (issue 7: an annex says how long the receiver may keep what it releases). purge_at_ms is the
-- earliest keep-until among the records a block still holds, so that a purge finds due blocks by an index
-- instead of reading every block. NULL (blocks stored before this column) means "not known yet": the
-- next purge reads such a block once and sets it.
ALTER TABLE fed_received_block ADD COLUMN purge_at_ms BIGINT;

CREATE INDEX fed_received_block_purge ON fed_received_block (purge_at_ms);
