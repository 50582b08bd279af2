package io.jisr.exchange.agreement;

import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sharing agreement between nations, one version of it. Every change is a new version (see {@link
 * AgreementHistory}); a version is never edited in place.
 *
 * @param id stable across versions
 * @param version 1 for the first version, then one more for each change
 * @param title for people
 * @param reference the MoU and implementing arrangement it carries out
 * @param parties the nations (two for a bilateral agreement) and their nodes
 * @param validity when it applies
 * @param status where it stands; only {@link AgreementStatus#IN_FORCE} releases anything
 * @param annexes what is shared, by whom, to whom
 */
public record Agreement(
        AgreementId id,
        int version,
        String title,
        AgreementReference reference,
        List<Party> parties,
        Validity validity,
        AgreementStatus status,
        List<SharingAnnex> annexes) {

    /** Checks that nothing is missing and copies the lists (semantic rules are the validator's). */
    public Agreement {
        Objects.requireNonNull(id, "agreement id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(reference, "reference must not be null");
        parties = List.copyOf(parties);
        Objects.requireNonNull(validity, "validity must not be null");
        Objects.requireNonNull(status, "status must not be null");
        annexes = List.copyOf(annexes);
    }

    /** The party for {@code nation}, if it is one. */
    public Optional<Party> party(Nation nation) {
        // A loop, not a stream: the policy asks this for every record it decides.
        for (Party party : parties) {
            if (party.nation().equals(nation)) {
                return Optional.of(party);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code node} is a registered node of {@code nation} in this agreement. */
    public boolean registers(Nation nation, NodeId node) {
        return party(nation).map(p -> p.hasNode(node)).orElse(false);
    }

    /** This agreement as its next version with another status, for suspending or resuming. */
    public Agreement withStatus(AgreementStatus newStatus) {
        return new Agreement(id, version + 1, title, reference, parties, validity, newStatus, annexes);
    }

    /** This agreement as its next version with other annexes. */
    public Agreement withAnnexes(List<SharingAnnex> newAnnexes) {
        return new Agreement(id, version + 1, title, reference, parties, validity, status, newAnnexes);
    }
}
