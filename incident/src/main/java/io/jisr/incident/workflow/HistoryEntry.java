package io.jisr.incident.workflow;

import java.time.Instant;

/**
 * One step in a report's history: which version, what was done, by whom, when, and the note (the
 * reason of a revision or rejection; empty otherwise).
 */
public record HistoryEntry(int version, Action action, String by, Instant at, String note) {

    /** The steps of the review workflow. */
    public enum Action {
        CREATED,
        REVISED,
        SUBMITTED,
        WITHDRAWN,
        CONFIRMED,
        REJECTED,
        PUBLISHED,
        /** A version published by a partner's node and received here. */
        RECEIVED
    }
}
