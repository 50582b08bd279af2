package io.jisr.sar.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One action on a case: who did what, when.
 *
 * @param at when
 * @param by the user name of who did it
 * @param action what kind of action
 * @param text what was done, in words (the new position, the drift's figures, the note)
 * @param subject the id of what the action made, such as a drift run or a search plan, when there is one
 */
public record CaseLogEntry(Instant at, String by, CaseAction action, String text, Optional<String> subject) {

    /** Longest text an entry may carry: a note of a few paragraphs. */
    public static final int MAX_TEXT = 4000;

    /** Checks the fields. */
    public CaseLogEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("a case log entry needs who did it, was \"" + by + "\"");
        }
        if (text == null || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a case log entry's text must have at most " + MAX_TEXT
                    + " characters, had " + (text == null ? "none" : text.length()));
        }
    }
}
