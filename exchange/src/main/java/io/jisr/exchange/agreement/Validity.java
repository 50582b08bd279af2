package io.jisr.exchange.agreement;

import java.time.Instant;
import java.util.Objects;

/**
 * When an agreement applies: from {@code from} (inclusive) until {@code until} (exclusive), in UTC.
 * A date in the signed text becomes midnight UTC of that date; the UI shows both.
 *
 * @param from first instant covered
 * @param until first instant no longer covered
 */
public record Validity(Instant from, Instant until) {

    /** Checks that nothing is missing (the order is checked by the validator, with its place). */
    public Validity {
        Objects.requireNonNull(from, "validity start must not be null");
        Objects.requireNonNull(until, "validity end must not be null");
    }

    /** Whether {@code time} falls inside. */
    public boolean covers(Instant time) {
        return !time.isBefore(from) && time.isBefore(until);
    }
}
