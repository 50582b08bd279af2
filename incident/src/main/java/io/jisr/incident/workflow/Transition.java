package io.jisr.incident.workflow;

/** The outcome of a workflow step asked of an {@link IncidentRecord}: done with the new record, or refused with the reason. */
public sealed interface Transition {

    /** The step was taken; this is the record after it. */
    record Done(IncidentRecord record) implements Transition {}

    /** The step was refused; nothing changed. The reason is a sentence for the analyst. */
    record Refused(String reason) implements Transition {}
}
