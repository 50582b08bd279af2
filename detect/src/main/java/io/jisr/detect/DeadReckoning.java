package io.jisr.detect;

import io.jisr.picture.SphericalEarth;

/** Where a vessel would be after sailing a straight course at constant speed, on a sphere. */
final class DeadReckoning {
    private DeadReckoning() {}

    /**
     * Writes the latitude and longitude reached from a start after {@code metres} along {@code
     * courseDegrees} into {@code out[0]} and {@code out[1]} (great-circle destination formula).
     */
    static void destination(double latitude, double longitude, double courseDegrees, double metres, double[] out) {
        double delta = metres / SphericalEarth.RADIUS_METRES;
        double phi1 = Math.toRadians(latitude);
        double lambda1 = Math.toRadians(longitude);
        double theta = Math.toRadians(courseDegrees);
        double sinPhi2 = Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta);
        double phi2 = Math.asin(Math.clamp(sinPhi2, -1, 1));
        double lambda2 = lambda1
                + Math.atan2(
                        Math.sin(theta) * Math.sin(delta) * Math.cos(phi1), Math.cos(delta) - Math.sin(phi1) * sinPhi2);
        out[0] = Math.toDegrees(phi2);
        double lon = Math.toDegrees(lambda2);
        out[1] = ((lon + 540) % 360) - 180;
    }

    /** Returns the speed in knots needed to cover {@code metres} in {@code millis}; NaN for no time. */
    static double knots(double metres, long millis) {
        return millis <= 0 ? Double.NaN : (metres / SphericalEarth.METRES_PER_NAUTICAL_MILE) / (millis / 3_600_000.0);
    }
}
