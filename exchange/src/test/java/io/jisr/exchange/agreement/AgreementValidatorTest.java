package io.jisr.exchange.agreement;

import static io.jisr.exchange.Fixtures.DZA;
import static io.jisr.exchange.Fixtures.FRA;
import static io.jisr.exchange.Fixtures.USA;
import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.exchange.DataCategory;
import io.jisr.exchange.Fixtures;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.ReleasabilityMarking;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgreementValidatorTest {
    private final AgreementValidator validator = new AgreementValidator(
            id -> id.equals("dza-territorial-sea") ? Optional.of(Fixtures.ALGERIAN_BASIN) : Optional.empty());

    @Test
    void validate_exampleAgreement_hasNoProblems() {
        assertThat(validator.validate(Fixtures.inForce())).isEmpty();
    }

    @Test
    void validate_badAnnex_listsEveryProblemWithItsPlace() {
        SharingAnnex good = Fixtures.positionsToUsa();
        var bad = new SharingAnnex(
                "A 1",
                DataCategory.INCIDENT_REPORTS,
                DZA,
                DZA,
                List.of(new Area.NamedZone("nowhere")),
                new SubjectFilter.Vessels(Set.of(0), Set.of(), false),
                Duration.ofMinutes(-5),
                Precision.DegreeGrid.of("20"),
                ReleasabilityMarking.of(USA),
                Duration.ZERO,
                Set.of(USA, FRA));
        var agreement = Fixtures.agreement(AgreementStatus.DRAFT, List.of(good, bad));

        assertThat(validator.validate(agreement))
                .extracting(AgreementProblem::toString)
                .containsExactly(
                        "annexes[1].id: annex id must be 1 to 32 of letters, digits, '.', '-' and '_', was \"A 1\"",
                        "annexes[1].receivingParty: a party cannot release to itself (DZA)",
                        "annexes[1].areas[0]: zone \"nowhere\" is not in the zone catalogue",
                        "annexes[1].subjects: category incident-reports takes a subject filter of kind INCIDENT, not VESSEL",
                        "annexes[1].delay: delay must not be negative, was PT-5M",
                        "annexes[1].precision: a degree grid must be 0.0001 to 10 degrees, was 20",
                        "annexes[1].marking: marking \"REL TO USA\" must name the receiving party DZA",
                        "annexes[1].retention: retention must be longer than zero, was PT0S",
                        "annexes[1].onwardReleaseTo: onward release to FRA needs FRA in the marking \"REL TO USA\"");
    }

    @Test
    void ignoringZonesAndReleasing_skipOnlyTheCatalogueCheck() {
        SharingAnnex good = Fixtures.positionsToUsa();
        var overZone = new SharingAnnex(
                good.id(),
                good.category(),
                good.releasingParty(),
                good.receivingParty(),
                List.of(new Area.NamedZone("nowhere")),
                good.subjects(),
                Duration.ofMinutes(-5),
                good.precision(),
                good.marking(),
                good.retention(),
                good.onwardReleaseTo());
        var agreement = Fixtures.agreement(AgreementStatus.DRAFT, List.of(overZone));

        assertThat(AgreementValidator.ignoringZones().validate(agreement))
                .extracting(AgreementProblem::toString)
                .containsExactly("annexes[0].delay: delay must not be negative, was PT-5M");
        assertThat(validator.validate(agreement))
                .extracting(AgreementProblem::toString)
                .contains("annexes[0].areas[0]: zone \"nowhere\" is not in the zone catalogue");
        // The annex is DZA's: USA's node does not hold DZA's zones and does not look them up.
        assertThat(AgreementValidator.releasing(USA, ZoneLookup.none()).validate(agreement))
                .extracting(AgreementProblem::toString)
                .containsExactly("annexes[0].delay: delay must not be negative, was PT-5M");
        assertThat(AgreementValidator.releasing(DZA, ZoneLookup.none()).validate(agreement))
                .extracting(AgreementProblem::toString)
                .contains("annexes[0].areas[0]: zone \"nowhere\" is not in the zone catalogue");
    }

    @Test
    void validate_badParties_sayWhichPartyAndNode() {
        var agreement = new Agreement(
                AgreementId.of("x"),
                0,
                " ",
                new AgreementReference("", ""),
                List.of(Fixtures.party(DZA, Fixtures.DZA_NODE, 1), Fixtures.party(DZA, Fixtures.DZA_NODE, 1)),
                new Validity(Fixtures.ENDS, Fixtures.SIGNED),
                AgreementStatus.DRAFT,
                List.of());

        assertThat(validator.validate(agreement))
                .extracting(AgreementProblem::toString)
                .containsExactly(
                        "version: version must be 1 or more, was 0",
                        "title: title must not be blank",
                        "reference.memorandum: the memorandum reference must not be blank",
                        "parties[1].nation: DZA is already parties[0]",
                        "parties[1].nodes[0].id: node dza-1 is already registered at parties[0].nodes[0]",
                        "parties[1].nodes[0].fingerprint: certificate fingerprint " + Fixtures.fingerprint(1)
                                + " is already registered at parties[0].nodes[0]",
                        "validity: validity must end after it starts, was from 2027-01-01T00:00:00Z until"
                                + " 2026-01-01T00:00:00Z");
    }

    @Test
    void validate_badPolygons_sayWhatIsWrongWithTheShape() {
        var bowTie = new Area.Polygon(
                "bow tie", List.of(GeoPoint.of(0, 0), GeoPoint.of(1, 1), GeoPoint.of(0, 1), GeoPoint.of(1, 0)));
        var acrossTheDateLine =
                new Area.Polygon("pacific", List.of(GeoPoint.of(0, 179), GeoPoint.of(0, -179), GeoPoint.of(1, -179)));
        var line = new Area.Polygon("line", List.of(GeoPoint.of(0, 0), GeoPoint.of(1, 1), GeoPoint.of(0, 0)));

        assertThat(AgreementValidator.polygonProblem(bowTie))
                .isEqualTo("edges 0 and 2 cross each other; a polygon must not intersect itself");
        assertThat(AgreementValidator.polygonProblem(acrossTheDateLine))
                .isEqualTo("edge 0 from (0.0, 179.0) to (0.0, -179.0) crosses the antimeridian;"
                        + " split the area into two polygons");
        assertThat(AgreementValidator.polygonProblem(line))
                .isEqualTo("a polygon needs at least 3 distinct corners, has 2");
        assertThat(AgreementValidator.polygonProblem(Fixtures.ALGERIAN_BASIN)).isNull();
    }

    @Test
    void polygon_contains_followsTheRing() {
        assertThat(Fixtures.ALGERIAN_BASIN.contains(GeoPoint.of(37, 3))).isTrue();
        assertThat(Fixtures.ALGERIAN_BASIN.contains(GeoPoint.of(35.9, 3))).isFalse();
        assertThat(Fixtures.ALGERIAN_BASIN.contains(GeoPoint.of(37, 6.1))).isFalse();
    }

    @Test
    void grading_meets_bothScales() {
        assertThat(Grading.parse("B2").meets(Grading.parse("C3"))).isTrue();
        assertThat(Grading.parse("A4").meets(Grading.parse("C3"))).isFalse();
        assertThat(Grading.parse("F6").meets(Grading.parse("F6"))).isTrue();
    }
}
