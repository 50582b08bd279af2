package io.jisr.sar.plan;

/**
 * One straight leg of a search pattern, between two of its waypoints.
 *
 * @param from where it starts
 * @param to where it ends
 * @param bearingDegrees its course, degrees clockwise from true north
 * @param lengthMetres its length in the pattern's tangent plane
 */
public record Leg(Waypoint from, Waypoint to, double bearingDegrees, double lengthMetres) {
    /** Checks the values. */
    public Leg {
        if (!(lengthMetres > 0)) {
            throw new IllegalArgumentException(
                    "leg " + from.name() + "→" + to.name() + " must be longer than 0 m, was " + lengthMetres);
        }
    }
}
