package io.jisr.programme;

/** Where an action item stands. */
public enum ActionStatus {
    /** Not started. */
    OPEN,
    /** Being worked on. */
    IN_PROGRESS,
    /** Finished. */
    DONE,
    /** Dropped; no longer expected. */
    CANCELLED;

    /** Returns whether the item still has to be done (open or in progress). */
    public boolean isPending() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
