package io.jisr.detect;

import java.util.Arrays;

/**
 * A hash map from {@code int} keys (MMSIs) to {@code long} values (times in milliseconds), with open
 * addressing and linear probing in two primitive arrays: one entry costs 12 bytes of table and no
 * object, where an {@link IntKeyMap} of {@code long[]} costs a reference and a 24-byte array per key.
 * Entries are never removed. Not thread-safe.
 */
final class IntLongMap {
    /*
     * Implementation note: find() returns the slot of a key, or the free slot where it would go encoded
     * as -(slot + 1), so a lookup followed by an insertion or an update probes once. The table is at
     * most half full. Used for ReportThinning's last time per vessel (docs/performance.md).
     */
    private static final int EMPTY = Integer.MIN_VALUE;

    private int[] keys;
    private long[] values;
    private int size;
    private int mask;

    IntLongMap() {
        this(16);
    }

    IntLongMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new int[capacity];
        Arrays.fill(keys, EMPTY);
        values = new long[capacity];
        mask = capacity - 1;
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
            int k = keys[i];
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
        return values[slot];
    }

    /** Replaces the value in a slot that {@link #find} returned as present. */
    void setValueAt(int slot, long value) {
        values[slot] = value;
    }

    /** Inserts {@code key}, absent, at the free slot {@code -(slot + 1)} that {@link #find} just returned for it. */
    void insertAt(int encodedSlot, int key, long value) {
        int i = -encodedSlot - 1;
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
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
        return slot >= 0 ? values[slot] : absent;
    }

    /** Sets the value of {@code key}. */
    void put(int key, long value) {
        int slot = find(key);
        if (slot >= 0) {
            values[slot] = value;
        } else {
            insertAt(slot, key, value);
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        int[] oldKeys = keys;
        long[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new long[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            int k = oldKeys[i];
            if (k != EMPTY) {
                int j = home(k, mask);
                while (keys[j] != EMPTY) {
                    j = (j + 1) & mask;
                }
                keys[j] = k;
                values[j] = oldValues[i];
            }
        }
    }

    private static void checkKey(int key) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("key must not be Integer.MIN_VALUE (the empty marker)");
        }
    }
}
