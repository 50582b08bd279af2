-- The cooperation programme register (io.jisr.programme): one row per record, its latest state as a JSON
-- document written field by field (ProgrammeDocument), and the bytes of attached documents (the signed
-- text of an instrument) under their SHA-256, so a record refers to its text by the hash it carries. A
-- Flyway location and history table of their own (flyway_programme_history). One script for H2 and
-- PostgreSQL.
CREATE TABLE programme_record (
    kind       VARCHAR(16) NOT NULL,
    id         VARCHAR(64) NOT NULL,
    owner      VARCHAR(3)  NOT NULL,
    document   VARCHAR     NOT NULL,
    updated_ms BIGINT      NOT NULL,
    PRIMARY KEY (kind, id)
);

CREATE TABLE programme_document (
    sha256     VARCHAR(64)  NOT NULL PRIMARY KEY,
    media_type VARCHAR(255) NOT NULL,
    bytes      BYTEA        NOT NULL,
    stored_ms  BIGINT       NOT NULL
);
