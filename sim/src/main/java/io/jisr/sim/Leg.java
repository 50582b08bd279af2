package io.jisr.sim;

import io.jisr.ais.message.NavigationStatus;
import io.jisr.sim.geo.GeoPoint;

/**
 * One piece of a voyage over a span of simulated time: a straight run between two points, or a
 * stay at one point (at anchor, moored, drifting). A stay's {@code from} and {@code to} may differ
 * slightly to model a drift.
 *
 * @param from where the leg starts
 * @param to where it ends
 * @param startMillis when it starts, epoch milliseconds of simulated time
 * @param endMillis when it ends, after {@code startMillis}
 * @param status the navigational status reported along it
 */
public record Leg(GeoPoint from, GeoPoint to, long startMillis, long endMillis, NavigationStatus status) {

    /** Checks the times. */
    public Leg {
        if (endMillis <= startMillis) {
            throw new IllegalArgumentException(
                    "a leg must end after it starts, was " + startMillis + " to " + endMillis + " ms");
        }
    }

    /** Returns the speed over ground in knots. */
    public double speedKnots() {
        return from.distanceNm(to) / ((endMillis - startMillis) / 3_600_000.0);
    }

    /** Returns the course over ground in degrees, or 0 for a leg that does not move. */
    public double courseDegrees() {
        return from.equals(to) ? 0 : from.bearingTo(to);
    }

    /** Returns the position at {@code millis}, clamped to the leg's span. */
    public GeoPoint positionAt(long millis) {
        double t =
                (double) (Math.min(endMillis, Math.max(startMillis, millis)) - startMillis) / (endMillis - startMillis);
        return from.towards(to, t);
    }
}
