package io.jisr.sar.env;

/**
 * A horizontal velocity in m/s: the direction it goes toward (for wind, where the wind blows to, not where
 * it comes from).
 *
 * @param east eastward component, m/s
 * @param north northward component, m/s
 */
public record Vector(double east, double north) {
    /** No movement. */
    public static final Vector ZERO = new Vector(0, 0);

    /** Checks that both components are finite. */
    public Vector {
        if (!Double.isFinite(east) || !Double.isFinite(north)) {
            throw new IllegalArgumentException("velocity components must be finite, were " + east + ", " + north);
        }
    }

    /** Returns the speed in m/s. */
    public double speed() {
        return Math.sqrt(east * east + north * north);
    }

    /** Returns the direction it goes toward, degrees clockwise from true north in [0, 360). */
    public double towardDegrees() {
        double d = Math.toDegrees(Math.atan2(east, north));
        return d < 0 ? d + 360 : d;
    }
}
