-- Zones operators import or draw (io.jisr.detect.zone.ZoneStore); zones named in jisr.yaml are not
-- stored. area is the polygon or multipolygon as WKT, longitude before latitude (WGS84), as JTS writes
-- it. dwell_seconds is NULL when the zone has no dwell time.
CREATE TABLE zone (
    id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    area          VARCHAR      NOT NULL,
    dwell_seconds BIGINT,
    added_by      VARCHAR(64)  NOT NULL,
    added_ms      BIGINT       NOT NULL
);
