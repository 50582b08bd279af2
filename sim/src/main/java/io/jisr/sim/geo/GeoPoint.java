package io.jisr.sim.geo;

/**
 * A point on the WGS84 ellipsoid, treated as a sphere for the simulator's short legs.
 *
 * @param lat latitude in decimal degrees, -90 to 90
 * @param lon longitude in decimal degrees, -180 to 180
 */
public record GeoPoint(double lat, double lon) {
    /** Mean Earth radius in nautical miles (6,371,008.8 m / 1,852 m). */
    public static final double EARTH_RADIUS_NM = 6_371_008.8 / 1852.0;

    /** Checks the coordinates. */
    public GeoPoint {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("latitude must be within -90..90 degrees, was " + lat);
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("longitude must be within -180..180 degrees, was " + lon);
        }
    }

    /** Returns the point at these coordinates. */
    public static GeoPoint of(double lat, double lon) {
        return new GeoPoint(lat, lon);
    }

    /** Returns the great-circle distance to {@code other} in nautical miles (haversine). */
    public double distanceNm(GeoPoint other) {
        double p1 = Math.toRadians(lat);
        double p2 = Math.toRadians(other.lat);
        double dp = p2 - p1;
        double dl = Math.toRadians(other.lon - lon);
        double h =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_NM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Returns the initial great-circle bearing to {@code other}, 0 to 360 degrees from true north. */
    public double bearingTo(GeoPoint other) {
        double p1 = Math.toRadians(lat);
        double p2 = Math.toRadians(other.lat);
        double dl = Math.toRadians(other.lon - lon);
        double y = Math.sin(dl) * Math.cos(p2);
        double x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl);
        return (Math.toDegrees(Math.atan2(y, x)) + 360) % 360;
    }

    /** Returns the point reached by going {@code distanceNm} along the great circle at {@code bearingDegrees}. */
    public GeoPoint destination(double bearingDegrees, double distanceNm) {
        double d = distanceNm / EARTH_RADIUS_NM;
        double b = Math.toRadians(bearingDegrees);
        double p1 = Math.toRadians(lat);
        double l1 = Math.toRadians(lon);
        double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
        double l2 =
                l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
        return new GeoPoint(Math.toDegrees(p2), ((Math.toDegrees(l2) + 540) % 360) - 180);
    }

    /**
     * Returns the point a fraction {@code t} of the way to {@code other}, interpolating the
     * coordinates linearly: on the simulator's legs (tens of miles, mid-latitudes) this differs from
     * the rhumb line by metres, and it is what the land check samples.
     */
    public GeoPoint towards(GeoPoint other, double t) {
        return new GeoPoint(lat + (other.lat - lat) * t, lon + (other.lon - lon) * t);
    }
}
