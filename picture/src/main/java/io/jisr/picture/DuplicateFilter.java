package io.jisr.picture;

import io.jisr.ais.message.AisMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Recognises the same transmission heard by several receivers: an identical message (every field
 * equal, so the same MMSI, type, position, time stamp and radio state) within a short window of
 * message time. Not thread-safe: it belongs to the single thread that applies observations.
 */
public final class DuplicateFilter {
    /*
     * Implementation note: a transmission is identified by the decoded message's equality, which
     * covers every bit that was on the air except spare bits. Two different reports of one vessel
     * differ at least in the time stamp or the radio communication state, which changes every frame,
     * so equal messages within seconds are copies. The window is measured in message time so that a
     * replay at any speed finds the same duplicates; entries are evicted once the newest time seen
     * has moved past them.
     */

    private final long windowMillis;
    private final Map<AisMessage, Long> seen = new HashMap<>();
    private final ArrayDeque<Map.Entry<AisMessage, Long>> order = new ArrayDeque<>();
    private long newestMillis = Long.MIN_VALUE;
    private long duplicates;

    /** Creates a filter that treats equal messages within {@code window} as one transmission. */
    public DuplicateFilter(Duration window) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("duplicate window must not be negative, was " + window);
        }
        this.windowMillis = window.toMillis();
    }

    /** Returns true for the first copy of a transmission and false for every further copy within the window. */
    public boolean isFirstCopy(AisMessage message, Instant time) {
        long millis = time.toEpochMilli();
        if (millis > newestMillis) {
            newestMillis = millis;
            evict();
        }
        Long previous = seen.get(message);
        if (previous != null && Math.abs(millis - previous) <= windowMillis) {
            duplicates++;
            return false;
        }
        seen.put(message, millis);
        order.addLast(Map.entry(message, millis));
        return true;
    }

    /** Returns how many copies were recognised since creation. */
    public long duplicates() {
        return duplicates;
    }

    /** Returns how many transmissions are remembered. */
    public int remembered() {
        return seen.size();
    }

    private void evict() {
        while (!order.isEmpty() && order.peekFirst().getValue() < newestMillis - windowMillis) {
            Map.Entry<AisMessage, Long> oldest = order.pollFirst();
            // Only forget the message if no newer copy re-registered it.
            seen.remove(oldest.getKey(), oldest.getValue());
        }
    }
}
