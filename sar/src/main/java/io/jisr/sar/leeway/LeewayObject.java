package io.jisr.sar.leeway;

import java.util.Objects;

/**
 * One Leeway search-object category: what drifts (a person in the water, a life raft, a skiff, ...) and
 * its coefficients downwind and crosswind, for objects diverging to the right and to the left of downwind.
 *
 * @param id category number, 1-based, as OpenDrift's {@code object_type}
 * @param key short key such as {@code PIW-1} or {@code SKIFF-2}
 * @param level 0 for a main class (mean values), 1–3 for sub-classes
 * @param description the category's description
 * @param downwind the downwind component
 * @param crosswindRight the crosswind component of objects diverging to the right of downwind
 * @param crosswindLeft the crosswind component of objects diverging to the left (slope normally negative)
 */
public record LeewayObject(
        int id,
        String key,
        int level,
        String description,
        LeewayCoefficients downwind,
        LeewayCoefficients crosswindRight,
        LeewayCoefficients crosswindLeft) {

    /** Checks the fields. */
    public LeewayObject {
        if (id < 1) {
            throw new IllegalArgumentException("Leeway object id must be at least 1, was " + id);
        }
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(downwind, "downwind");
        Objects.requireNonNull(crosswindRight, "crosswindRight");
        Objects.requireNonNull(crosswindLeft, "crosswindLeft");
        if (key.isBlank()) {
            throw new IllegalArgumentException("Leeway object " + id + " has a blank key");
        }
        if (level < 0 || level > 3) {
            throw new IllegalArgumentException("Leeway object level must be 0 to 3, was " + level);
        }
    }

    /** Returns the crosswind coefficients of one side. */
    public LeewayCoefficients crosswind(Side side) {
        return side == Side.RIGHT ? crosswindRight : crosswindLeft;
    }

    /** Which set of crosswind coefficients a particle uses. */
    public enum Side {
        /** The table's "right of downwind" coefficients ({@code cwr_*}). */
        RIGHT,
        /** The table's "left of downwind" coefficients ({@code cwl_*}). */
        LEFT;

        /** Returns the other side: what a jibe changes to. */
        public Side other() {
            return this == RIGHT ? LEFT : RIGHT;
        }
    }
}
