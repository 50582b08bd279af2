package io.jisr.incident.workflow;

/** How two reports relate. */
public enum LinkKind {
    /** Both report the same event (for example one from each partner); symmetric. */
    SAME_EVENT,
    /** The first report follows up the second (a later development of the same situation); directed, never circular. */
    FOLLOW_UP
}
