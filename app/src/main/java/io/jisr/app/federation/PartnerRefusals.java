package io.jisr.app.federation;

import io.jisr.access.Accounts;
import io.jisr.access.AuditAction;
import io.jisr.exchange.Partner;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The refusals of one receiver: counted, the last reason kept for the operators, logged, and audited with
 * the partner's node as the actor.
 */
final class PartnerRefusals {
    private static final System.Logger LOG = System.getLogger(PartnerRefusals.class.getName());

    private final String records;
    private final String subject;
    private final AuditAction action;
    private final Accounts audit;
    private final AtomicLong refused = new AtomicLong();
    private volatile String last = "";

    /**
     * @param records what the records are called in messages ({@code alert records})
     * @param subject the audit entry's subject ({@code alerts})
     * @param action the audit action of a refusal
     * @param audit where refusals are recorded
     */
    PartnerRefusals(String records, String subject, AuditAction action, Accounts audit) {
        this.records = records;
        this.subject = subject;
        this.action = action;
        this.audit = audit;
    }

    /** Counts, logs and audits {@code count} records from {@code from} refused for {@code reason}. */
    void refuse(Partner from, int count, String reason) {
        refused.addAndGet(count);
        last = reason;
        LOG.log(System.Logger.Level.WARNING, "refused {0} {1} from {2}: {3}", count, records, from, reason);
        audit.recordFromPartner(from.node().value(), action, subject, count + " " + records + ": " + reason);
    }

    /** The reason to give for a record that failed with {@code e}. */
    static String reason(RuntimeException e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** Records refused since start. */
    long count() {
        return refused.get();
    }

    /** Why the last record was refused, empty when none was. */
    String last() {
        return last;
    }
}
