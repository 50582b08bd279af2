package io.jisr.detect.alert;

import io.jisr.detect.Detection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One alert: one situation that a rule chose, as it stands now. Immutable; the {@link AlertBook}
 * replaces it on every change.
 *
 * @param id the alert's identity within its book
 * @param situation the key that merges repeated detections of one situation into this alert
 * @param rule the name of the rule that raised it (the most severe one that matched)
 * @param severity its severity
 * @param state where it is in its lifecycle
 * @param detection the latest version of the detection
 * @param raisedAt message time it was raised
 * @param updatedAt time of its latest change: message time for detection changes, wall-clock time for
 *     lifecycle steps
 * @param updates how many detection changes it has absorbed after the first
 * @param situationEnded whether the detection has ended (the alert stays until someone closes it)
 * @param withdrawal why the detection was withdrawn, when later data showed it was not real
 * @param notes the comments given on acknowledging and closing, oldest first
 * @param source where a partner's alert came from; empty for an alert raised on this node
 */
public record Alert(
        String id,
        String situation,
        String rule,
        Severity severity,
        AlertState state,
        Detection detection,
        Instant raisedAt,
        Instant updatedAt,
        int updates,
        boolean situationEnded,
        Optional<String> withdrawal,
        List<Note> notes,
        Optional<Source> source) {

    /**
     * A comment on a lifecycle step.
     *
     * @param at when (the wall-clock time of the step: a person acted, not a message)
     * @param state the state the step led to
     * @param by who took the step (a username)
     * @param text the comment
     */
    public record Note(Instant at, AlertState state, String by, String text) {}

    /**
     * Where a partner's alert came from: the partner's nation and node, the alert's id and version there,
     * the marking it was released under, and when this node received that version.
     *
     * @param nation the partner's nation, ISO 3166-1 alpha-3
     * @param node the partner's node that raised it
     * @param originId the alert's id on that node
     * @param version the version received (1 for the alert as raised, one more per detection change)
     * @param marking the releasability marking it came under
     * @param receivedAt when this node received that version (wall-clock time)
     */
    public record Source(
            String nation, String node, String originId, int version, String marking, Instant receivedAt) {}

    /** Copies the notes. */
    public Alert {
        notes = List.copyOf(notes);
    }

    /** An alert raised on this node (no {@link Source}). */
    public Alert(
            String id,
            String situation,
            String rule,
            Severity severity,
            AlertState state,
            Detection detection,
            Instant raisedAt,
            Instant updatedAt,
            int updates,
            boolean situationEnded,
            Optional<String> withdrawal,
            List<Note> notes) {
        this(
                id,
                situation,
                rule,
                severity,
                state,
                detection,
                raisedAt,
                updatedAt,
                updates,
                situationEnded,
                withdrawal,
                notes,
                Optional.empty());
    }

    /** Returns whether the alert was raised by a partner's node and received here. */
    public boolean isFromPartner() {
        return source.isPresent();
    }

    /** Returns the sequence number in an id made by {@link AlertBook} ({@code alert-17} → 17), or 0. */
    public long sequence() {
        if (!id.startsWith("alert-")) {
            return 0;
        }
        try {
            return Long.parseLong(id.substring("alert-".length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Returns whether later data withdrew the detection. */
    public boolean isWithdrawn() {
        return withdrawal.isPresent();
    }
}
