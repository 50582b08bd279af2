-- Published incident reports (io.jisr.incident): one row per report id, its latest version. row_csv is
-- the report as one RFC 4180 line in the column layout of io.jisr.incident.csv.IncidentCsv (the same
-- layout as the export), so what is stored is what an analyst can read and re-import. A Flyway location
-- and history table of their own (flyway_incidents_history). One script for H2 and PostgreSQL.
CREATE TABLE incident (
    id         VARCHAR(64) NOT NULL PRIMARY KEY,
    version    INTEGER     NOT NULL,
    row_csv    VARCHAR     NOT NULL,
    updated_ms BIGINT      NOT NULL
);
