package io.jisr.sar.plan;

import io.jisr.sar.drift.Position;

/**
 * A named point of a search pattern: the commence search point ({@code CSP}), a turn point ({@code T1},
 * {@code T2}, ...), a pass through the datum ({@code DATUM}) or the end ({@code END}).
 *
 * @param name its name
 * @param position where it is
 */
public record Waypoint(String name, Position position) {
    /** Checks the values. */
    public Waypoint {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a waypoint needs a name");
        }
        if (position == null) {
            throw new IllegalArgumentException("waypoint " + name + " needs a position");
        }
    }
}
