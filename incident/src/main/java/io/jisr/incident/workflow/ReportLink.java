package io.jisr.incident.workflow;

import io.jisr.incident.Incident;

/** A link from one report to another: {@code from} is a {@link LinkKind} of {@code to}. */
public record ReportLink(String from, LinkKind kind, String to) {
    /** Checks the identifiers and the kind (self-links are refused by {@link ReportLinks}, as a value). */
    public ReportLink {
        Incident.requireValidId(from);
        Incident.requireValidId(to);
        if (kind == null) {
            throw new IllegalArgumentException("link from " + from + " to " + to + " needs a kind");
        }
    }

    /** Returns whether the link joins these two reports, in either direction. */
    boolean joins(String a, String b) {
        return (from.equals(a) && to.equals(b)) || (from.equals(b) && to.equals(a));
    }
}
