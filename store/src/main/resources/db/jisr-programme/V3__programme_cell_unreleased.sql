-- A cell holding this node's own edit that was stored but not yet released to the partners (the federation
-- store failed when it was offered): offered again at start and periodically until released, so that an
-- officer's change is never stored here and silently missing on the partner's node. One script for H2 and
-- PostgreSQL.
ALTER TABLE programme_cell ADD COLUMN unreleased BOOLEAN DEFAULT FALSE NOT NULL;
