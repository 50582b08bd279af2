package io.jisr.exchange.log;

import io.jisr.exchange.DataCategory;
import io.jisr.exchange.Texts;
import io.jisr.exchange.record.ReleaseGrant;
import io.jisr.exchange.record.ShareableRecord;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One released record in a partner's outbound log: its sequence (1 for the first entry, then one more each
 * time) and the record as released, handling terms set, no receipt.
 *
 * <p>An entry read back from storage may hold its record unread ({@link #stored}): serving a pull needs only an
 * entry's sequence, category and grant (the wire form is the text the log stored), so a partner catching up
 * from the database is served without reading each record back into objects, which was most of the serving
 * node's work for such a partner. The record is read the first time {@link #record()} is asked for, and must
 * then agree with the category and grant stored beside it.
 *
 * <p>Two entries are equal when their sequences and records are.
 */
public final class LogEntry {
    private final long sequence;
    private final DataCategory category;
    private final ReleaseGrant grant;
    private final Supplier<ShareableRecord> source;
    private volatile ShareableRecord record;

    /**
     * An entry holding its record.
     *
     * @throws IllegalArgumentException when the sequence is under 1 or the record was not released (no handling
     *     terms) or still carries a receipt
     */
    public LogEntry(long sequence, ShareableRecord record) {
        this(
                sequence,
                check(sequence, record).category(),
                record.handling().orElseThrow().grant(),
                null);
        this.record = record;
    }

    private LogEntry(long sequence, DataCategory category, ReleaseGrant grant, Supplier<ShareableRecord> source) {
        checkSequence(sequence);
        this.sequence = sequence;
        this.category = Objects.requireNonNull(category, "category must not be null");
        this.grant = Objects.requireNonNull(grant, "grant must not be null");
        this.source = source;
    }

    /**
     * An entry read back from storage, with the category and grant stored beside its record; {@code record} reads
     * the record when it is first asked for.
     */
    public static LogEntry stored(
            long sequence, DataCategory category, ReleaseGrant grant, Supplier<ShareableRecord> record) {
        return new LogEntry(sequence, category, grant, Objects.requireNonNull(record, "record must not be null"));
    }

    private static void checkSequence(long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("a log sequence starts at 1, was " + sequence);
        }
    }

    private static ShareableRecord check(long sequence, ShareableRecord record) {
        checkSequence(sequence);
        Objects.requireNonNull(record, "record must not be null");
        if (record.handling().isEmpty()) {
            throw new IllegalArgumentException("log entry " + sequence + " (record " + Texts.excerpt(record.key())
                    + ") has no handling terms; only what the" + " policy released goes into the log");
        }
        if (record.isReceived()) {
            throw new IllegalArgumentException("log entry " + sequence + " (record " + Texts.excerpt(record.key())
                    + ") still carries its receipt; a released record is sent without it");
        }
        return record;
    }

    /** The entry's place in its log. */
    public long sequence() {
        return sequence;
    }

    /** The category of its record. */
    public DataCategory category() {
        return category;
    }

    /** The annex that released it. */
    public ReleaseGrant grant() {
        return grant;
    }

    /**
     * The record as released, read from storage the first time for a {@linkplain #stored stored} entry.
     *
     * @throws IllegalStateException when the stored record is not a released record, or its category or grant
     *     is not the one stored beside it (the storage was changed behind the log's back)
     */
    public ShareableRecord record() {
        ShareableRecord known = record;
        if (known == null) {
            known = read();
            record = known;
        }
        return known;
    }

    private ShareableRecord read() {
        ShareableRecord read;
        try {
            read = check(sequence, source.get());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("stored " + e.getMessage(), e);
        }
        if (!read.category().equals(category)
                || !read.handling().orElseThrow().grant().equals(grant)) {
            throw new IllegalStateException("log entry " + sequence + " was stored as " + category.id() + " under "
                    + grant + " but its record is " + read.category().id() + " under "
                    + read.handling().orElseThrow().grant());
        }
        return read;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogEntry entry
                && entry.sequence == sequence
                && entry.record().equals(record());
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sequence) * 31 + record().hashCode();
    }

    @Override
    public String toString() {
        return "LogEntry[sequence=" + sequence + ", record=" + record() + "]";
    }
}
