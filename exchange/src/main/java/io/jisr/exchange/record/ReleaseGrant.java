package io.jisr.exchange.record;

import io.jisr.exchange.agreement.AgreementId;
import java.util.Objects;

/**
 * Which annex of which agreement version released a record: kept with it in the outbound log and on
 * the wire, so that a release can be rechecked and traced to the text that allowed it.
 *
 * @param agreement the agreement
 * @param version its version at the time of release
 * @param annexId the annex within it
 */
public record ReleaseGrant(AgreementId agreement, int version, String annexId) {

    /** Checks that nothing is missing. */
    public ReleaseGrant {
        Objects.requireNonNull(agreement, "agreement must not be null");
        Objects.requireNonNull(annexId, "annex id must not be null");
    }

    @Override
    public String toString() {
        return agreement + " v" + version + " annex " + annexId;
    }
}
