package io.jisr.picture;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The receivers that heard a station and when each last did, at most {@value #MAX_RECEIVERS}: the
 * least recent is forgotten first. Immutable; an update returns a new value, or the same one when
 * nothing changed.
 */
public final class HeardBy {
    /*
     * Implementation note: two small parallel arrays instead of a map. The picture replaces this on
     * almost every report, so copying eight slots is the cost that matters; a LinkedHashMap plus
     * Map.copyOf per report made applying a report several times slower (PictureBenchmark).
     */

    /** The most receivers remembered per station. */
    public static final int MAX_RECEIVERS = 8;

    /** Nobody yet. */
    public static final HeardBy NONE = new HeardBy(new String[0], new long[0]);

    private final String[] receivers;
    private final long[] lastMillis;

    private HeardBy(String[] receivers, long[] lastMillis) {
        this.receivers = receivers;
        this.lastMillis = lastMillis;
    }

    /** Builds the value from a map, as storage keeps it; keeps the most recent {@value #MAX_RECEIVERS}. */
    public static HeardBy of(Map<String, Instant> heard) {
        HeardBy result = NONE;
        for (Map.Entry<String, Instant> e :
                heard.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList()) {
            result = result.with(e.getKey(), e.getValue());
        }
        return result;
    }

    /** Returns this with {@code receiver} heard at {@code time}; the same instance when that adds nothing. */
    public HeardBy with(String receiver, Instant time) {
        long millis = time.toEpochMilli();
        for (int i = 0; i < receivers.length; i++) {
            if (receivers[i].equals(receiver)) {
                if (millis <= lastMillis[i]) {
                    return this;
                }
                long[] times = lastMillis.clone();
                times[i] = millis;
                return new HeardBy(receivers, times);
            }
        }
        if (receivers.length < MAX_RECEIVERS) {
            String[] names = Arrays.copyOf(receivers, receivers.length + 1);
            long[] times = Arrays.copyOf(lastMillis, lastMillis.length + 1);
            names[names.length - 1] = receiver;
            times[times.length - 1] = millis;
            return new HeardBy(names, times);
        }
        int oldest = 0;
        for (int i = 1; i < lastMillis.length; i++) {
            if (lastMillis[i] < lastMillis[oldest]) {
                oldest = i;
            }
        }
        if (millis <= lastMillis[oldest]) {
            return this;
        }
        String[] names = receivers.clone();
        long[] times = lastMillis.clone();
        names[oldest] = receiver;
        times[oldest] = millis;
        return new HeardBy(names, times);
    }

    /** Returns the receivers with the time each last heard the station. */
    public Map<String, Instant> asMap() {
        Map<String, Instant> map = new LinkedHashMap<>();
        for (int i = 0; i < receivers.length; i++) {
            map.put(receivers[i], Instant.ofEpochMilli(lastMillis[i]));
        }
        return map;
    }

    /** Returns how many receivers are remembered. */
    public int size() {
        return receivers.length;
    }

    /** Returns the {@code i}-th receiver remembered ({@code 0 <= i < size()}), in no particular order. */
    public String receiver(int i) {
        return receivers[i];
    }

    /**
     * Returns when the {@code i}-th receiver last heard the station, in epoch milliseconds: read without
     * allocating, for consumers that look at every report (the gap detector's footprints).
     */
    public long lastHeardMillis(int i) {
        return lastMillis[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeardBy other && asMap().equals(other.asMap());
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
