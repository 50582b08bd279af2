package io.jisr.detect;

import java.util.Arrays;

/**
 * A one-sided filter in front of a {@link VesselTable} (before it, an {@link IntKeyMap}) keyed by MMSI: a
 * clear bit means "surely not in the table", so the report of a vessel a detector keeps nothing for costs
 * a bit test in 128 kB, which stays in cache, instead of a probe of the index of every vessel, which does
 * not (when the detector runs alone; in a {@link DetectorSet} an earlier detector has paid that probe).
 * Not thread-safe.
 */
final class IntKeyFilter {
    /*
     * Implementation note: the per-vessel maps of the detectors were the largest cost per event
     * (IntKeyMap.get took a third of the samples of DetectionCpuCost under JFR, nearly all cache misses),
     * and most vessels have no entry in most of them (under way, outside zones). Used where it was
     * measured to pay (encounter and zone detectors); in the loitering and port-visit detectors it
     * gained nothing measurable, their cost being elsewhere (shore distance, nearest port). A set bit may
     * be stale (the entry was removed) or shared by another key; that only costs the lookup it would have
     * cost anyway. clear() and re-marking the live keys empties it of stale bits.
     */
    private static final int BITS = 20;
    private final long[] words = new long[1 << (BITS - 6)];

    private static int bitOf(int key) {
        return (key * 0x9E3779B9) >>> (32 - BITS);
    }

    /** Returns false only if {@code key} was never marked since the last clear. */
    boolean mayContain(int key) {
        int bit = bitOf(key);
        return (words[bit >>> 6] & (1L << bit)) != 0;
    }

    /** Marks {@code key} as possibly present. */
    void mark(int key) {
        int bit = bitOf(key);
        words[bit >>> 6] |= 1L << bit;
    }

    /** Forgets every mark. */
    void clear() {
        Arrays.fill(words, 0);
    }
}
