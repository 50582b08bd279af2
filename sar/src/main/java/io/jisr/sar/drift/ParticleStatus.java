package io.jisr.sar.drift;

/** What a particle is doing at an output time. */
public enum ParticleStatus {
    /** Drifting. */
    ACTIVE,
    /** Reached land and stopped there. */
    STRANDED,
    /** Drifted out of the wind or current field's area and stopped at its last position inside. */
    OUTSIDE,
    /** Seeded along a line whose time for it has not come yet; it waits at its seed position. */
    NOT_RELEASED;

    static final ParticleStatus[] VALUES = values();
}
