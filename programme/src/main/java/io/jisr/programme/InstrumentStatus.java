package io.jisr.programme;

/** Where an instrument stands on a given day; always derived from its dates, never stored. */
public enum InstrumentStatus {
    /** Not signed yet, or the day is before the signature. */
    DRAFT,
    /** Signed, but not yet in force on that day. */
    SIGNED,
    /** In force on that day. */
    IN_FORCE,
    /** Its term ran out (no renewal, or denounced in time). */
    EXPIRED,
    /** Ended early by the parties (mutual consent, or denunciation with immediate effect). */
    TERMINATED
}
