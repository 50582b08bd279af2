package io.jisr.detect;

/** What a detection is about; alert rules select by it. */
public enum DetectionKind {
    /** A vessel that was reporting fell silent inside receiver coverage. */
    AIS_GAP,
    /** Two vessels close together at low speed for a sustained time away from port. */
    ENCOUNTER,
    /** One vessel at low speed for a sustained time away from port. */
    LOITERING,
    /** A vessel inside a zone: entry, dwell, exit. */
    ZONE_VISIT,
    /** A vessel visiting a port or anchorage: arrival, stop, departure. */
    PORT_VISIT,
    /** A report or identity that cannot be right: impossible speed, shared MMSI, invalid numbers. */
    IDENTITY_ANOMALY
}
