package io.jisr.detect;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * A hash map from {@code int} keys (MMSIs, grid cells) to values, with open addressing and linear
 * probing, so that looking a vessel up on every report boxes no {@code Integer}. Not thread-safe.
 */
final class IntKeyMap<V> {
    /*
     * Implementation note: removal uses backward-shift deletion (no tombstones), so probe sequences
     * stay short however many vessels come and go. It spares the Integer that HashMap<Integer, _>
     * boxes per lookup for every MMSI above 127; the gain was not isolated from the machine's noise
     * (docs/performance.md).
     */
    private static final int EMPTY = Integer.MIN_VALUE;

    private int[] keys;
    private Object[] values;
    private int size;
    private int mask;

    IntKeyMap() {
        this(16);
    }

    IntKeyMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new int[capacity];
        Arrays.fill(keys, EMPTY);
        values = new Object[capacity];
        mask = capacity - 1;
    }

    private static int slot(int key, int mask) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    @SuppressWarnings("unchecked")
    V get(int key) {
        checkKey(key);
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) {
                return (V) values[i];
            }
            if (k == EMPTY) {
                return null;
            }
        }
    }

    @SuppressWarnings("unchecked")
    V put(int key, V value) {
        checkKey(key);
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) {
                V old = (V) values[i];
                values[i] = value;
                return old;
            }
            if (k == EMPTY) {
                keys[i] = key;
                values[i] = value;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return null;
            }
        }
    }

    V computeIfAbsent(int key, IntFunction<V> create) {
        V v = get(key);
        if (v == null) {
            v = create.apply(key);
            put(key, v);
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    V remove(int key) {
        checkKey(key);
        int i = slot(key, mask);
        while (true) {
            int k = keys[i];
            if (k == EMPTY) {
                return null;
            }
            if (k == key) {
                break;
            }
            i = (i + 1) & mask;
        }
        V old = (V) values[i];
        // Shift back the entries that probed past the freed slot.
        int hole = i;
        for (int j = (i + 1) & mask; keys[j] != EMPTY; j = (j + 1) & mask) {
            int home = slot(keys[j], mask);
            boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (movable) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        keys[hole] = EMPTY;
        values[hole] = null;
        size--;
        return old;
    }

    int size() {
        return size;
    }

    /** Visits every value (in slot order, which is not insertion order). */
    @SuppressWarnings("unchecked")
    void forEachValue(Consumer<V> action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                action.accept((V) values[i]);
            }
        }
    }

    private void grow() {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new Object[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i] == null ? null : castValue(oldValues[i]));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private V castValue(Object o) {
        return (V) o;
    }

    private static void checkKey(int key) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("key must not be Integer.MIN_VALUE (the empty marker)");
        }
    }
}
