package io.jisr.exchange.log;

/**
 * A position in one partner's outbound log: the sequence number of the last entry covered. {@link
 * #START} (0) is before the first entry, which has sequence 1.
 *
 * @param sequence 0 or more
 */
public record Cursor(long sequence) implements Comparable<Cursor> {
    /** Before the first entry. */
    public static final Cursor START = new Cursor(0);

    /** Checks that the sequence is not negative. */
    public Cursor {
        if (sequence < 0) {
            throw new IllegalArgumentException("a cursor must not be negative, was " + sequence);
        }
    }

    /** The cursor at {@code sequence}. */
    public static Cursor at(long sequence) {
        return new Cursor(sequence);
    }

    /** Whether this cursor is past {@code other}. */
    public boolean isAfter(Cursor other) {
        return sequence > other.sequence;
    }

    @Override
    public int compareTo(Cursor other) {
        return Long.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return Long.toString(sequence);
    }
}
