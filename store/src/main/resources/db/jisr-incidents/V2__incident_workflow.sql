-- Reports written through the review workflow (io.jisr.incident.workflow.IncidentRecord): every version
-- with its status, author, time and reason, its content as one CSV line of the export layout (as in
-- incident.row_csv), and every step of its history. The published version is also in incident, which is
-- what the map loads. Links between reports (either kind) in incident_link. One script for H2 and
-- PostgreSQL.
CREATE TABLE incident_version (
    id         VARCHAR(64)  NOT NULL,
    number     INTEGER      NOT NULL,
    status     VARCHAR(16)  NOT NULL,
    author     VARCHAR(300) NOT NULL,
    written_ms BIGINT       NOT NULL,
    reason     VARCHAR      NOT NULL,
    row_csv    VARCHAR      NOT NULL,
    PRIMARY KEY (id, number)
);

CREATE TABLE incident_history (
    id       VARCHAR(64)  NOT NULL,
    seq      INTEGER      NOT NULL,
    version  INTEGER      NOT NULL,
    action   VARCHAR(16)  NOT NULL,
    by_name  VARCHAR(300) NOT NULL,
    at_ms    BIGINT       NOT NULL,
    note     VARCHAR      NOT NULL,
    PRIMARY KEY (id, seq)
);

CREATE TABLE incident_link (
    from_id VARCHAR(64) NOT NULL,
    kind    VARCHAR(16) NOT NULL,
    to_id   VARCHAR(64) NOT NULL,
    seq     BIGINT      NOT NULL,
    PRIMARY KEY (from_id, to_id)
);
