-- Storage of the maritime picture: the commit log, the vessel registry, track history and feed
-- cursors (see docs/decisions/0001-track-storage.md).
-- One script for H2 (MODE=PostgreSQL) and PostgreSQL: keep to the types and syntax both accept.
-- Text columns have no length limit and nothing here can reject a value the domain accepts: a
-- commit that fails on data would fail again on every retry and stop ingest.

-- Every commit appends its batch to the current one of two log tables, one row per part of at most a
-- few hundred kilobytes (log_id is the commit's sequence number times 65,536 plus the part). A
-- checkpoint switches commits to the other table, writes the vessels and segments the log holds into
-- the tables below and records the last sequence it covered in store_checkpoint, in one transaction;
-- then it empties the table it switched away from with TRUNCATE, which, unlike DELETE, does not copy
-- every row into H2's undo log. A replay after a crash reads the rows after that sequence.
CREATE TABLE picture_log_0 (
    log_id BIGINT NOT NULL PRIMARY KEY,
    data   BYTEA  NOT NULL
);

CREATE TABLE picture_log_1 (
    log_id BIGINT NOT NULL PRIMARY KEY,
    data   BYTEA  NOT NULL
);

CREATE TABLE store_checkpoint (
    id           INTEGER NOT NULL PRIMARY KEY,
    log_sequence BIGINT  NOT NULL
);

INSERT INTO store_checkpoint (id, log_sequence) VALUES (1, 0);

-- One row per station: everything in io.jisr.picture.Vessel, as of the last checkpoint.
-- Instants are exact: epoch seconds plus nanosecond of second.
CREATE TABLE vessel (
    mmsi              INTEGER          NOT NULL PRIMARY KEY,
    kind              VARCHAR(32)      NOT NULL,
    name              VARCHAR,
    call_sign         VARCHAR,
    imo               INTEGER,
    ship_type         SMALLINT,
    to_bow            SMALLINT,
    to_stern          SMALLINT,
    to_port           SMALLINT,
    to_starboard      SMALLINT,
    destination       VARCHAR,
    has_eta           BOOLEAN          NOT NULL,
    eta_month         SMALLINT,
    eta_day           SMALLINT,
    eta_hour          SMALLINT,
    eta_minute        SMALLINT,
    draught_m         DOUBLE PRECISION,
    fix_time_s        BIGINT,
    fix_time_nanos    INTEGER,
    fix_lat           DOUBLE PRECISION,
    fix_lon           DOUBLE PRECISION,
    fix_speed_kn      DOUBLE PRECISION,
    fix_course_deg    DOUBLE PRECISION,
    fix_heading_deg   INTEGER,
    fix_status        SMALLINT,
    fix_high_accuracy BOOLEAN,
    fix_message_type  INTEGER,
    fix_suspect       BOOLEAN,
    first_seen_s      BIGINT           NOT NULL,
    first_seen_nanos  INTEGER          NOT NULL,
    last_seen_s       BIGINT           NOT NULL,
    last_seen_nanos   INTEGER          NOT NULL,
    reports           BIGINT           NOT NULL,
    -- receivers and when each last heard the station, binary (see VesselRows)
    heard_by          BYTEA            NOT NULL
);

-- Track history: one row per segment of one station's positions (at most a few hundred points
-- within ten minutes), delta-encoded in data (see TrackSegment and docs/decisions/0001). Times are
-- epoch milliseconds; start_ms/end_ms are the earliest and latest point, the box the extent of the
-- points. The span limit is what lets queries bound their index range scans: keep it equal to
-- TrackSegment.MAX_SPAN_MS.
CREATE TABLE track_segment (
    segment_id BIGINT           NOT NULL PRIMARY KEY,
    mmsi       INTEGER          NOT NULL,
    start_ms   BIGINT           NOT NULL,
    end_ms     BIGINT           NOT NULL,
    points     INTEGER          NOT NULL,
    south      DOUBLE PRECISION NOT NULL,
    north      DOUBLE PRECISION NOT NULL,
    west       DOUBLE PRECISION NOT NULL,
    east       DOUBLE PRECISION NOT NULL,
    data       BYTEA            NOT NULL,
    CONSTRAINT track_segment_span CHECK (end_ms >= start_ms AND end_ms - start_ms <= 600000)
);

CREATE INDEX track_segment_vessel ON track_segment (mmsi, start_ms);

CREATE INDEX track_segment_time ON track_segment (start_ms);

-- Segment ids are handed out in blocks of 2^20 per value of this sequence, so the store asks rarely.
CREATE SEQUENCE track_segment_block;

-- How many lines of each feed were fully applied, committed with the log rows of the data they produced.
CREATE TABLE feed_cursor (
    feed_id VARCHAR NOT NULL PRIMARY KEY,
    lines   BIGINT  NOT NULL
);
