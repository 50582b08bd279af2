package io.jisr.programme.sync;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * A hybrid logical clock stamp: physical time in milliseconds, a counter for events within the same
 * millisecond (or while the wall clock lags a stamp already seen), and the node that made it. Stamps are
 * totally ordered by time, then counter, then node id, so two nodes never produce equal stamps and every
 * node orders concurrent edits the same way.
 *
 * @param physicalMillis the physical part, milliseconds since the epoch
 * @param counter the logical part, from 0
 * @param nodeId the node that issued the stamp
 */
public record Hlc(long physicalMillis, int counter, String nodeId) implements Comparable<Hlc> {
    private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Comparator<Hlc> ORDER = Comparator.comparingLong(Hlc::physicalMillis)
            .thenComparingInt(Hlc::counter)
            .thenComparing(Hlc::nodeId);

    /** Checks the parts. */
    public Hlc {
        if (physicalMillis < 0) {
            throw new IllegalArgumentException("clock physical time must not be negative, was " + physicalMillis);
        }
        if (counter < 0) {
            throw new IllegalArgumentException("clock counter must not be negative, was " + counter);
        }
        if (nodeId == null || !NODE_ID.matcher(nodeId).matches()) {
            throw new IllegalArgumentException(
                    "clock node id must be 1 to 64 letters, digits, '.', '_' or '-', was " + nodeId);
        }
    }

    /** Returns the zero stamp of a node, before any event. */
    public static Hlc zero(String nodeId) {
        return new Hlc(0, 0, nodeId);
    }

    /**
     * Returns the stamp for a local event after this one at wall-clock time {@code wallMillis}: the wall
     * clock if it has moved past this stamp, else this stamp's time with the counter raised, so stamps of one
     * node always increase even when its wall clock steps back.
     */
    public Hlc tick(long wallMillis) {
        if (wallMillis > physicalMillis) {
            return new Hlc(wallMillis, 0, nodeId);
        }
        return new Hlc(physicalMillis, Math.addExact(counter, 1), nodeId);
    }

    /**
     * Returns this node's stamp after receiving {@code remote} at wall-clock time {@code wallMillis}: later
     * than both this stamp and the remote one, so that an edit made after seeing another is ordered after it.
     */
    public Hlc observe(Hlc remote, long wallMillis) {
        long physical = Math.max(wallMillis, Math.max(physicalMillis, remote.physicalMillis));
        int next;
        if (physical == physicalMillis && physical == remote.physicalMillis) {
            next = Math.addExact(Math.max(counter, remote.counter), 1);
        } else if (physical == physicalMillis) {
            next = Math.addExact(counter, 1);
        } else if (physical == remote.physicalMillis) {
            next = Math.addExact(remote.counter, 1);
        } else {
            next = 0;
        }
        return new Hlc(physical, next, nodeId);
    }

    @Override
    public int compareTo(Hlc other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return physicalMillis + "." + counter + "@" + nodeId;
    }
}
