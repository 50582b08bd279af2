package io.jisr.exchange.log;

import io.jisr.exchange.record.ShareableRecord;
import java.util.List;
import java.util.Objects;

/**
 * Where received records go (the picture, the store). Applying and moving the cursor are one step:
 * the store writes the records and the new cursor in one transaction, so that a crash leaves either
 * both or neither.
 */
@FunctionalInterface
public interface RecordSink {

    /**
     * Applies {@code records} and stores {@code newCursor} for their sender, atomically; throws (any
     * unchecked exception) to apply nothing.
     */
    void apply(List<Received> records, Cursor newCursor);

    /**
     * One received record with its identity.
     *
     * @param identity the sending node and its sequence
     * @param record the record as received, with its sender set in {@link ShareableRecord#receivedFrom()}
     */
    record Received(RecordIdentity identity, ShareableRecord record) {
        /** Checks that nothing is missing. */
        public Received {
            Objects.requireNonNull(identity, "identity must not be null");
            Objects.requireNonNull(record, "record must not be null");
        }
    }
}
