package io.jisr.detect;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * One detector's per-vessel state, keyed by MMSI, in an array indexed by the {@link VesselIndex} slot
 * that all detectors of a set share: the same operations as a map, but the vessel is looked up once per
 * event for every detector. Values are never null. Not thread-safe.
 */
final class VesselTable<V> {
    private final VesselIndex index;
    private final int bit;
    private Object[] values = new Object[16];
    private int size;

    /** A table over its own index, for a detector built alone. */
    VesselTable() {
        this(new VesselIndex());
    }

    /** A table over an index shared with other detectors' tables. */
    VesselTable(VesselIndex index) {
        this.index = index;
        this.bit = index.newTable();
    }

    /** Returns the vessel's state, or null when this table holds none. */
    @SuppressWarnings("unchecked")
    V get(int mmsi) {
        int p = index.find(mmsi);
        if (p < 0 || (index.holdersAt(p) & bit) == 0) {
            return null;
        }
        return (V) values[index.slotAt(p)];
    }

    /** Sets the vessel's state; returns the state it replaced, or null. */
    @SuppressWarnings("unchecked")
    V put(int mmsi, V value) {
        Objects.requireNonNull(value, "value");
        int p = index.find(mmsi);
        if (p >= 0 && (index.holdersAt(p) & bit) != 0) {
            int slot = index.slotAt(p);
            V old = (V) values[slot];
            values[slot] = value;
            return old;
        }
        int slot = index.claim(mmsi, bit);
        if (slot >= values.length) {
            values = Arrays.copyOf(values, Math.max(slot + 1, values.length * 2));
        }
        values[slot] = value;
        size++;
        return null;
    }

    /** Returns the vessel's state, made by {@code create} first if the table held none. */
    V computeIfAbsent(int mmsi, IntFunction<V> create) {
        V v = get(mmsi);
        if (v == null) {
            v = create.apply(mmsi);
            put(mmsi, v);
        }
        return v;
    }

    /** Forgets the vessel's state; returns it, or null when the table held none. */
    @SuppressWarnings("unchecked")
    V remove(int mmsi) {
        int p = index.find(mmsi);
        if (p < 0 || (index.holdersAt(p) & bit) == 0) {
            return null;
        }
        int slot = index.slotAt(p);
        V old = (V) values[slot];
        values[slot] = null;
        size--;
        index.release(p, bit);
        return old;
    }

    /** Returns how many vessels the table holds state for. */
    int size() {
        return size;
    }

    /** Visits every value, in slot order; the action must not change the table. */
    @SuppressWarnings("unchecked")
    void forEachValue(Consumer<V> action) {
        Object[] vs = values;
        for (Object v : vs) {
            if (v != null) {
                action.accept((V) v);
            }
        }
    }
}
