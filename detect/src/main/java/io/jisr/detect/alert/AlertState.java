package io.jisr.detect.alert;

/** Where an alert is in its lifecycle. */
public enum AlertState {
    /** Raised, nobody has looked at it. */
    NEW,
    /** A watch officer has seen it and said so with a comment. */
    ACKNOWLEDGED,
    /** Dealt with; a new detection of the same situation raises a new alert. */
    CLOSED
}
