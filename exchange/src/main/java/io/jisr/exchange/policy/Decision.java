package io.jisr.exchange.policy;

import io.jisr.exchange.record.ReleaseGrant;
import io.jisr.exchange.record.ShareableRecord;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the policy decided for one record and one partner. */
public sealed interface Decision {

    /**
     * Release as observed, with the annex's handling terms set.
     *
     * @param record the record as it leaves
     * @param grant the annex that allows it
     */
    record Release(ShareableRecord record, ReleaseGrant grant) implements Decision {
        /** Checks that nothing is missing. */
        public Release {
            Objects.requireNonNull(record, "record must not be null");
            Objects.requireNonNull(grant, "grant must not be null");
        }
    }

    /**
     * Release a changed record, with the annex's handling terms set.
     *
     * @param record the record as it leaves
     * @param grant the annex that allows it
     * @param changes what was changed and why, at least one change
     */
    record ReleaseDegraded(ShareableRecord record, ReleaseGrant grant, List<Degradation> changes) implements Decision {
        /** Checks that nothing is missing and copies the changes. */
        public ReleaseDegraded {
            Objects.requireNonNull(record, "record must not be null");
            Objects.requireNonNull(grant, "grant must not be null");
            changes = List.copyOf(changes);
            if (changes.isEmpty()) {
                throw new IllegalArgumentException("a degraded release must say what changed");
            }
        }
    }

    /**
     * Do not release.
     *
     * @param reason why, as a code to count by
     * @param detail why, for people
     * @param retryAt when the same record may be released, for {@link WithholdReason#DELAYED}; empty
     *     when it never will under the current agreements
     */
    record Withhold(WithholdReason reason, String detail, Optional<Instant> retryAt) implements Decision {
        /** Checks that nothing is missing and that only a delay has a retry time. */
        public Withhold {
            Objects.requireNonNull(reason, "reason must not be null");
            Objects.requireNonNull(detail, "detail must not be null");
            Objects.requireNonNull(retryAt, "retryAt must not be null (use Optional.empty())");
            if (retryAt.isPresent() != (reason == WithholdReason.DELAYED)) {
                throw new IllegalArgumentException(
                        "a retry time goes with DELAYED only, was " + reason + " " + retryAt);
            }
        }

        /** Withhold for good (no retry time) for {@code reason}. */
        public static Withhold because(WithholdReason reason, String detail) {
            return new Withhold(reason, detail, Optional.empty());
        }
    }
}
