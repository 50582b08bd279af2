package io.jisr.app.federation;

import io.jisr.access.Accounts;
import io.jisr.access.AuditAction;
import io.jisr.app.incidents.IncidentBook;
import io.jisr.exchange.DataCategory;
import io.jisr.exchange.Partner;
import io.jisr.exchange.record.ShareableRecord;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Takes the {@code incident-reports} records a partner's node sent into the incident book as the partner's
 * reports: read-only here, with their provenance, a later version appended as a correction, the same
 * version twice changing nothing. A record that cannot be read, or that the book refuses, is counted and
 * audited with the partner's node as the actor, and the other records of the batch are still taken.
 */
public final class IncidentReceiver implements CategoryReceiver {
    private final IncidentBook book;
    private final Partner self;
    private final Accounts audit;
    private final InstantSource clock;
    private final AtomicLong added = new AtomicLong();
    private final AtomicLong corrected = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final PartnerRefusals refusals;

    /**
     * @param book where the reports go
     * @param self this node: a record's marking must name its nation
     * @param audit where receipts and refusals are recorded
     * @param clock wall time, for the time of receipt
     */
    public IncidentReceiver(IncidentBook book, Partner self, Accounts audit, InstantSource clock) {
        this.book = book;
        this.self = self;
        this.audit = audit;
        this.clock = clock;
        this.refusals =
                new PartnerRefusals("incident records", "incidents", AuditAction.PARTNER_INCIDENT_REFUSED, audit);
    }

    @Override
    public DataCategory category() {
        return DataCategory.INCIDENT_REPORTS;
    }

    @Override
    public void receive(Partner from, List<ShareableRecord> records) {
        String node = from.node().value();
        for (ShareableRecord record : records) {
            try {
                IncidentRecords.Received r =
                        IncidentRecords.read(record, from, self, clock.instant().truncatedTo(ChronoUnit.MILLIS));
                IncidentBook.Receipt receipt = book.receive(r.localId(), r.report(), r.source(), r.reason());
                switch (receipt) {
                    case ADDED -> added.incrementAndGet();
                    case NEW_VERSION -> corrected.incrementAndGet();
                    case UNCHANGED -> unchanged.incrementAndGet();
                }
                if (receipt != IncidentBook.Receipt.UNCHANGED) {
                    audit.recordFromPartner(
                            node,
                            AuditAction.PARTNER_INCIDENT_RECEIVED,
                            r.localId(),
                            "version " + r.source().originVersion() + " of "
                                    + r.source().originId() + ", " + r.source().marking());
                }
            } catch (RuntimeException e) {
                // One bad record is refused alone; a failure of the store is counted too rather than lose
                // the rest of the batch (the record stays in the federation store and can be re-read).
                refuse(from, 1, PartnerRefusals.reason(e));
            }
        }
    }

    @Override
    public void refuse(Partner from, int count, String reason) {
        refusals.refuse(from, count, reason);
    }

    /** Reports received and added since start. */
    public long added() {
        return added.get();
    }

    /** New versions (corrections) of reports held, received since start. */
    public long corrected() {
        return corrected.get();
    }

    /** Records of a version held already (or older), received since start. */
    public long unchanged() {
        return unchanged.get();
    }

    /** Records refused since start. */
    public long refused() {
        return refusals.count();
    }

    /** Why the last record was refused, empty when none was. */
    public String lastRefusal() {
        return refusals.last();
    }
}
