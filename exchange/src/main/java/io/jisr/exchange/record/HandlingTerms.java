package io.jisr.exchange.record;

import io.jisr.exchange.Nation;
import io.jisr.exchange.ReleasabilityMarking;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The terms a released record travels under: set by the releasing node's policy from the annex, and
 * binding on the receiver.
 *
 * @param marking who may hold it
 * @param retention how long the receiver may keep it, from receipt
 * @param onwardReleaseTo the third nations the receiver may pass it on to; empty forbids onward release
 * @param grant the annex that released it
 */
public record HandlingTerms(
        ReleasabilityMarking marking, Duration retention, Set<Nation> onwardReleaseTo, ReleaseGrant grant) {

    /** Checks that nothing is missing and copies the set. */
    public HandlingTerms {
        Objects.requireNonNull(marking, "marking must not be null");
        Objects.requireNonNull(retention, "retention must not be null");
        onwardReleaseTo = Collections.unmodifiableSortedSet(new TreeSet<>(onwardReleaseTo));
        Objects.requireNonNull(grant, "grant must not be null");
    }

    /** Until when a receiver that got the record at {@code receivedAt} may keep it. */
    public Instant keepUntil(Instant receivedAt) {
        return receivedAt.plus(retention);
    }
}
