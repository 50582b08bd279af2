-- The replica of the programme records exchanged field by field between partner nodes (io.jisr.programme.sync):
-- the winning value of each field with the hybrid logical clock stamp and the side that wrote it, so that a
-- node merges on from the same state after a restart. The record's own row in programme_record holds what
-- these cells make. One script for H2 and PostgreSQL.
CREATE TABLE programme_cell (
    kind          VARCHAR(32)  NOT NULL,
    owner         VARCHAR(3)   NOT NULL,
    record_id     VARCHAR(200) NOT NULL,
    field_name    VARCHAR(100) NOT NULL,
    cell_value    VARCHAR      NOT NULL,
    stamp_ms      BIGINT       NOT NULL,
    stamp_counter INTEGER      NOT NULL,
    stamp_node    VARCHAR(64)  NOT NULL,
    writer        VARCHAR(3)   NOT NULL,
    PRIMARY KEY (kind, owner, record_id, field_name)
);
