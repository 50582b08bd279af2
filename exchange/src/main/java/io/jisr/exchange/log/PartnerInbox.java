package io.jisr.exchange.log;

import io.jisr.exchange.Nation;
import io.jisr.exchange.Partner;
import io.jisr.exchange.record.HandlingTerms;
import java.util.ArrayList;
import java.util.Objects;

/**
 * Receiving from one partner node: applies each pulled batch idempotently and moves the cursor only
 * once the records are applied.
 *
 * <p>The rule: a record is identified by the sending node and its sequence; sequences at or below the
 * cursor were applied already and are skipped; a batch that starts beyond the cursor would leave a
 * hole and is not applied (pull again from the cursor); the new records and the new cursor go to the
 * sink in one call. So any redelivery, duplication or reordering of batches applies each record
 * exactly once, in log order.
 */
public final class PartnerInbox {
    private final Nation self;
    private final Partner sender;
    private Cursor cursor;

    /**
     * An inbox of a node of nation {@code self} for batches from {@code sender}, starting at the cursor
     * the store last saved.
     */
    public PartnerInbox(Nation self, Partner sender, Cursor cursor) {
        this.self = Objects.requireNonNull(self, "self must not be null");
        this.sender = Objects.requireNonNull(sender, "sender must not be null");
        this.cursor = Objects.requireNonNull(cursor, "cursor must not be null");
    }

    /** Where the next pull starts. */
    public Cursor cursor() {
        return cursor;
    }

    /** The partner node this inbox receives from. */
    public Partner sender() {
        return sender;
    }

    /**
     * Applies what is new in {@code batch} through {@code sink}. If the sink throws, nothing is applied,
     * the cursor stays, and the exception propagates: the same batch can be applied again later.
     */
    public ApplyOutcome apply(Batch batch, RecordSink sink) {
        if (!batch.sender().equals(sender)) {
            return new ApplyOutcome.Refused(
                    "batch says it is from " + batch.sender() + " but this link is with " + sender);
        }
        if (batch.after().isAfter(cursor)) {
            return new ApplyOutcome.Gap(cursor, batch.after());
        }
        if (!batch.upTo().isAfter(cursor)) {
            return new ApplyOutcome.AlreadyApplied(cursor);
        }
        var fresh = new ArrayList<RecordSink.Received>();
        int skipped = 0;
        for (int i = 0; i < batch.entries().size(); i++) {
            LogEntry entry = batch.entries().get(i);
            if (entry.sequence() <= cursor.sequence()) {
                skipped++;
                continue;
            }
            HandlingTerms terms = entry.record().handling().orElseThrow();
            if (!terms.marking().releasableTo(self)) {
                return new ApplyOutcome.Refused("entries[" + i + "] (sequence " + entry.sequence() + ") is marked \""
                        + terms.marking().text() + "\", which does not name " + self + "; the batch is refused");
            }
            fresh.add(new RecordSink.Received(
                    new RecordIdentity(sender.node(), entry.sequence()),
                    entry.record().receivedFrom(sender)));
        }
        sink.apply(fresh, batch.upTo());
        cursor = batch.upTo();
        return new ApplyOutcome.Applied(fresh.size(), skipped, cursor);
    }
}
