package io.jisr.exchange.agreement;

import java.util.Objects;

/**
 * One difference between two versions of an agreement, for the audit and for the reviewer.
 *
 * @param where the place ({@code status}, {@code annexes[A1].delay}); annexes by id, parties by nation
 * @param before the old value as text, empty when the thing was added
 * @param after the new value as text, empty when the thing was removed
 */
public record AgreementChange(String where, String before, String after) {

    /** Checks that nothing is missing. */
    public AgreementChange {
        Objects.requireNonNull(where, "where must not be null");
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(after, "after must not be null");
    }

    @Override
    public String toString() {
        if (before.isEmpty()) {
            return where + ": added " + after;
        }
        if (after.isEmpty()) {
            return where + ": removed " + before;
        }
        return where + ": " + before + " -> " + after;
    }
}
