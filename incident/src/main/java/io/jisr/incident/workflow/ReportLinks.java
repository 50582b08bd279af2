package io.jisr.incident.workflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The links between reports, immutable, with the rules a new link must keep: no link from a report to
 * itself, no second link between the same two reports (in either direction, whatever the kind: two
 * reports are the same event or one follows the other, not both), and no circle of follow-ups.
 */
public record ReportLinks(List<ReportLink> links) {
    /** No links. */
    public static final ReportLinks NONE = new ReportLinks(List.of());

    /** Copies the list. */
    public ReportLinks {
        links = List.copyOf(links);
    }

    /** The outcome of adding a link: the new set of links, or the reason it was refused. */
    public sealed interface Change {
        /** The link was added. */
        record Added(ReportLinks links) implements Change {}

        /** The link was refused; nothing changed. */
        record Refused(String reason) implements Change {}
    }

    /** Adds a link if it keeps the rules. */
    public Change add(ReportLink link) {
        if (link.from().equals(link.to())) {
            return new Change.Refused("report " + link.from() + " cannot be linked to itself");
        }
        for (ReportLink existing : links) {
            if (existing.joins(link.from(), link.to())) {
                return new Change.Refused("reports " + link.from() + " and " + link.to() + " are already linked ("
                        + existing.from() + " " + existing.kind() + " " + existing.to() + ")");
            }
        }
        if (link.kind() == LinkKind.FOLLOW_UP && followsUp(link.to(), link.from())) {
            return new Change.Refused("report " + link.to() + " already follows up " + link.from()
                    + " through other reports; a follow-up cannot go round in a circle");
        }
        List<ReportLink> next = new ArrayList<>(links);
        next.add(link);
        return new Change.Added(new ReportLinks(next));
    }

    /** Removes a link between the two reports, if there is one. */
    public ReportLinks remove(String a, String b) {
        return new ReportLinks(links.stream().filter(l -> !l.joins(a, b)).toList());
    }

    /** Returns the links that touch this report, either end. */
    public List<ReportLink> of(String id) {
        return links.stream()
                .filter(l -> l.from().equals(id) || l.to().equals(id))
                .toList();
    }

    /** Returns whether {@code later} follows up {@code earlier} directly or through other follow-ups. */
    public boolean followsUp(String later, String earlier) {
        Deque<String> todo = new ArrayDeque<>(List.of(later));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String at = todo.pop();
            if (!seen.add(at)) {
                continue;
            }
            for (ReportLink l : links) {
                if (l.kind() == LinkKind.FOLLOW_UP && l.from().equals(at)) {
                    if (l.to().equals(earlier)) {
                        return true;
                    }
                    todo.push(l.to());
                }
            }
        }
        return false;
    }
}
