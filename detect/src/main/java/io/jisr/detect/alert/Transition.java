package io.jisr.detect.alert;

/** The outcome of a lifecycle step asked of the {@link AlertBook}: done, or refused with the reason. */
public sealed interface Transition {

    /** The step was taken. */
    record Done(Alert alert) implements Transition {}

    /** The step was refused; nothing changed. */
    record Refused(String reason) implements Transition {}
}
