package io.jisr.app.sar;

import io.jisr.access.Accounts;
import io.jisr.access.AuditAction;
import io.jisr.app.federation.CategoryReceiver;
import io.jisr.app.federation.SarCaseRecords;
import io.jisr.exchange.DataCategory;
import io.jisr.exchange.Partner;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.sar.cases.RescueCentre;
import io.jisr.sar.cases.SarCase;
import java.util.List;

/**
 * Takes the {@code sar-cases} records a partner's node sent into the node's case book, one record at a time: a
 * record that cannot be read, or that the sender may not send, is refused alone, counted and audited with the
 * partner's node as the actor; the others are applied. Each case taken, or handed over, is audited too.
 */
public final class SarCaseReceiver implements CategoryReceiver {
    private final SarCaseBook book;
    private final Accounts audit;
    private final Partner self;

    /** Cases go to {@code book}; what happens is recorded through {@code audit}; {@code self} is this node. */
    public SarCaseReceiver(SarCaseBook book, Accounts audit, Partner self) {
        this.book = book;
        this.audit = audit;
        this.self = self;
    }

    @Override
    public DataCategory category() {
        return DataCategory.SAR_CASES;
    }

    @Override
    public void receive(Partner from, List<ShareableRecord> records) {
        RescueCentre sender = SarCaseRecords.centre(from);
        String node = from.node().value();
        for (ShareableRecord record : records) {
            SarCase incoming;
            try {
                incoming = SarCaseRecords.sarCase(record, self);
            } catch (RuntimeException e) {
                refuse(from, 1, e.getMessage());
                continue;
            }
            try {
                switch (book.receive(incoming, sender, SarCaseRecords.centre(self))) {
                    case SarCaseBook.Receipt.Refused(String reason) ->
                        audit.recordFromPartner(
                                node, AuditAction.PARTNER_SAR_CASE_REFUSED, incoming.reference(), reason);
                    case SarCaseBook.Receipt.Stale() -> {}
                    case SarCaseBook.Receipt.Applied() ->
                        audit.recordFromPartner(
                                node,
                                AuditAction.PARTNER_SAR_CASE_RECEIVED,
                                incoming.reference(),
                                "version " + incoming.version() + ", " + incoming.status() + ", held by "
                                        + incoming.custody()
                                                .holder()
                                                .map(RescueCentre::toString)
                                                .orElse("this node"));
                }
            } catch (RuntimeException e) {
                // A case that cannot be stored must not stop the others; the next version brings it again.
                refuse(from, 1, "case " + incoming.reference() + " could not be kept: " + e.getMessage());
            }
        }
    }

    @Override
    public void refuse(Partner from, int count, String reason) {
        book.refuse(count, reason);
        audit.recordFromPartner(
                from.node().value(), AuditAction.PARTNER_SAR_CASE_REFUSED, "sar-cases", count + " records: " + reason);
    }
}
