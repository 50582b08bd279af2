package io.jisr.detect;

/**
 * A 64-hour reception history in one {@code long}: bit {@code i} set means reception in hour {@code
 * latest - i}, where {@code latest} (hours since the epoch) is kept beside it. Shared by the coverage
 * map and the receivers' footprints, which both ask "in how many recent hours was this cell heard?".
 */
final class HourBits {
    private static final long MILLIS_PER_HOUR = 3_600_000L;

    private HourBits() {}

    /** Returns the hour (since the epoch) of a message time. */
    static int hourOf(long epochMillis) {
        return (int) Math.floorDiv(epochMillis, MILLIS_PER_HOUR);
    }

    /** Returns the history after reception in {@code hour}; an empty history ({@code 0}) starts at it. */
    static long recorded(long bits, int latest, int hour) {
        if (bits == 0) {
            return 1;
        }
        if (hour > latest) {
            int shift = hour - latest;
            return (shift >= 64 ? 0 : bits << shift) | 1;
        }
        return latest - hour < 64 ? bits | (1L << (latest - hour)) : bits;
    }

    /** Returns the latest hour after reception in {@code hour}. */
    static int latestAfter(long bits, int latest, int hour) {
        return bits == 0 ? hour : Math.max(latest, hour);
    }

    /** Returns in how many of the {@code windowHours} hours before {@code hour} the history had reception. */
    static int hoursWithin(long bits, int latest, int hour, int windowHours) {
        if (bits == 0) {
            return 0;
        }
        int offset = hour - 1 - latest;
        long aligned;
        if (offset >= 0) {
            aligned = offset >= 64 ? 0 : bits << offset;
        } else {
            aligned = -offset >= 64 ? 0 : bits >>> -offset;
        }
        long windowMask = (1L << windowHours) - 1;
        return Long.bitCount(aligned & windowMask);
    }
}
