package io.jisr.incident.query;

/**
 * A latitude/longitude box, as the map's viewport: south, west, north, east in decimal degrees. A box
 * whose west is greater than its east crosses the antimeridian.
 */
public record Area(double south, double west, double north, double east) {
    /** Checks the bounds: finite, latitudes in −90..90 with south ≤ north, longitudes in −180..180. */
    public Area {
        if (!(south >= -90 && north <= 90 && south <= north)) {
            throw new IllegalArgumentException(
                    "area latitudes must satisfy -90 <= south <= north <= 90, were " + south + " and " + north);
        }
        if (!(west >= -180 && west <= 180 && east >= -180 && east <= 180)) {
            throw new IllegalArgumentException(
                    "area longitudes must be between -180 and 180, were " + west + " and " + east);
        }
    }

    /** Returns whether the point is inside (edges included). */
    public boolean contains(double latitude, double longitude) {
        if (latitude < south || latitude > north) {
            return false;
        }
        return west <= east ? longitude >= west && longitude <= east : longitude >= west || longitude <= east;
    }
}
