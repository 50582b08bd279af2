package io.jisr.exchange.log;

/** What the receiver did with a batch. */
public sealed interface ApplyOutcome {

    /**
     * New records applied and the cursor moved.
     *
     * @param applied how many records were new
     * @param skipped how many were already applied (a redelivery overlapping the cursor)
     * @param cursor the cursor now
     */
    record Applied(int applied, int skipped, Cursor cursor) implements ApplyOutcome {}

    /**
     * Everything in the batch was applied before; nothing done.
     *
     * @param cursor the cursor, unchanged
     */
    record AlreadyApplied(Cursor cursor) implements ApplyOutcome {}

    /**
     * The batch starts after the cursor, so entries in between would be missed; nothing done. Pull again
     * from {@code cursor}.
     *
     * @param cursor where to pull from
     * @param batchAfter where the batch started
     */
    record Gap(Cursor cursor, Cursor batchAfter) implements ApplyOutcome {}

    /**
     * The batch breaks the protocol; nothing done.
     *
     * @param message what was wrong and where
     */
    record Refused(String message) implements ApplyOutcome {}
}
