package io.jisr.exchange.agreement;

import static io.jisr.exchange.Fixtures.FRA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.exchange.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgreementHistoryTest {
    private final AgreementValidator validator = new AgreementValidator(ZoneLookup.none());

    @Test
    void revise_changes_areListedForTheAudit() {
        var history = AgreementHistory.start(Fixtures.inForce(), validator);
        SharingAnnex a1 = Fixtures.positionsToUsa();
        var slower = new SharingAnnex(
                a1.id(),
                a1.category(),
                a1.releasingParty(),
                a1.receivingParty(),
                a1.areas(),
                a1.subjects(),
                Duration.ofHours(1),
                new Precision.Exact(),
                a1.marking(),
                a1.retention(),
                Set.of());
        Agreement next = Fixtures.inForce().withAnnexes(List.of(slower)).withStatus(AgreementStatus.SUSPENDED);
        Agreement v2 = new Agreement(
                next.id(),
                2,
                next.title(),
                next.reference(),
                next.parties(),
                next.validity(),
                next.status(),
                next.annexes());

        AgreementHistory.Revision revision = history.revise(v2, validator);

        assertThat(revision.changes())
                .extracting(AgreementChange::toString)
                .containsExactly(
                        "status: IN_FORCE -> SUSPENDED",
                        "annexes[A1].delay: PT30M -> PT1H",
                        "annexes[A1].precision: 0.01° grid -> exact",
                        "annexes[B1]: removed vessel-positions USA -> DZA");
        assertThat(revision.history().current()).isEqualTo(v2);
        assertThat(revision.history().versions()).hasSize(2);
    }

    @Test
    void revise_wrongVersionOrNothingChanged_isRefused() {
        var history = AgreementHistory.start(Fixtures.inForce(), validator);
        Agreement same = Fixtures.inForce();
        Agreement sameAsV2 = new Agreement(
                same.id(),
                2,
                same.title(),
                same.reference(),
                same.parties(),
                same.validity(),
                same.status(),
                same.annexes());

        assertThatThrownBy(() -> history.revise(same, validator))
                .hasMessage("the next version of agreement dza-usa-maritime must be 2, was 1");
        assertThatThrownBy(() -> history.revise(sameAsV2, validator))
                .hasMessage("version 2 of agreement dza-usa-maritime changes nothing");
    }

    @Test
    void resume_storedVersions_startAnywhereAndOnlyIncrease() {
        Agreement v1 = Fixtures.inForce();
        Agreement v2 = v1.withStatus(AgreementStatus.SUSPENDED);
        Agreement back = v2.withStatus(AgreementStatus.IN_FORCE);
        Agreement v5 = new Agreement(
                back.id(),
                5,
                back.title(),
                back.reference(),
                back.parties(),
                back.validity(),
                back.status(),
                back.annexes());

        AgreementHistory history = AgreementHistory.resume(List.of(v2, v5), validator);

        assertThat(history.versions()).containsExactly(v2, v5);
        assertThat(history.current()).isEqualTo(v5);
        assertThatThrownBy(() -> AgreementHistory.resume(List.of(v2, v1), validator))
                .hasMessage("version 1 of agreement dza-usa-maritime cannot follow version 2");
        assertThatThrownBy(() -> AgreementHistory.resume(List.of(), validator))
                .hasMessage("a history has at least one version");
    }

    @Test
    void diff_partyNodeAdded_isNamedByNationAndNode() {
        Agreement v1 = Fixtures.inForce();
        Party usa = v1.parties().get(1);
        var usaWithTwo = new Party(
                usa.nation(),
                List.of(
                        usa.nodes().get(0),
                        new PartyNode(io.jisr.exchange.NodeId.of("usa-2"), Fixtures.fingerprint(9))));
        Agreement v2 = new Agreement(
                v1.id(),
                2,
                v1.title(),
                v1.reference(),
                List.of(v1.parties().get(0), usaWithTwo),
                v1.validity(),
                v1.status(),
                v1.annexes());

        assertThat(AgreementDiff.between(v1, v2))
                .extracting(AgreementChange::toString)
                .containsExactly("parties[USA].nodes[usa-2]: added usa-2 (" + Fixtures.fingerprint(9) + ")");
        assertThat(FRA.code()).isEqualTo("FRA");
    }
}
