package io.jisr.picture;

import io.jisr.ais.message.Position;

/**
 * Distances on a sphere of the mean Earth radius, for hot loops (plausibility checks, nearest-vessel
 * search) where the 0.5 % error of the spherical model does not matter. Distances shown to people are
 * computed on the ellipsoid elsewhere.
 */
public final class SphericalEarth {
    /** Mean Earth radius in metres (IUGG). */
    public static final double RADIUS_METRES = 6_371_008.8;

    /** Metres in one international nautical mile. */
    public static final double METRES_PER_NAUTICAL_MILE = 1852.0;

    private SphericalEarth() {}

    /** Returns the great-circle distance between two positions in metres (haversine formula). */
    public static double distanceMetres(Position a, Position b) {
        return distanceMetres(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }

    /** Returns the great-circle distance between two coordinate pairs in metres (haversine formula). */
    public static double distanceMetres(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double h = sq(Math.sin(dPhi / 2)) + Math.cos(phi1) * Math.cos(phi2) * sq(Math.sin(dLambda / 2));
        return 2 * RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static double sq(double x) {
        return x * x;
    }
}
