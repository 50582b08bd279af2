package io.jisr.sar.plan;

/** The nautical units search planning counts in. */
public final class Nautical {
    /** One international nautical mile, metres. */
    public static final double METRES_PER_NAUTICAL_MILE = 1852.0;

    private Nautical() {}

    /** Returns metres in nautical miles. */
    public static double toNauticalMiles(double metres) {
        return metres / METRES_PER_NAUTICAL_MILE;
    }

    /** Returns nautical miles in metres. */
    public static double toMetres(double nauticalMiles) {
        return nauticalMiles * METRES_PER_NAUTICAL_MILE;
    }
}
