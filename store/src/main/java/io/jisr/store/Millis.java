package io.jisr.store;

import java.time.Instant;

/** Epoch milliseconds as history stores them, saturating where an instant is beyond a {@code long}. */
final class Millis {
    private Millis() {}

    /** Returns the latest millisecond not after {@code t}. */
    static long floor(Instant t) {
        try {
            return t.toEpochMilli();
        } catch (ArithmeticException e) {
            return t.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** Returns the earliest millisecond not before {@code t}. */
    static long ceil(Instant t) {
        long floor = floor(t);
        return t.getNano() % 1_000_000 != 0 && floor != Long.MAX_VALUE && floor != Long.MIN_VALUE ? floor + 1 : floor;
    }

    /** Returns {@code ms - span}, or {@code Long.MIN_VALUE} if that is smaller. */
    static long minus(long ms, long span) {
        return ms < Long.MIN_VALUE + span ? Long.MIN_VALUE : ms - span;
    }
}
