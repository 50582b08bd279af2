package io.jisr.exchange.policy;

import static io.jisr.exchange.Fixtures.DZA;
import static io.jisr.exchange.Fixtures.FRA;
import static io.jisr.exchange.Fixtures.FRA_PARTNER;
import static io.jisr.exchange.Fixtures.NOON;
import static io.jisr.exchange.Fixtures.USA;
import static io.jisr.exchange.Fixtures.USA_NODE;
import static io.jisr.exchange.Fixtures.USA_PARTNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.exchange.DataCategory;
import io.jisr.exchange.Fixtures;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.Partner;
import io.jisr.exchange.ReleasabilityMarking;
import io.jisr.exchange.agreement.AgreementStatus;
import io.jisr.exchange.agreement.ZoneLookup;
import io.jisr.exchange.record.HandlingTerms;
import io.jisr.exchange.record.ReleaseGrant;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.exchange.record.Subject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyTest {
    private static final Instant OBSERVED = NOON.minus(Duration.ofHours(1));
    private static final GeoPoint OFF_ALGIERS = GeoPoint.of(36.81234, 3.06789);

    private final Policy policy = Policy.of(DZA, List.of(Fixtures.inForce()), ZoneLookup.none());

    private static ShareableRecord cargo() {
        return Fixtures.position(OFF_ALGIERS, OBSERVED, Fixtures.cargoShip(Fixtures.FRA));
    }

    @Test
    void decide_recordInAnnex_isReleasedRoundedAndMarked() {
        Decision decision = policy.decide(cargo(), USA_PARTNER, NOON);

        assertThat(decision).isInstanceOf(Decision.ReleaseDegraded.class);
        var degraded = (Decision.ReleaseDegraded) decision;
        assertThat(degraded.record().position()).contains(GeoPoint.of(36.81, 3.07));
        assertThat(degraded.changes())
                .containsExactly(new Degradation("position", "(36.81234, 3.06789)", "(36.81, 3.07)", "0.01° grid"));
        assertThat(degraded.record().handling().orElseThrow().marking().text()).isEqualTo("REL TO DZA, USA");
        assertThat(degraded.record().handling().orElseThrow().retention()).isEqualTo(Duration.ofDays(30));
        assertThat(degraded.record().handling().orElseThrow().keepUntil(NOON))
                .isEqualTo(Instant.parse("2026-12-26T12:00:00Z"));
        assertThat(degraded.grant())
                .isEqualTo(new ReleaseGrant(Fixtures.inForce().id(), 1, "A1"));
        assertThat(degraded.record().content()).isEqualTo(cargo().content());
        assertThat(degraded.record().origin()).isEqualTo(cargo().origin());
    }

    @Test
    void refusesFrom_categoryWithAnAnnexFromTheSender_isAccepted_otherCategoriesAndSuspensionAreRefused() {
        Policy usa = Policy.of(USA, List.of(Fixtures.inForce()), ZoneLookup.none());
        Partner dza = new Partner(DZA, Fixtures.DZA_NODE);

        assertThat(usa.refusesFrom(DataCategory.VESSEL_POSITIONS, dza, NOON)).isEmpty();
        assertThat(usa.refusesFrom(DataCategory.PROGRAMME_RECORDS, dza, NOON))
                .contains(Decision.Withhold.because(
                        WithholdReason.NO_ANNEX_FOR_CATEGORY,
                        "no annex in force releases programme-records from DZA to USA"));
        Policy suspended = Policy.of(
                USA,
                List.of(Fixtures.agreement(
                        AgreementStatus.SUSPENDED, Fixtures.inForce().annexes())),
                ZoneLookup.none());
        assertThat(suspended.refusesFrom(DataCategory.VESSEL_POSITIONS, dza, NOON))
                .map(Decision.Withhold::reason)
                .contains(WithholdReason.AGREEMENT_SUSPENDED);
    }

    @Test
    void decide_positionAlreadyOnGrid_isReleasedUnchanged() {
        ShareableRecord onGrid = cargo().withPosition(Optional.of(GeoPoint.of(36.81, 3.07)));

        assertThat(policy.decide(onGrid, USA_PARTNER, NOON))
                .isInstanceOfSatisfying(
                        Decision.Release.class,
                        r -> assertThat(r.record().position()).contains(GeoPoint.of(36.81, 3.07)));
    }

    @Test
    void decide_beforeDelay_isWithheldUntilObservationPlusDelay() {
        Decision decision = policy.decide(cargo(), USA_PARTNER, OBSERVED.plus(Duration.ofMinutes(10)));

        assertThat(decision)
                .isEqualTo(new Decision.Withhold(
                        WithholdReason.DELAYED,
                        "record pos/636012345/2026-11-26T11:00:00Z observed at 2026-11-26T11:00:00Z may leave for USA"
                                + " from 2026-11-26T11:30:00Z",
                        Optional.of(OBSERVED.plus(Duration.ofMinutes(30)))));
        assertThat(policy.decide(cargo(), USA_PARTNER, OBSERVED.plus(Duration.ofMinutes(30))))
                .isInstanceOf(Decision.ReleaseDegraded.class);
    }

    @Test
    void decide_outsideArea_isWithheldSayingWhichAnnex() {
        ShareableRecord offSpain = cargo().withPosition(Optional.of(GeoPoint.of(39.5, 2.5)));

        assertThat(policy.decide(offSpain, USA_PARTNER, NOON))
                .isEqualTo(Decision.Withhold.because(
                        WithholdReason.OUTSIDE_AREA,
                        "record pos/636012345/2026-11-26T11:00:00Z is not covered: dza-usa-maritime annex A1:"
                                + " position (39.5, 2.5) is outside its areas"));
    }

    @Test
    void decide_ownGovernmentVessel_isWithheld() {
        var patrol = new Subject.Vessel(Optional.of(605000001), Optional.of(35), Optional.of(DZA), true);
        ShareableRecord record = Fixtures.position(OFF_ALGIERS, OBSERVED, patrol);

        Decision decision = policy.decide(record, USA_PARTNER, NOON);

        assertThat(decision).isInstanceOfSatisfying(Decision.Withhold.class, w -> {
            assertThat(w.reason()).isEqualTo(WithholdReason.SUBJECT_NOT_COVERED);
            assertThat(w.detail()).endsWith("annex A1: government vessels of DZA are excluded");
        });
    }

    @Test
    void decide_foreignGovernmentVessel_isReleased() {
        var frenchNavy = new Subject.Vessel(Optional.of(227000001), Optional.of(35), Optional.of(FRA), true);

        assertThat(policy.decide(Fixtures.position(OFF_ALGIERS, OBSERVED, frenchNavy), USA_PARTNER, NOON))
                .isInstanceOf(Decision.ReleaseDegraded.class);
    }

    @Test
    void decide_suspendedAgreement_isWithheldAtOnce() {
        Policy suspended =
                Policy.of(DZA, List.of(Fixtures.inForce().withStatus(AgreementStatus.SUSPENDED)), ZoneLookup.none());

        assertThat(suspended.decide(cargo(), USA_PARTNER, NOON))
                .isEqualTo(Decision.Withhold.because(
                        WithholdReason.AGREEMENT_SUSPENDED, "agreement dza-usa-maritime v2 is suspended"));
    }

    @Test
    void decide_afterValidity_isWithheld() {
        Instant later = Fixtures.ENDS.plusSeconds(1);

        assertThat(policy.decide(cargo(), USA_PARTNER, later))
                .isInstanceOfSatisfying(
                        Decision.Withhold.class,
                        w -> assertThat(w.reason()).isEqualTo(WithholdReason.OUTSIDE_VALIDITY));
    }

    @Test
    void decide_unregisteredPartnerNode_isWithheld() {
        Decision decision = policy.decide(cargo(), new Partner(USA, NodeId.of("usa-rogue")), NOON);

        assertThat(decision)
                .isEqualTo(Decision.Withhold.because(
                        WithholdReason.PARTNER_NODE_NOT_REGISTERED,
                        "node usa-rogue is not registered for USA in agreement dza-usa-maritime v1"));
    }

    @Test
    void decide_noAgreementWithNation_isWithheld() {
        assertThat(policy.decide(cargo(), FRA_PARTNER, NOON))
                .isEqualTo(Decision.Withhold.because(WithholdReason.NO_AGREEMENT, "no agreement links DZA and FRA"));
    }

    @Test
    void decide_categoryWithoutAnnex_isWithheld() {
        ShareableRecord sar = new ShareableRecord(
                "sar/1",
                io.jisr.exchange.DataCategory.SAR_CASES,
                cargo().origin(),
                OBSERVED,
                Optional.empty(),
                new Subject.None(),
                new java.util.TreeMap<>(),
                Optional.empty(),
                Optional.empty());

        assertThat(policy.decide(sar, USA_PARTNER, NOON))
                .isEqualTo(Decision.Withhold.because(
                        WithholdReason.NO_ANNEX_FOR_CATEGORY, "no annex in force releases sar-cases from DZA to USA"));
    }

    @Test
    void decide_recordReceivedFromPartner_isNeverSentBack() {
        ShareableRecord fromUsa = received(Set.of());

        assertThat(policy.decide(fromUsa, USA_PARTNER, NOON))
                .isInstanceOfSatisfying(
                        Decision.Withhold.class,
                        w -> assertThat(w.reason()).isEqualTo(WithholdReason.PARTNER_IS_SOURCE));
    }

    @Test
    void decide_partnersRecordToThirdPartyWithoutPermission_isWithheld() {
        Policy withFrance = Policy.of(DZA, List.of(Fixtures.inForce(), franceAgreement()), ZoneLookup.none());

        assertThat(withFrance.decide(received(Set.of()), FRA_PARTNER, NOON))
                .isEqualTo(Decision.Withhold.because(
                        WithholdReason.ONWARD_RELEASE_NOT_ALLOWED,
                        "record pos/usa/1 was made by USA and its terms allow onward release to nobody, not FRA"));
    }

    @Test
    void decide_partnersRecordToThirdPartyWithPermission_isReleasedWithoutFurtherOnwardRelease() {
        Policy withFrance = Policy.of(DZA, List.of(Fixtures.inForce(), franceAgreement()), ZoneLookup.none());

        Decision decision = withFrance.decide(received(Set.of(FRA)), FRA_PARTNER, NOON);

        assertThat(decision).isInstanceOfSatisfying(Decision.ReleaseDegraded.class, d -> {
            HandlingTerms terms = d.record().handling().orElseThrow();
            assertThat(terms.marking().text()).isEqualTo("REL TO DZA, FRA");
            assertThat(terms.onwardReleaseTo()).isEmpty();
            assertThat(d.record().origin().nation()).isEqualTo(USA);
            assertThat(d.record().receivedFrom()).isEmpty();
        });
    }

    @Test
    void decide_markingWithoutPartner_isWithheld() {
        var terms = new HandlingTerms(
                ReleasabilityMarking.of(DZA),
                Duration.ofDays(1),
                Set.of(),
                new ReleaseGrant(Fixtures.inForce().id(), 1, "local"));
        ShareableRecord nationalOnly = cargo().releasedUnder(terms);

        assertThat(policy.decide(nationalOnly, USA_PARTNER, NOON))
                .isEqualTo(Decision.Withhold.because(
                        WithholdReason.MARKING_EXCLUDES_PARTNER,
                        "record pos/636012345/2026-11-26T11:00:00Z is marked \"REL TO DZA\", which does not name USA"));
    }

    @Test
    void of_invalidAgreement_isRefusedWithItsProblems() {
        var bad = Fixtures.agreement(
                AgreementStatus.IN_FORCE, List.of(Fixtures.positionsToUsa(), Fixtures.positionsToUsa()));

        assertThatThrownBy(() -> Policy.of(DZA, List.of(bad), ZoneLookup.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agreement dza-usa-maritime version 1 is not valid:"
                        + " annexes[1].id: annex id \"A1\" is already used by annexes[0]");
    }

    @Test
    void recheck_afterSuspension_withdrawsWhatIsInTheLog() {
        var grant = new ReleaseGrant(Fixtures.inForce().id(), 1, "A1");
        Policy suspended =
                Policy.of(DZA, List.of(Fixtures.inForce().withStatus(AgreementStatus.SUSPENDED)), ZoneLookup.none());

        assertThat(policy.recheck(grant, USA_PARTNER, NOON)).isEmpty();
        assertThat(suspended.recheck(grant, USA_PARTNER, NOON))
                .contains(Decision.Withhold.because(
                        WithholdReason.AGREEMENT_SUSPENDED, "agreement dza-usa-maritime v2 is suspended"));
        assertThat(policy.recheck(new ReleaseGrant(grant.agreement(), 1, "gone"), USA_PARTNER, NOON))
                .hasValueSatisfying(w -> assertThat(w.reason()).isEqualTo(WithholdReason.GRANT_WITHDRAWN));
    }

    @Test
    void recheck_annexChangedInALaterVersion_withdrawsWhatTheOldOneLetIntoTheLog() {
        var history = io.jisr.exchange.agreement.AgreementHistory.start(
                Fixtures.inForce(), new io.jisr.exchange.agreement.AgreementValidator(ZoneLookup.none()));
        var a1 = Fixtures.positionsToUsa();
        var narrower = new io.jisr.exchange.agreement.SharingAnnex(
                a1.id(),
                a1.category(),
                a1.releasingParty(),
                a1.receivingParty(),
                List.of(new io.jisr.exchange.agreement.Area.Polygon(
                        "small", List.of(GeoPoint.of(36, 0), GeoPoint.of(36, 1), GeoPoint.of(37, 1)))),
                a1.subjects(),
                a1.delay(),
                a1.precision(),
                a1.marking(),
                a1.retention(),
                a1.onwardReleaseTo());
        var v2 = history.current().withAnnexes(List.of(narrower, Fixtures.positionsToDza()));
        var narrowed = Policy.ofHistories(
                DZA,
                List.of(history.revise(v2, new io.jisr.exchange.agreement.AgreementValidator(ZoneLookup.none()))
                        .history()),
                ZoneLookup.none());
        var grantV1 = new ReleaseGrant(Fixtures.inForce().id(), 1, "A1");

        assertThat(narrowed.recheck(grantV1, USA_PARTNER, NOON))
                .contains(Decision.Withhold.because(
                        WithholdReason.GRANT_WITHDRAWN,
                        "annex A1 of agreement dza-usa-maritime is not as it was in version 1, under which the"
                                + " record was released"));
        assertThat(narrowed.recheck(new ReleaseGrant(grantV1.agreement(), 2, "A1"), USA_PARTNER, NOON))
                .isEmpty();
    }

    @Test
    void recheck_otherPartOfTheAgreementChanged_keepsServingOnlyWithTheHistory() {
        var validator = new io.jisr.exchange.agreement.AgreementValidator(ZoneLookup.none());
        var v1 = Fixtures.inForce();
        var history = io.jisr.exchange.agreement.AgreementHistory.start(v1, validator);
        var v2 = new io.jisr.exchange.agreement.Agreement(
                v1.id(),
                2,
                "Maritime picture exchange, amended",
                v1.reference(),
                v1.parties(),
                v1.validity(),
                v1.status(),
                v1.annexes());
        var revised = history.revise(v2, validator).history();
        var grantV1 = new ReleaseGrant(v1.id(), 1, "A1");

        assertThat(Policy.ofHistories(DZA, List.of(revised), ZoneLookup.none()).recheck(grantV1, USA_PARTNER, NOON))
                .isEmpty();
        assertThat(Policy.of(DZA, List.of(v2), ZoneLookup.none()).recheck(grantV1, USA_PARTNER, NOON))
                .hasValueSatisfying(w -> assertThat(w.detail()).endsWith("(that version is not known to this policy)"));
    }

    @Test
    void namedZone_releasesInsideItsPolygon_andWithholdsEverythingOnceTheZoneLeavesTheCatalogue() {
        var a1 = Fixtures.positionsToUsa();
        var overZone = new io.jisr.exchange.agreement.SharingAnnex(
                a1.id(),
                a1.category(),
                a1.releasingParty(),
                a1.receivingParty(),
                List.of(new io.jisr.exchange.agreement.Area.NamedZone("dza-basin")),
                a1.subjects(),
                a1.delay(),
                a1.precision(),
                a1.marking(),
                a1.retention(),
                a1.onwardReleaseTo());
        var agreement = Fixtures.inForce().withAnnexes(List.of(overZone, Fixtures.positionsToDza()));
        ZoneLookup catalogue = id -> id.equals("dza-basin") ? Optional.of(Fixtures.ALGERIAN_BASIN) : Optional.empty();
        ZoneLookup emptied = new ZoneLookup() {
            @Override
            public Optional<io.jisr.exchange.agreement.Area.Polygon> find(String zoneId) {
                return Optional.empty();
            }

            @Override
            public String missing(String zoneId) {
                return "zone \"" + zoneId + "\" was removed";
            }
        };
        var grant = new ReleaseGrant(agreement.id(), agreement.version(), "A1");

        Policy withZone = Policy.of(DZA, List.of(agreement), catalogue);
        assertThat(withZone.decide(cargo(), USA_PARTNER, NOON)).isInstanceOf(Decision.ReleaseDegraded.class);
        assertThat(withZone.decide(
                        Fixtures.position(GeoPoint.of(43.3, 5.4), OBSERVED, Fixtures.cargoShip(FRA)),
                        USA_PARTNER,
                        NOON))
                .isInstanceOfSatisfying(
                        Decision.Withhold.class, w -> assertThat(w.reason()).isEqualTo(WithholdReason.OUTSIDE_AREA));
        assertThat(withZone.recheck(grant, USA_PARTNER, NOON)).isEmpty();

        // The zone removed: the policy still builds, releases nothing under the annex and withdraws the log's.
        Policy without = Policy.of(DZA, List.of(agreement), emptied);
        assertThat(without.decide(cargo(), USA_PARTNER, NOON)).isInstanceOfSatisfying(Decision.Withhold.class, w -> {
            assertThat(w.reason()).isEqualTo(WithholdReason.UNKNOWN_ZONE);
            assertThat(w.detail()).contains("zone \"dza-basin\" was removed");
        });
        assertThat(without.recheck(grant, USA_PARTNER, NOON))
                .contains(Decision.Withhold.because(
                        WithholdReason.UNKNOWN_ZONE,
                        "annex A1 of agreement dza-usa-maritime names a zone that this node cannot resolve now:"
                                + " zone \"dza-basin\" was removed"));
        assertThatThrownBy(() -> new io.jisr.exchange.agreement.AgreementValidator(emptied).requireValid(agreement))
                .hasMessageContaining("annexes[0].areas[0]: zone \"dza-basin\" was removed");
    }

    private static ShareableRecord received(Set<io.jisr.exchange.Nation> onward) {
        var terms = new HandlingTerms(
                ReleasabilityMarking.of(USA, DZA, FRA),
                Duration.ofDays(7),
                onward,
                new ReleaseGrant(Fixtures.inForce().id(), 1, "B1"));
        return new ShareableRecord(
                        "pos/usa/1",
                        io.jisr.exchange.DataCategory.VESSEL_POSITIONS,
                        new io.jisr.exchange.record.Origin(USA, USA_NODE, "ais:rota"),
                        OBSERVED,
                        Optional.of(OFF_ALGIERS),
                        Fixtures.cargoShip(FRA),
                        new java.util.TreeMap<>(),
                        Optional.of(terms),
                        Optional.empty())
                .receivedFrom(USA_PARTNER);
    }

    private static io.jisr.exchange.agreement.Agreement franceAgreement() {
        var annex = new io.jisr.exchange.agreement.SharingAnnex(
                "F1",
                io.jisr.exchange.DataCategory.VESSEL_POSITIONS,
                DZA,
                FRA,
                List.of(new io.jisr.exchange.agreement.Area.Everywhere()),
                io.jisr.exchange.agreement.SubjectFilter.Vessels.all(),
                Duration.ZERO,
                io.jisr.exchange.agreement.Precision.DegreeGrid.of("0.1"),
                ReleasabilityMarking.of(DZA, FRA, io.jisr.exchange.Nation.of("ESP")),
                Duration.ofDays(1),
                Set.of());
        return new io.jisr.exchange.agreement.Agreement(
                io.jisr.exchange.agreement.AgreementId.of("dza-fra"),
                1,
                "DZA-FRA",
                new io.jisr.exchange.agreement.AgreementReference("MoU DZA-FRA", ""),
                List.of(Fixtures.party(DZA, Fixtures.DZA_NODE, 1), Fixtures.party(FRA, Fixtures.FRA_NODE, 3)),
                new io.jisr.exchange.agreement.Validity(Fixtures.SIGNED, Fixtures.ENDS),
                AgreementStatus.IN_FORCE,
                List.of(annex));
    }
}
