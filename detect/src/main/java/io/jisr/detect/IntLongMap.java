package io.jisr.detect;

/**
 * A hash map from {@code int} keys (MMSIs) to {@code long} values (times in milliseconds), with open
 * addressing and linear probing in one primitive array: one entry costs 16 bytes of table and no
 * object, where an {@link IntKeyMap} of {@code long[]} costs a reference and a 24-byte array per key.
 * Entries are never removed. Not thread-safe.
 */
final class IntLongMap {
    /*
     * Implementation note: find() returns the slot of a key, or the free slot where it would go encoded
     * as -(slot + 1), so a lookup followed by an insertion or an update probes once. The table is at
     * most half full. Key and value sit side by side in one long[] (the key in entry 2i, the value in
     * 2i + 1), so a probe that finds its key reads one cache line where two arrays cost two misses.
     * Used for ReportThinning's last time per vessel (docs/performance.md).
     */
    private static final int EMPTY = Integer.MIN_VALUE;

    private long[] entries;
    private int size;
    private int mask;

    IntLongMap() {
        this(16);
    }

    IntLongMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        entries = emptyEntries(capacity);
        mask = capacity - 1;
    }

    private static long[] emptyEntries(int capacity) {
        long[] entries = new long[2 * capacity];
        for (int i = 0; i < entries.length; i += 2) {
            entries[i] = EMPTY;
        }
        return entries;
    }

    private static int home(int key, int mask) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    /**
     * Returns the slot holding {@code key} (zero or more), or {@code -(slot + 1)} for the free slot where
     * {@link #insertAt} would put it. The slot is valid until the next insertion.
     */
    int find(int key) {
        checkKey(key);
        for (int i = home(key, mask); ; i = (i + 1) & mask) {
            int k = (int) entries[2 * i];
            if (k == key) {
                return i;
            }
            if (k == EMPTY) {
                return -(i + 1);
            }
        }
    }

    /** Returns the value in a slot that {@link #find} returned as present. */
    long valueAt(int slot) {
        return entries[2 * slot + 1];
    }

    /** Replaces the value in a slot that {@link #find} returned as present. */
    void setValueAt(int slot, long value) {
        entries[2 * slot + 1] = value;
    }

    /** Inserts {@code key}, absent, at the free slot {@code -(slot + 1)} that {@link #find} just returned for it. */
    void insertAt(int encodedSlot, int key, long value) {
        int i = -encodedSlot - 1;
        entries[2 * i] = key;
        entries[2 * i + 1] = value;
        if (++size * 2 > mask + 1) {
            grow();
        }
    }

    /** Returns whether {@code key} is present. */
    boolean containsKey(int key) {
        return find(key) >= 0;
    }

    /** Returns the value of {@code key}, or {@code absent} when it has none. */
    long get(int key, long absent) {
        int slot = find(key);
        return slot >= 0 ? valueAt(slot) : absent;
    }

    /** Sets the value of {@code key}. */
    void put(int key, long value) {
        int slot = find(key);
        if (slot >= 0) {
            setValueAt(slot, value);
        } else {
            insertAt(slot, key, value);
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = entries;
        int capacity = old.length; // twice the old capacity
        entries = emptyEntries(capacity);
        mask = capacity - 1;
        for (int i = 0; i < old.length; i += 2) {
            int k = (int) old[i];
            if (k != EMPTY) {
                int j = home(k, mask);
                while ((int) entries[2 * j] != EMPTY) {
                    j = (j + 1) & mask;
                }
                entries[2 * j] = k;
                entries[2 * j + 1] = old[i + 1];
            }
        }
    }

    private static void checkKey(int key) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("key must not be Integer.MIN_VALUE (the empty marker)");
        }
    }
}
