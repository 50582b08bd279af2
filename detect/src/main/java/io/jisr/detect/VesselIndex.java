package io.jisr.detect;

import java.util.Arrays;

/**
 * One small dense number (a slot) per vessel, shared by the detectors of one {@link DetectorSet}, so
 * that the report of a vessel costs one hash probe for all of them instead of one per detector. Each
 * detector keeps its per-vessel state in a {@link VesselTable}, an array indexed by slot, and holds one
 * bit of the vessel's entry while it has state for it; the slot is freed, and given to the next new
 * vessel, when no detector holds it any more, so memory follows the live traffic as the separate maps'
 * did. Not thread-safe: the engine's one thread feeds every detector.
 */
final class VesselIndex {
    /*
     * Implementation note: open addressing with linear probing, at most half full, two longs per entry
     * in one array: the MMSI and its slot, then the bits of the tables holding state for it. The probe
     * therefore reads one cache line, and a detector with no state for the vessel learns it from the
     * same line without touching its own array. The last lookup is remembered: the detectors ask about
     * the vessel of one event one after the other, so only the first pays the probe. Before this index
     * every detector probed its own MMSI-keyed map, one cache miss each per event (docs/performance.md,
     * "Detections").
     */
    private static final int EMPTY = Integer.MIN_VALUE;
    private static final long EMPTY_ENTRY = (long) EMPTY << 32;
    /** At most this many tables share one index: one bit of an {@code int} each. */
    static final int MAX_TABLES = 32;

    private long[] entries;
    private int mask;
    private int size;
    private int nextSlot;
    private int[] freeSlots = new int[16];
    private int freeCount;
    private int tables;
    private int lastKey = EMPTY;
    private int lastPosition = -1;

    VesselIndex() {
        this(16);
    }

    VesselIndex(int expected) {
        int positions = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        entries = new long[2 * positions];
        clear(entries);
        mask = positions - 1;
    }

    private static void clear(long[] entries) {
        for (int i = 0; i < entries.length; i += 2) {
            entries[i] = EMPTY_ENTRY;
        }
    }

    private static int home(int key, int mask) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    private static int keyOf(long entry) {
        return (int) (entry >> 32);
    }

    /** Returns the bit of a new table over this index. */
    int newTable() {
        if (tables == MAX_TABLES) {
            throw new IllegalStateException("at most " + MAX_TABLES + " tables share one vessel index");
        }
        return 1 << tables++;
    }

    /** Returns the position of {@code key}'s entry (zero or more), or -1 when no table holds it. */
    int find(int key) {
        checkKey(key);
        if (key == lastKey) {
            return lastPosition;
        }
        int p = home(key, mask);
        while (true) {
            int k = keyOf(entries[2 * p]);
            if (k == key) {
                break;
            }
            if (k == EMPTY) {
                p = -1;
                break;
            }
            p = (p + 1) & mask;
        }
        lastKey = key;
        lastPosition = p;
        return p;
    }

    /** Returns the slot of the entry at a position {@link #find} returned. */
    int slotAt(int position) {
        return (int) entries[2 * position];
    }

    /** Returns the bits of the tables holding the entry at a position {@link #find} returned. */
    int holdersAt(int position) {
        return (int) entries[2 * position + 1];
    }

    /** Returns the vessel's slot, giving it one if it has none, and marks it held by table {@code bit}. */
    int claim(int key, int bit) {
        int p = find(key);
        if (p >= 0) {
            entries[2 * p + 1] |= bit;
            return slotAt(p);
        }
        int slot = freeCount > 0 ? freeSlots[--freeCount] : nextSlot++;
        p = home(key, mask);
        while (keyOf(entries[2 * p]) != EMPTY) {
            p = (p + 1) & mask;
        }
        entries[2 * p] = ((long) key << 32) | (slot & 0xFFFF_FFFFL);
        entries[2 * p + 1] = bit;
        lastKey = key;
        lastPosition = p;
        if (++size * 2 > mask + 1) {
            grow();
        }
        return slot;
    }

    /**
     * Marks the entry at {@code position} no longer held by table {@code bit}; when no table holds it,
     * the entry goes and its slot is free for the next new vessel.
     */
    void release(int position, int bit) {
        int holders = holdersAt(position) & ~bit;
        if (holders != 0) {
            entries[2 * position + 1] = holders;
            return;
        }
        if (freeCount == freeSlots.length) {
            freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
        }
        freeSlots[freeCount++] = slotAt(position);
        removeAt(position);
        size--;
        lastKey = EMPTY;
    }

    /** Removes an entry by backward-shift deletion (no tombstones, so probes stay short). */
    private void removeAt(int position) {
        int hole = position;
        for (int j = (position + 1) & mask; keyOf(entries[2 * j]) != EMPTY; j = (j + 1) & mask) {
            int home = home(keyOf(entries[2 * j]), mask);
            boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (movable) {
                entries[2 * hole] = entries[2 * j];
                entries[2 * hole + 1] = entries[2 * j + 1];
                hole = j;
            }
        }
        entries[2 * hole] = EMPTY_ENTRY;
        entries[2 * hole + 1] = 0;
    }

    /** Returns how many vessels some table holds state for. */
    int size() {
        return size;
    }

    private void grow() {
        long[] old = entries;
        entries = new long[old.length * 2];
        clear(entries);
        mask = entries.length / 2 - 1;
        for (int i = 0; i < old.length; i += 2) {
            int k = keyOf(old[i]);
            if (k != EMPTY) {
                int p = home(k, mask);
                while (keyOf(entries[2 * p]) != EMPTY) {
                    p = (p + 1) & mask;
                }
                entries[2 * p] = old[i];
                entries[2 * p + 1] = old[i + 1];
            }
        }
        lastKey = EMPTY;
    }

    private static void checkKey(int key) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("key must not be Integer.MIN_VALUE (the empty marker)");
        }
    }
}
