package io.jisr.programme.sync;

import io.jisr.programme.Nation;
import java.util.Comparator;

/**
 * A field value as written: the value, the stamp of the edit and the side that wrote it.
 *
 * @param value the value as text (the record's codec decides its form); never null
 * @param stamp when, in hybrid logical time, and on which node
 * @param writer the side of the person who made the edit
 */
public record Stamped(String value, Hlc stamp, Nation writer) implements Comparable<Stamped> {
    /*
     * Stamps from different nodes never tie (the node id is part of the stamp), and a node never issues one
     * stamp twice. Should two writes still carry the same stamp — a replayed or forged edit — the value and
     * writer break the tie, so the order is total and merge stays commutative whatever arrives.
     */
    private static final Comparator<Stamped> ORDER =
            Comparator.comparing(Stamped::stamp).thenComparing(Stamped::value).thenComparing(Stamped::writer);

    /** Checks the parts. */
    public Stamped {
        if (value == null || stamp == null || writer == null) {
            throw new IllegalArgumentException(
                    "a stamped value needs a value, a stamp and a writer, was " + value + ", " + stamp + ", " + writer);
        }
    }

    @Override
    public int compareTo(Stamped other) {
        return ORDER.compare(this, other);
    }
}
