package io.jisr.programme.sync;

import io.jisr.programme.Nation;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One field of one record: the unit of last-writer-wins. A field named {@code side.XXX.name} (for example
 * {@code side.FRA.attendees}) is set aside for side {@code XXX} — the part of a record the other side
 * contributes, such as its own attendees or its reply; every other field belongs to the record's owner.
 *
 * @param record the record
 * @param field the field name: letters, digits, '.', '_' or '-'
 */
public record FieldKey(RecordKey record, String field) implements Comparable<FieldKey> {
    private static final Pattern FIELD = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern SIDE_FIELD = Pattern.compile("side\\.([A-Z]{3})\\..+");
    private static final Comparator<FieldKey> ORDER =
            Comparator.comparing(FieldKey::record).thenComparing(FieldKey::field);

    /** Checks the parts, including that a side-scoped field names an assigned country code. */
    public FieldKey {
        if (record == null) {
            throw new IllegalArgumentException("field " + field + " needs a record");
        }
        if (field == null || !FIELD.matcher(field).matches()) {
            throw new IllegalArgumentException(
                    "field name of " + record + " must be 1 to 100 letters, digits, '.', '_' or '-', was " + field);
        }
        sideScope(field);
    }

    /** Returns the side that alone may write this field. */
    public Nation writer() {
        return sideScope(field).orElse(record.owner());
    }

    private static Optional<Nation> sideScope(String field) {
        var m = SIDE_FIELD.matcher(field);
        return m.matches() ? Optional.of(Nation.of(m.group(1))) : Optional.empty();
    }

    @Override
    public int compareTo(FieldKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return record + "#" + field;
    }
}
