package io.jisr.detect;

/**
 * Thresholds of the port visit detector, after Global Fishing Watch's port visits: entry within 3 km
 * of a port or anchorage, exit beyond 4 km; stopped below 0.2 knots, moving again above 0.5 knots.
 *
 * @param entryMetres a report this close to a port opens a visit
 * @param exitMetres a report farther than this from the visited port closes it
 * @param stoppedKnots a report slower than this inside the visit marks the stop
 * @param movingKnots a report faster than this after the stop marks the vessel moving again
 */
public record PortVisitSettings(double entryMetres, double exitMetres, double stoppedKnots, double movingKnots) {

    /** The GFW thresholds. */
    public static final PortVisitSettings DEFAULTS = new PortVisitSettings(3_000, 4_000, 0.2, 0.5);

    /** Checks that exit lies beyond entry and moving above stopped (the hysteresis that avoids flapping). */
    public PortVisitSettings {
        if (!(entryMetres > 0 && exitMetres >= entryMetres)) {
            throw new IllegalArgumentException("port exit distance must be at least the entry distance, were "
                    + entryMetres + " and " + exitMetres);
        }
        if (!(stoppedKnots >= 0 && movingKnots >= stoppedKnots)) {
            throw new IllegalArgumentException(
                    "moving speed must be at least the stopped speed, were " + stoppedKnots + " and " + movingKnots);
        }
    }
}
