-- SAR cases (io.jisr.sar.cases): one row per case reference, its latest state with its whole log as a JSON
-- document written field by field (SarCaseDocument). opened_ms orders the list. A Flyway location and
-- history table of their own (flyway_sar_history). One script for H2 and PostgreSQL.
CREATE TABLE sar_case (
    reference  VARCHAR(40) NOT NULL PRIMARY KEY,
    document   VARCHAR     NOT NULL,
    opened_ms  BIGINT      NOT NULL,
    updated_ms BIGINT      NOT NULL
);
