package io.jisr.picture;

import io.jisr.ais.message.Position;

/**
 * A latitude/longitude rectangle. When {@code west > east} the box crosses the antimeridian (for
 * example west 170, east -170 covers 20 degrees of longitude around 180).
 *
 * @param south southern edge, degrees, -90 to 90
 * @param west western edge, degrees, -180 to 180
 * @param north northern edge, degrees, at least {@code south}
 * @param east eastern edge, degrees, -180 to 180
 */
public record BoundingBox(double south, double west, double north, double east) {

    /** The whole world. */
    public static final BoundingBox WORLD = new BoundingBox(-90, -180, 90, 180);

    /** Checks the edges. */
    public BoundingBox {
        if (!(south >= -90 && north <= 90 && south <= north)) {
            throw new IllegalArgumentException(
                    "bounding box latitudes must satisfy -90 <= south <= north <= 90, were south " + south + ", north "
                            + north);
        }
        if (!(west >= -180 && west <= 180 && east >= -180 && east <= 180)) {
            throw new IllegalArgumentException(
                    "bounding box longitudes must be within -180..180, were west " + west + ", east " + east);
        }
    }

    /** Returns whether the box crosses the antimeridian. */
    public boolean crossesAntimeridian() {
        return west > east;
    }

    /** Returns whether the position lies inside the box (edges included). */
    public boolean contains(Position p) {
        return contains(p.latitude(), p.longitude());
    }

    /** Returns whether the coordinates lie inside the box (edges included). */
    public boolean contains(double latitude, double longitude) {
        if (latitude < south || latitude > north) {
            return false;
        }
        return crossesAntimeridian() ? longitude >= west || longitude <= east : longitude >= west && longitude <= east;
    }
}
