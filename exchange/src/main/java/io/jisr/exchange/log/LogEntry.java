package io.jisr.exchange.log;

import io.jisr.exchange.Texts;
import io.jisr.exchange.record.ReleaseGrant;
import io.jisr.exchange.record.ShareableRecord;
import java.util.Objects;

/**
 * One released record in a partner's outbound log.
 *
 * @param sequence 1 for the first entry, then one more each time
 * @param record the record as released: handling terms set, no receipt
 */
public record LogEntry(long sequence, ShareableRecord record) {

    /** Checks that this is a released record with a sequence. */
    public LogEntry {
        if (sequence < 1) {
            throw new IllegalArgumentException("a log sequence starts at 1, was " + sequence);
        }
        Objects.requireNonNull(record, "record must not be null");
        if (record.handling().isEmpty()) {
            throw new IllegalArgumentException("log entry " + sequence + " (record " + Texts.excerpt(record.key())
                    + ") has no handling terms; only what the" + " policy released goes into the log");
        }
        if (record.isReceived()) {
            throw new IllegalArgumentException("log entry " + sequence + " (record " + Texts.excerpt(record.key())
                    + ") still carries its receipt; a released record is sent without it");
        }
    }

    /** The annex that released it. */
    public ReleaseGrant grant() {
        return record.handling().orElseThrow().grant();
    }
}
