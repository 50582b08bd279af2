package io.jisr.ais.message;

/**
 * A WGS84 position in decimal degrees.
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 */
public record Position(double latitude, double longitude) {

    /** Checks the ranges; AIS out-of-range values never reach here (they decode as not available). */
    public Position {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be within -90..90 degrees, was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be within -180..180 degrees, was " + longitude);
        }
    }

    /** Returns the position with these coordinates. */
    public static Position of(double latitude, double longitude) {
        return new Position(latitude, longitude);
    }
}
