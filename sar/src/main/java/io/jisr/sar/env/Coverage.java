package io.jisr.sar.env;

import io.jisr.sar.SarInputException;
import java.time.Instant;
import java.util.Objects;

/**
 * The area and time a field has values for. Longitudes are checked modulo 360, so a grid given in
 * 0–360° covers the same points as one in −180–180°.
 *
 * @param south southern edge, degrees
 * @param north northern edge, degrees
 * @param west western edge, degrees
 * @param east eastern edge, degrees (may exceed 180 for grids in 0–360°)
 * @param start first time with a value
 * @param end last time with a value
 */
public record Coverage(double south, double north, double west, double east, Instant start, Instant end) {
    /** Everywhere, always: a constant field. */
    public static final Coverage EVERYWHERE = new Coverage(-90, 90, -180, 180, Instant.MIN, Instant.MAX);

    /** Checks the bounds. */
    public Coverage {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!(south <= north) || !(west <= east) || end.isBefore(start)) {
            throw new IllegalArgumentException("coverage must have south ≤ north, west ≤ east and start ≤ end, was "
                    + south + ".." + north + ", " + west + ".." + east + ", " + start + ".." + end);
        }
    }

    /** Returns whether the point lies inside the area. */
    public boolean covers(double latitude, double longitude) {
        if (latitude < south || latitude > north) {
            return false;
        }
        if (east - west >= 360) {
            return true;
        }
        double dx = longitude - west;
        dx -= 360 * Math.floor(dx / 360);
        return dx <= east - west;
    }

    /** Returns whether the time lies inside the period. */
    public boolean covers(Instant time) {
        return !time.isBefore(start) && !time.isAfter(end);
    }

    /**
     * Checks that a case's point and period lie inside, naming the field.
     *
     * @throws SarInputException if they do not, with the field's area or period and the value outside it
     */
    public void require(String field, double latitude, double longitude, Instant from, Instant to) {
        if (!covers(latitude, longitude)) {
            throw new SarInputException(String.format(
                    java.util.Locale.ROOT,
                    "%s covers %.4f–%.4f°N, %.4f–%.4f°E; the case at %.5f°N %.5f°E is outside it",
                    field,
                    south,
                    north,
                    west,
                    east,
                    latitude,
                    longitude));
        }
        if (!covers(from) || !covers(to)) {
            throw new SarInputException(field + " covers " + start + " to " + end + "; the case runs from " + from
                    + " to " + to + ", outside it");
        }
    }
}
