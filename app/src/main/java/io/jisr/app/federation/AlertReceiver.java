package io.jisr.app.federation;

import io.jisr.access.Accounts;
import io.jisr.access.AuditAction;
import io.jisr.app.alerts.DetectionService;
import io.jisr.detect.alert.Alert;
import io.jisr.detect.alert.AlertBook;
import io.jisr.exchange.DataCategory;
import io.jisr.exchange.Partner;
import io.jisr.exchange.record.ShareableRecord;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Takes the {@code detections-and-alerts} records a partner's node sent into this node's alerts, as the
 * partner's alerts: listed with this node's own (API, live view, UI) with their provenance, each with its own
 * local lifecycle (acknowledged and closed here, which the partner never learns), a later version replacing
 * the partner's facts and the same version twice changing nothing. A record that cannot be read, or that the
 * alert book refuses, is counted and audited with the partner's node as the actor, and the other records of
 * the batch are still taken. A node that runs without detection has no alert list and refuses them all.
 */
public final class AlertReceiver implements CategoryReceiver {
    private final Optional<DetectionService> alerts;
    private final Partner self;
    private final Accounts audit;
    private final InstantSource clock;
    private final AtomicLong added = new AtomicLong();
    private final AtomicLong updated = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final PartnerRefusals refusals;

    /**
     * @param alerts where the alerts go; empty when the node runs without detection
     * @param self this node: a record's marking must name its nation
     * @param audit where receipts and refusals are recorded
     * @param clock wall time, for the time of receipt
     */
    public AlertReceiver(Optional<DetectionService> alerts, Partner self, Accounts audit, InstantSource clock) {
        this.alerts = alerts;
        this.self = self;
        this.audit = audit;
        this.clock = clock;
        this.refusals = new PartnerRefusals("alert records", "alerts", AuditAction.PARTNER_ALERT_REFUSED, audit);
    }

    @Override
    public DataCategory category() {
        return DataCategory.DETECTIONS_AND_ALERTS;
    }

    @Override
    public void receive(Partner from, List<ShareableRecord> records) {
        if (alerts.isEmpty()) {
            refuse(from, records.size(), "detection is off on this node, which therefore holds no alerts");
            return;
        }
        for (ShareableRecord record : records) {
            try {
                Alert alert =
                        AlertRecords.read(record, from, self, clock.instant().truncatedTo(ChronoUnit.MILLIS));
                AlertBook.Received received = alerts.get().receive(alert);
                switch (received.receipt()) {
                    case ADDED -> added.incrementAndGet();
                    case UPDATED -> updated.incrementAndGet();
                    case UNCHANGED -> unchanged.incrementAndGet();
                }
                if (received.receipt() != AlertBook.Receipt.UNCHANGED) {
                    Alert.Source source = alert.source().orElseThrow();
                    audit.recordFromPartner(
                            from.node().value(),
                            AuditAction.PARTNER_ALERT_RECEIVED,
                            alert.id(),
                            "version " + source.version() + " of " + source.originId() + ", " + source.marking());
                }
            } catch (RuntimeException e) {
                // One bad record is refused alone; a failure of the store is counted too rather than lose the
                // rest of the batch (the record stays in the federation store).
                refuse(from, 1, PartnerRefusals.reason(e));
            }
        }
    }

    @Override
    public void refuse(Partner from, int count, String reason) {
        refusals.refuse(from, count, reason);
    }

    /** Partners' alerts received and added since start. */
    public long added() {
        return added.get();
    }

    /** Later versions of partners' alerts held, received since start. */
    public long updated() {
        return updated.get();
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
