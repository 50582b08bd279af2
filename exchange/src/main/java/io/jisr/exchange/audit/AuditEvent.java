package io.jisr.exchange.audit;

import io.jisr.exchange.Partner;
import io.jisr.exchange.agreement.Agreement;
import io.jisr.exchange.agreement.AgreementChange;
import io.jisr.exchange.log.Batch;
import io.jisr.exchange.log.LogEntry;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/** Something the exchange audit records. */
public sealed interface AuditEvent {

    /** When it happened. */
    Instant time();

    /**
     * A batch this node sent to a partner.
     *
     * @param time when it was sent
     * @param partner the receiving node
     * @param counts records per category, sorted by category id
     * @param after the cursor the batch started from (exclusive)
     * @param upTo the last sequence it covered (inclusive)
     */
    record BatchReleased(Instant time, Partner partner, List<CategoryCount> counts, long after, long upTo)
            implements AuditEvent {
        /** Checks the range and copies the counts. */
        public BatchReleased {
            Objects.requireNonNull(time, "time must not be null");
            Objects.requireNonNull(partner, "partner must not be null");
            counts = List.copyOf(counts);
            checkRange(after, upTo);
        }

        /** The event for sending {@code batch} to {@code partner} at {@code time}. */
        public static BatchReleased of(Instant time, Partner partner, Batch batch) {
            return new BatchReleased(
                    time,
                    partner,
                    countByCategory(batch),
                    batch.after().sequence(),
                    batch.upTo().sequence());
        }
    }

    /**
     * A batch this node applied from a partner.
     *
     * @param time when it was applied
     * @param sender the sending node
     * @param counts new records per category, sorted by category id
     * @param after the cursor the batch started from (exclusive)
     * @param upTo the last sequence it covered (inclusive)
     */
    record BatchReceived(Instant time, Partner sender, List<CategoryCount> counts, long after, long upTo)
            implements AuditEvent {
        /** Checks the range and copies the counts. */
        public BatchReceived {
            Objects.requireNonNull(time, "time must not be null");
            Objects.requireNonNull(sender, "sender must not be null");
            counts = List.copyOf(counts);
            checkRange(after, upTo);
        }

        /** The event for applying {@code batch} at {@code time}. */
        public static BatchReceived of(Instant time, Batch batch) {
            return new BatchReceived(
                    time,
                    batch.sender(),
                    countByCategory(batch),
                    batch.after().sequence(),
                    batch.upTo().sequence());
        }
    }

    /**
     * A new version of an agreement.
     *
     * @param time when it was saved
     * @param agreementId the agreement
     * @param version its new version
     * @param actor who saved it (a username)
     * @param changes what changed, one line each (see {@code AgreementChange})
     */
    record AgreementChanged(Instant time, String agreementId, int version, String actor, List<String> changes)
            implements AuditEvent {
        /** Checks that nothing is missing and copies the changes. */
        public AgreementChanged {
            Objects.requireNonNull(time, "time must not be null");
            Objects.requireNonNull(agreementId, "agreement id must not be null");
            Objects.requireNonNull(actor, "actor must not be null");
            changes = List.copyOf(changes);
        }

        /** The event for saving {@code version} by {@code actor}, with the changes from the version before. */
        public static AgreementChanged of(
                Instant time, String actor, Agreement version, List<AgreementChange> changes) {
            return new AgreementChanged(
                    time,
                    version.id().value(),
                    version.version(),
                    actor,
                    changes.stream().map(AgreementChange::toString).toList());
        }
    }

    private static void checkRange(long after, long upTo) {
        if (after < 0 || upTo < after) {
            throw new IllegalArgumentException(
                    "a batch range must satisfy 0 <= after <= upTo, was after " + after + " up to " + upTo);
        }
    }

    private static List<CategoryCount> countByCategory(Batch batch) {
        var counts = new TreeMap<String, Integer>();
        for (LogEntry entry : batch.entries()) {
            counts.merge(entry.category().id(), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .map(e -> new CategoryCount(e.getKey(), e.getValue()))
                .toList();
    }
}
