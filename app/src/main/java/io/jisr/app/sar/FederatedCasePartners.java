package io.jisr.app.sar;

import io.jisr.app.federation.Federation;
import io.jisr.app.federation.SarCaseRecords;
import io.jisr.exchange.Partner;
import io.jisr.exchange.policy.Decision;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.sar.cases.RescueCentre;
import io.jisr.sar.cases.SarCase;
import java.util.List;
import java.util.Optional;

/**
 * The partners of a running federation as rescue centres: a case goes to one partner as a {@code sar-cases}
 * record, decided by the policy. A case travels whole or not at all: under an annex that would round its
 * position it is not sent, since the positions inside the case cannot be rounded with it.
 */
public final class FederatedCasePartners implements CasePartners {
    private static final System.Logger LOG = System.getLogger(FederatedCasePartners.class.getName());

    private final Federation federation;

    /** The partners of {@code federation}. */
    public FederatedCasePartners(Federation federation) {
        this.federation = federation;
    }

    @Override
    public RescueCentre self() {
        return SarCaseRecords.centre(federation.self());
    }

    @Override
    public List<RescueCentre> partners() {
        return federation.partners().stream().map(SarCaseRecords::centre).toList();
    }

    @Override
    public Optional<String> refusal(SarCase sarCase, RescueCentre partner) {
        Optional<Partner> to = partner(partner);
        if (to.isEmpty()) {
            return Optional.of(partner + " is not a partner of this node");
        }
        return refusal(federation.decide(record(sarCase), to.get()));
    }

    private static Optional<String> refusal(Decision decision) {
        return switch (decision) {
            case Decision.Release r -> Optional.empty();
            case Decision.ReleaseDegraded d ->
                Optional.of("the annex would change the record (" + d.changes()
                        + "), and a SAR case's own positions cannot be changed with it");
            case Decision.Withhold w -> w.retryAt().isPresent() ? Optional.empty() : Optional.of(w.detail());
        };
    }

    @Override
    public void send(SarCase sarCase, RescueCentre partner) {
        Optional<Partner> to = partner(partner);
        if (to.isEmpty()) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "case " + sarCase.reference() + " not sent: " + partner + " is not a partner of this node");
            return;
        }
        ShareableRecord record = record(sarCase);
        Optional<String> refusal = refusal(federation.decide(record, to.get()));
        if (refusal.isPresent()) {
            LOG.log(
                    System.Logger.Level.INFO,
                    "case " + sarCase.reference() + " v" + sarCase.version() + " not sent to " + partner + ": "
                            + refusal.get());
            return;
        }
        federation.shareWith(to.get(), List.of(record));
    }

    private ShareableRecord record(SarCase sarCase) {
        return SarCaseRecords.record(sarCase, federation.self());
    }

    private Optional<Partner> partner(RescueCentre centre) {
        return federation.partners().stream()
                .filter(p -> SarCaseRecords.centre(p).equals(centre))
                .findFirst();
    }
}
