package io.jisr.exchange.log;

import io.jisr.exchange.Partner;
import java.util.List;
import java.util.Objects;

/**
 * What a partner receives for one pull: the entries of the sender's log for it after {@code after},
 * up to and including {@code upTo}, that may leave, in order. The range is complete: an entry of the
 * log in it that is not in the batch never leaves (its annex was withdrawn), so a receiver whose
 * cursor is within {@code [after, upTo]} ends at {@code upTo}. Sequences may therefore have gaps.
 *
 * @param schemaVersion the wire format version the sender wrote ({@link BatchFormat#VERSION})
 * @param sender the node that sends, with its nation
 * @param after the cursor the pull started from (exclusive)
 * @param upTo the last sequence the batch covers (inclusive); equal to {@code after} for an empty batch
 * @param entries the entries, sequences increasing, all in {@code (after, upTo]}
 */
public record Batch(int schemaVersion, Partner sender, Cursor after, Cursor upTo, List<LogEntry> entries) {

    /** Checks the range and the order, saying which entry is wrong. */
    public Batch {
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schema version must be 1 or more, was " + schemaVersion);
        }
        Objects.requireNonNull(sender, "sender must not be null");
        Objects.requireNonNull(after, "after must not be null");
        Objects.requireNonNull(upTo, "upTo must not be null");
        if (upTo.compareTo(after) < 0) {
            throw new IllegalArgumentException(
                    "a batch must end at or after its start, was after " + after + " up to " + upTo);
        }
        entries = List.copyOf(entries);
        long previous = after.sequence();
        for (int i = 0; i < entries.size(); i++) {
            long sequence = entries.get(i).sequence();
            if (sequence <= previous || sequence > upTo.sequence()) {
                throw new IllegalArgumentException("entries[" + i + "] has sequence " + sequence + "; sequences must"
                        + " increase within (" + after + ", " + upTo + "], the one before was " + previous);
            }
            previous = sequence;
        }
    }
}
