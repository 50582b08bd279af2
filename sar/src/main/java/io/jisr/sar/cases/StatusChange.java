package io.jisr.sar.cases;

/** The outcome of asking a case to move to another status: moved, or refused with the reason. */
public sealed interface StatusChange {

    /**
     * The case moved.
     *
     * @param sarCase the case in its new status, with the change logged
     */
    record Moved(SarCase sarCase) implements StatusChange {}

    /**
     * The lifecycle does not allow the move.
     *
     * @param reason why, naming both statuses
     */
    record Refused(String reason) implements StatusChange {}
}
