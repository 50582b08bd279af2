package io.jisr.programme.sync;

import io.jisr.programme.Nation;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * Which record an edit is about: its kind ({@code meeting}, {@code action}, ...), the side that owns it and
 * its id. The owner is part of the key, so two nodes can never disagree about who owns a record: a node
 * mints ids only for records of its own side.
 *
 * @param kind the record kind, lower-case letters and hyphens
 * @param owner the side that owns the record
 * @param id the record's id
 */
public record RecordKey(String kind, Nation owner, String id) implements Comparable<RecordKey> {
    private static final Pattern KIND = Pattern.compile("[a-z][a-z-]{0,31}");
    private static final Comparator<RecordKey> ORDER = Comparator.comparing(RecordKey::kind)
            .thenComparing(RecordKey::owner)
            .thenComparing(RecordKey::id);

    /** Checks the parts. */
    public RecordKey {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("record kind must be lower-case letters or '-', was " + kind);
        }
        if (owner == null) {
            throw new IllegalArgumentException("record " + kind + "/" + id + " needs an owner");
        }
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("record " + kind + " id must not be blank, was " + id);
        }
    }

    @Override
    public int compareTo(RecordKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return kind + "/" + owner + "/" + id;
    }
}
