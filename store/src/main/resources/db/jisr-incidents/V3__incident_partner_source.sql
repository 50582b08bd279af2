-- Reports received from a partner's node (io.jisr.incident.workflow.PartnerSource): which nation and node
-- made the report, its id and latest received version there, the marking it was released under and when
-- that version was received. The versions and history are in incident_version and incident_history under
-- the local id, like the reports written here. One script for H2 and PostgreSQL.
CREATE TABLE incident_source (
    id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    nation         CHAR(3)      NOT NULL,
    node           VARCHAR(300) NOT NULL,
    origin_id      VARCHAR(64)  NOT NULL,
    origin_version INTEGER      NOT NULL,
    marking        VARCHAR(300) NOT NULL,
    received_ms    BIGINT       NOT NULL
);
