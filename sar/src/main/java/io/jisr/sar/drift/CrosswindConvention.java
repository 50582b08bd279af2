package io.jisr.sar.drift;

/**
 * Which way a positive crosswind leeway points. The published tables give crosswind coefficients for
 * objects diverging "right" (positive slope) and "left" (negative slope) of downwind; implementations
 * differ on where a positive value goes (see {@code docs/sar.md}).
 */
public enum CrosswindConvention {
    /**
     * As OpenDrift's Leeway model and the original Leeway code run it: a positive crosswind component
     * points to the left of downwind (90° anticlockwise), so the table's "right" coefficients carry
     * particles to the left. The default, to match the widely used implementation.
     */
    OPENDRIFT,
    /** A positive crosswind component points to the right of downwind (90° clockwise), as the tables name it. */
    RIGHT_POSITIVE
}
