package io.jisr.detect;

import java.time.Instant;

/**
 * What happened to a detection: it was raised, updated, ended or withdrawn. One situation produces
 * one {@link Opened}, any number of {@link Updated}, and then a {@link Closed} or a {@link Withdrawn}
 * (a closed detection can still be withdrawn when late data shows it was not real).
 */
public sealed interface DetectionChange {

    /** Returns the detection as it stands after the change. */
    Detection detection();

    /** Returns the message time (the engine's watermark) at which the change was decided. */
    Instant decidedAt();

    /** A new situation met its detector's definition. */
    record Opened(Detection detection, Instant decidedAt) implements DetectionChange {}

    /** An ongoing situation changed (longer, moved, more known). */
    record Updated(Detection detection, Instant decidedAt) implements DetectionChange {}

    /** The situation ended. */
    record Closed(Detection detection, Instant decidedAt) implements DetectionChange {}

    /**
     * Later data showed the situation did not meet the definition after all.
     *
     * @param reason why, for the alert and the watch officer
     */
    record Withdrawn(Detection detection, Instant decidedAt, String reason) implements DetectionChange {}
}
