package io.jisr.sar.drift;

/**
 * A point on the WGS84 ellipsoid.
 *
 * @param latitude degrees north, −90 to 90
 * @param longitude degrees east, −180 to 180
 */
public record Position(double latitude, double longitude) {

    /** Checks the ranges. */
    public Position {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90 degrees, was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180 degrees, was " + longitude);
        }
    }
}
