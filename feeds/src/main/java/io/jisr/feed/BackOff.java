package io.jisr.feed;

import java.time.Duration;

/** Capped exponential back-off: {@code initial}, then double each time up to {@code max}, until reset. */
final class BackOff {
    private final Duration initial;
    private final Duration max;
    private Duration next;

    BackOff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    /** Returns the wait before the next attempt and doubles the one after, up to the cap. */
    Duration next() {
        Duration wait = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return wait;
    }

    /** Starts again from the initial wait: the last attempt was healthy. */
    void reset() {
        next = initial;
    }
}
