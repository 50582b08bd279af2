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
 * @param updatedAt message time of its latest change
 * @param updates how many detection changes it has absorbed after the first
 * @param situationEnded whether the detection has ended (the alert stays until someone closes it)
 * @param withdrawal why the detection was withdrawn, when later data showed it was not real
 * @param notes the comments given on acknowledging and closing, oldest first
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
        List<Note> notes) {

    /**
     * A comment on a lifecycle step.
     *
     * @param at when (message time of the step)
     * @param state the state the step led to
     * @param text the comment
     */
    public record Note(Instant at, AlertState state, String text) {}

    /** Copies the notes. */
    public Alert {
        notes = List.copyOf(notes);
    }

    /** Returns whether later data withdrew the detection. */
    public boolean isWithdrawn() {
        return withdrawal.isPresent();
    }
}
