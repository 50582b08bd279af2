package io.jisr.exchange.policy;

import static io.jisr.exchange.Fixtures.DZA;
import static io.jisr.exchange.Fixtures.DZA_NODE;
import static io.jisr.exchange.Fixtures.FRA;
import static io.jisr.exchange.Fixtures.FRA_NODE;
import static io.jisr.exchange.Fixtures.USA;
import static io.jisr.exchange.Fixtures.USA_NODE;
import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.exchange.DataCategory;
import io.jisr.exchange.Fixtures;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.Partner;
import io.jisr.exchange.ReleasabilityMarking;
import io.jisr.exchange.agreement.Agreement;
import io.jisr.exchange.agreement.AgreementId;
import io.jisr.exchange.agreement.AgreementReference;
import io.jisr.exchange.agreement.AgreementStatus;
import io.jisr.exchange.agreement.Area;
import io.jisr.exchange.agreement.Grading;
import io.jisr.exchange.agreement.Precision;
import io.jisr.exchange.agreement.SharingAnnex;
import io.jisr.exchange.agreement.SubjectFilter;
import io.jisr.exchange.agreement.Validity;
import io.jisr.exchange.agreement.ZoneLookup;
import io.jisr.exchange.record.HandlingTerms;
import io.jisr.exchange.record.Origin;
import io.jisr.exchange.record.ReleaseGrant;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.exchange.record.Subject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The policy against a plain statement of the rules: over random agreements (one with the United
 * States, sometimes one with France), annexes, records and partners, a record leaves if and only if
 * some annex allows it, exactly as that annex says, and never when the agreement is not in force.
 *
 * <p>Edge-case mixing is off: the combined generators' edge cases are nearly all "every optional
 * empty, every choice the first", which hides releases; the generators weight the cases instead, and
 * the coverage check in the first property fails if they stop reaching releases and refusals.
 */
class PolicyPropertiesTest {
    private static final Instant SIGNED = Fixtures.SIGNED;
    private static final Instant ENDS = Fixtures.ENDS;
    private static final List<Integer> SHIP_TYPES = List.of(30, 35, 52, 60, 70, 80);
    private static final List<Nation> FLAGS = List.of(DZA, USA, FRA, Nation.of("PAN"));
    private static final List<String> EVENTS = List.of("piracy", "smuggling", "pollution");
    /* Fewer categories than the built-in seven, so that annexes and records meet often enough. */
    private static final List<DataCategory> CATEGORIES = List.of(
            DataCategory.VESSEL_POSITIONS,
            DataCategory.VESSEL_STATIC,
            DataCategory.INCIDENT_REPORTS,
            DataCategory.SAR_CASES);
    private static final List<String> GRIDS = List.of("0.001", "0.01", "0.1", "0.25", "1");

    /** One case: the agreements in force at the node, a record, who asks, and when. */
    record Scenario(List<Agreement> agreements, ShareableRecord record, Partner partner, Instant time) {}

    @Property(edgeCases = EdgeCasesMode.NONE, tries = 3000)
    void decide_releasesIffSomeAnnexAllows(@ForAll("scenarios") Scenario s) {
        Decision decision = policy(s).decide(s.record(), s.partner(), s.time());

        boolean released = !(decision instanceof Decision.Withhold);
        Statistics.label("outcome").collect(released ? "released" : ((Decision.Withhold) decision).reason());
        // the generators must reach releases and the main refusals often enough to mean something
        Statistics.label("outcome").coverage(c -> {
            c.check("released").percentage(p -> p > 3);
            c.check(WithholdReason.DELAYED).percentage(p -> p > 0.5);
            c.check(WithholdReason.OUTSIDE_AREA).percentage(p -> p > 0.5);
            c.check(WithholdReason.SUBJECT_NOT_COVERED).percentage(p -> p > 0.5);
            c.check(WithholdReason.ONWARD_RELEASE_NOT_ALLOWED).percentage(p -> p > 0.1);
            c.check(WithholdReason.AGREEMENT_SUSPENDED).percentage(p -> p > 0.5);
        });
        assertThat(released)
                .as("%s for %s", decision, s)
                .isEqualTo(!allowingNow(s).isEmpty());
    }

    @Property(edgeCases = EdgeCasesMode.NONE, tries = 2000)
    void decide_release_isExactlyAsItsAnnexSays(@ForAll("scenarios") Scenario s) {
        Decision decision = policy(s).decide(s.record(), s.partner(), s.time());
        if (decision instanceof Decision.Withhold) {
            return;
        }
        ShareableRecord out =
                decision instanceof Decision.Release r ? r.record() : ((Decision.ReleaseDegraded) decision).record();
        ReleaseGrant grant =
                decision instanceof Decision.Release r ? r.grant() : ((Decision.ReleaseDegraded) decision).grant();
        List<SharingAnnex> allowing = allowingNow(s);
        SharingAnnex annex = allowing.stream()
                .filter(a -> a.id().equals(grant.annexId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("released under " + grant + ", which does not allow it"));

        // the finest precision among the annexes that allow it
        allowing.forEach(a -> assertThat(grid(annex)).isLessThanOrEqualTo(grid(a)));
        // rounded onto the annex's grid, by at most half a cell, and changed only then
        if (annex.precision() instanceof Precision.DegreeGrid g
                && s.record().position().isPresent()) {
            GeoPoint before = s.record().position().get();
            GeoPoint after = out.position().orElseThrow();
            assertOnGrid(after.latitude(), before.latitude(), g.degrees(), 90);
            assertOnGrid(after.longitude(), before.longitude(), g.degrees(), 180);
            assertThat(decision instanceof Decision.ReleaseDegraded).isEqualTo(!after.equals(before));
        } else {
            assertThat(decision).isInstanceOf(Decision.Release.class);
            assertThat(out.position()).isEqualTo(s.record().position());
        }
        // the rest as observed, the annex's terms set
        assertThat(out.withPosition(s.record().position())
                        .releasedUnder(
                                s.record().handling().orElse(null) == null
                                        ? out.handling().orElseThrow()
                                        : out.handling().orElseThrow()))
                .isEqualTo(s.record().releasedUnder(out.handling().orElseThrow()));
        HandlingTerms terms = out.handling().orElseThrow();
        assertThat(terms.marking().releasableTo(s.partner().nation())).isTrue();
        assertThat(annex.marking().nations()).containsAll(terms.marking().nations());
        assertThat(terms.retention()).isEqualTo(annex.retention());
        assertThat(terms.onwardReleaseTo()).isEqualTo(isForeign(s.record()) ? Set.of() : annex.onwardReleaseTo());
        assertThat(out.receivedFrom()).isEmpty();
    }

    @Property(edgeCases = EdgeCasesMode.NONE, tries = 1000)
    void decide_agreementNotInForceOrOutsideValidity_neverReleases(@ForAll("closedScenarios") Scenario s) {
        assertThat(policy(s).decide(s.record(), s.partner(), s.time())).isInstanceOf(Decision.Withhold.class);
    }

    @Property(edgeCases = EdgeCasesMode.NONE, tries = 1000)
    void decide_partnersRecord_neverGoesOnWithoutItsTermsAllowing(@ForAll("scenarios") Scenario s) {
        Decision decision = policy(s).decide(s.record(), s.partner(), s.time());

        if (!(decision instanceof Decision.Withhold) && isForeign(s.record())) {
            HandlingTerms original = s.record().handling().orElseThrow();
            assertThat(original.onwardReleaseTo()).contains(s.partner().nation());
            assertThat(original.marking().releasableTo(s.partner().nation())).isTrue();
            assertThat(s.partner().nation()).isNotEqualTo(s.record().origin().nation());
        }
    }

    @Property(edgeCases = EdgeCasesMode.NONE, tries = 1000)
    void decide_delayed_isReleasableAtItsRetryTimeAndNotBefore(@ForAll("scenarios") Scenario s) {
        Policy policy = policy(s);
        if (!(policy.decide(s.record(), s.partner(), s.time()) instanceof Decision.Withhold w)
                || w.reason() != WithholdReason.DELAYED) {
            return;
        }
        Instant retryAt = w.retryAt().orElseThrow();
        assertThat(retryAt).isAfter(s.time());
        Scenario atRetry = new Scenario(s.agreements(), s.record(), s.partner(), retryAt);
        Scenario justBefore = new Scenario(s.agreements(), s.record(), s.partner(), retryAt.minusNanos(1));
        if (allowingNow(atRetry).isEmpty()) {
            return; // the agreement ended in between: nothing to check at the retry time
        }
        assertThat(policy.decide(s.record(), s.partner(), retryAt)).isNotInstanceOf(Decision.Withhold.class);
        assertThat(policy.decide(s.record(), s.partner(), justBefore.time())).isInstanceOf(Decision.Withhold.class);
    }

    @Property(edgeCases = EdgeCasesMode.NONE, tries = 300)
    void decide_isAPureFunction(@ForAll("scenarios") Scenario s) {
        assertThat(policy(s).decide(s.record(), s.partner(), s.time()))
                .isEqualTo(policy(s).decide(s.record(), s.partner(), s.time()));
    }

    // ---- the rules, stated plainly --------------------------------------------------------------

    private static Policy policy(Scenario s) {
        return Policy.of(DZA, s.agreements(), ZoneLookup.none());
    }

    private static boolean isForeign(ShareableRecord record) {
        return record.isReceived() || !record.origin().nation().equals(DZA);
    }

    /** The annexes that allow the record to leave now, by the rules as the issue states them. */
    private static List<SharingAnnex> allowingNow(Scenario s) {
        ShareableRecord r = s.record();
        Nation to = s.partner().nation();
        boolean fromPartner = r.origin().nation().equals(to)
                || r.receivedFrom().map(p -> p.nation().equals(to)).orElse(false);
        boolean markingAllows =
                r.handling().map(h -> h.marking().releasableTo(to)).orElse(true);
        boolean onwardAllows = !isForeign(r)
                || r.handling().map(h -> h.onwardReleaseTo().contains(to)).orElse(false);
        var allowing = new ArrayList<SharingAnnex>();
        if (fromPartner || !markingAllows || !onwardAllows) {
            return allowing;
        }
        for (Agreement a : s.agreements()) {
            boolean open = a.status() == AgreementStatus.IN_FORCE
                    && !s.time().isBefore(a.validity().from())
                    && s.time().isBefore(a.validity().until())
                    && a.parties().stream()
                            .anyMatch(p -> p.nation().equals(to)
                                    && p.nodes().stream()
                                            .anyMatch(n ->
                                                    n.id().equals(s.partner().node())));
            if (!open) {
                continue;
            }
            for (SharingAnnex x : a.annexes()) {
                if (x.releasingParty().equals(DZA)
                        && x.receivingParty().equals(to)
                        && x.category().equals(r.category())
                        && inArea(x, r)
                        && subjectCovered(x.subjects(), r.subject())
                        && !s.time().isBefore(r.observedAt().plus(x.delay()))) {
                    allowing.add(x);
                }
            }
        }
        return allowing;
    }

    private static boolean inArea(SharingAnnex annex, ShareableRecord r) {
        for (Area area : annex.areas()) {
            if (area instanceof Area.Everywhere) {
                return true;
            }
            if (area instanceof Area.Polygon box && r.position().isPresent()) {
                // the generated polygons are boxes; their corners never equal a generated position
                double minLat = box.ring().stream()
                        .mapToDouble(GeoPoint::latitude)
                        .min()
                        .orElseThrow();
                double maxLat = box.ring().stream()
                        .mapToDouble(GeoPoint::latitude)
                        .max()
                        .orElseThrow();
                double minLon = box.ring().stream()
                        .mapToDouble(GeoPoint::longitude)
                        .min()
                        .orElseThrow();
                double maxLon = box.ring().stream()
                        .mapToDouble(GeoPoint::longitude)
                        .max()
                        .orElseThrow();
                GeoPoint p = r.position().get();
                if (p.latitude() > minLat
                        && p.latitude() < maxLat
                        && p.longitude() > minLon
                        && p.longitude() < maxLon) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean subjectCovered(SubjectFilter filter, Subject subject) {
        if (filter instanceof SubjectFilter.Vessels f && subject instanceof Subject.Vessel v) {
            boolean type = f.shipTypes().isEmpty()
                    || (v.shipType().isPresent()
                            && f.shipTypes().contains(v.shipType().get()));
            boolean flag = f.flags().isEmpty()
                    || (v.flag().isPresent() && f.flags().contains(v.flag().get()));
            boolean ownGovernment = v.governmentVessel()
                    && (v.flag().isEmpty() || v.flag().get().equals(DZA));
            return type && flag && !(f.excludeReleasersGovernmentVessels() && ownGovernment);
        }
        if (filter instanceof SubjectFilter.Incidents f && subject instanceof Subject.Incident i) {
            boolean type = f.eventTypes().isEmpty() || f.eventTypes().contains(i.eventType());
            boolean grade = f.minimumGrading().isEmpty()
                    || (i.grading().reliability() <= f.minimumGrading().get().reliability()
                            && i.grading().credibility()
                                    <= f.minimumGrading().get().credibility());
            return type && grade;
        }
        return filter instanceof SubjectFilter.Unfiltered && subject instanceof Subject.None;
    }

    private static BigDecimal grid(SharingAnnex annex) {
        return annex.precision() instanceof Precision.DegreeGrid g ? g.degrees() : BigDecimal.ZERO;
    }

    private static void assertOnGrid(double after, double before, BigDecimal grid, double limit) {
        BigDecimal released = new BigDecimal(Double.toString(after));
        boolean clamped = Math.abs(after) == limit;
        if (!clamped) {
            assertThat(released.remainder(grid).signum())
                    .as("%s on a %s° grid", after, grid)
                    .isZero();
        }
        assertThat(Math.abs(after - before)).isLessThanOrEqualTo(grid.doubleValue() / 2 + 1e-9);
    }

    // ---- generators -----------------------------------------------------------------------------

    @Provide
    Arbitrary<Scenario> scenarios() {
        return scenarios(
                Arbitraries.frequency(
                        Tuple.of(8, AgreementStatus.IN_FORCE),
                        Tuple.of(1, AgreementStatus.DRAFT),
                        Tuple.of(1, AgreementStatus.SUSPENDED),
                        Tuple.of(1, AgreementStatus.EXPIRED)),
                times());
    }

    @Provide
    Arbitrary<Scenario> closedScenarios() {
        Arbitrary<AgreementStatus> closed =
                Arbitraries.of(AgreementStatus.DRAFT, AgreementStatus.SUSPENDED, AgreementStatus.EXPIRED);
        Arbitrary<Scenario> notInForce = scenarios(closed, times());
        Arbitrary<Instant> outside = Arbitraries.oneOf(
                Arbitraries.longs().between(1, 90L * 86400).map(s -> SIGNED.minusSeconds(s)),
                Arbitraries.longs().between(0, 90L * 86400).map(ENDS::plusSeconds));
        Arbitrary<Scenario> outOfDates = scenarios(Arbitraries.of(AgreementStatus.values()), outside);
        return Arbitraries.oneOf(notInForce, outOfDates);
    }

    private static Arbitrary<Instant> times() {
        return Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.longs().between(0, 365L * 86400 - 1).map(SIGNED::plusSeconds)),
                Tuple.of(1, Arbitraries.longs().between(-86400, 86400).map(ENDS::plusSeconds)));
    }

    private static Arbitrary<Scenario> scenarios(Arbitrary<AgreementStatus> statuses, Arbitrary<Instant> times) {
        Arbitrary<Agreement> withUsa = agreement("dza-usa", USA, USA_NODE, statuses);
        Arbitrary<Optional<Agreement>> withFrance =
                agreement("dza-fra", FRA, FRA_NODE, statuses).optional(0.5);
        Arbitrary<Partner> partners = Arbitraries.frequency(
                Tuple.of(6, new Partner(USA, USA_NODE)),
                Tuple.of(3, new Partner(FRA, FRA_NODE)),
                Tuple.of(1, new Partner(USA, NodeId.of("usa-unregistered"))));
        return Combinators.combine(
                        withUsa,
                        withFrance,
                        records(),
                        partners,
                        times,
                        Arbitraries.integers().between(0, 180))
                .as((usa, fra, record, partner, time, minutesAgo) -> {
                    var agreements = new ArrayList<Agreement>();
                    agreements.add(usa);
                    fra.ifPresent(agreements::add);
                    ShareableRecord observed = record.apply(time.minus(Duration.ofMinutes(minutesAgo)));
                    return new Scenario(agreements, observed, partner, time);
                });
    }

    private static Arbitrary<Agreement> agreement(
            String id, Nation other, NodeId otherNode, Arbitrary<AgreementStatus> statuses) {
        Arbitrary<SharingAnnex> annexes = annex(other);
        return Combinators.combine(statuses, annexes.list().ofMinSize(1).ofMaxSize(4))
                .as((status, list) -> {
                    var renamed = new ArrayList<SharingAnnex>();
                    for (int i = 0; i < list.size(); i++) {
                        SharingAnnex a = list.get(i);
                        renamed.add(new SharingAnnex(
                                "X" + i,
                                a.category(),
                                a.releasingParty(),
                                a.receivingParty(),
                                a.areas(),
                                a.subjects(),
                                a.delay(),
                                a.precision(),
                                a.marking(),
                                a.retention(),
                                a.onwardReleaseTo()));
                    }
                    return new Agreement(
                            AgreementId.of(id),
                            1,
                            id,
                            new AgreementReference("MoU " + id, ""),
                            List.of(
                                    Fixtures.party(DZA, DZA_NODE, 1),
                                    Fixtures.party(other, otherNode, other == USA ? 2 : 3)),
                            new Validity(SIGNED, ENDS),
                            status,
                            renamed);
                });
    }

    private static Arbitrary<SharingAnnex> annex(Nation other) {
        Arbitrary<DataCategory> categories = Arbitraries.frequency(
                Tuple.of(5, CATEGORIES.get(0)),
                Tuple.of(1, CATEGORIES.get(1)),
                Tuple.of(1, CATEGORIES.get(2)),
                Tuple.of(1, CATEGORIES.get(3)));
        Arbitrary<Boolean> outward = Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false));
        Arbitrary<List<Area>> areas = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(List.<Area>of(new Area.Everywhere()))),
                Tuple.of(3, box().list().ofMinSize(1).ofMaxSize(2)));
        Arbitrary<Duration> delays = Arbitraries.of(0, 0, 10, 30, 120).map(Duration::ofMinutes);
        Arbitrary<Precision> precisions = Arbitraries.oneOf(
                Arbitraries.just(new Precision.Exact()), Arbitraries.of(GRIDS).map(Precision.DegreeGrid::of));
        Arbitrary<Boolean> onward = Arbitraries.of(true, false);
        return Combinators.combine(
                        categories,
                        outward,
                        areas,
                        delays,
                        precisions,
                        onward,
                        Arbitraries.integers().between(0, 1000))
                .flatAs((category, out, area, delay, precision, allowOnward, seed) -> filter(category.subjectKind())
                        .map(subjects -> {
                            Nation from = out ? DZA : other;
                            Nation to = out ? other : DZA;
                            Set<Nation> onwardTo = allowOnward && other != FRA && out ? Set.of(FRA) : Set.of();
                            ReleasabilityMarking marking = onwardTo.isEmpty()
                                    ? ReleasabilityMarking.of(from, to)
                                    : ReleasabilityMarking.of(from, to, FRA);
                            return new SharingAnnex(
                                    "tmp",
                                    category,
                                    from,
                                    to,
                                    area,
                                    subjects,
                                    delay,
                                    precision,
                                    marking,
                                    Duration.ofDays(1 + seed % 30),
                                    onwardTo);
                        }));
    }

    private static Arbitrary<Area> box() {
        // corners off the grid of generated positions (5 decimals), so no position lies on an edge
        Arbitrary<Double> lat = Arbitraries.integers().between(29, 37).map(i -> i + 0.123456789);
        Arbitrary<Double> lon = Arbitraries.integers().between(-5, 8).map(i -> i + 0.123456789);
        return Combinators.combine(
                        lat,
                        lon,
                        Arbitraries.integers().between(1, 4),
                        Arbitraries.integers().between(1, 6))
                .as((la, lo, h, w) -> new Area.Polygon(
                        "box",
                        List.of(
                                GeoPoint.of(la, lo),
                                GeoPoint.of(la, lo + w),
                                GeoPoint.of(la + h, lo + w),
                                GeoPoint.of(la + h, lo))));
    }

    private static Arbitrary<SubjectFilter> filter(DataCategory.SubjectKind kind) {
        return switch (kind) {
            case VESSEL ->
                Combinators.combine(anyOrSome(SHIP_TYPES), anyOrSome(FLAGS), Arbitraries.of(true, false))
                        .as(SubjectFilter.Vessels::new);
            case INCIDENT ->
                Combinators.combine(anyOrSome(EVENTS), grading().optional(0.5))
                        .as((types, min) -> new SubjectFilter.Incidents(new TreeSet<>(types), min));
            case NONE -> Arbitraries.just(new SubjectFilter.Unfiltered());
        };
    }

    /** Half the time no limit (the empty set), else some of the values. */
    private static <T> Arbitrary<Set<T>> anyOrSome(List<T> values) {
        return Arbitraries.oneOf(Arbitraries.just(Set.<T>of()), Arbitraries.subsetOf(values));
    }

    private static Arbitrary<Grading> grading() {
        return Combinators.combine(
                        Arbitraries.chars().range('A', 'F'),
                        Arbitraries.integers().between(1, 6))
                .as(Grading::new);
    }

    /** Records still waiting for their observation time. */
    private static Arbitrary<java.util.function.Function<Instant, ShareableRecord>> records() {
        Arbitrary<DataCategory> categories = Arbitraries.frequency(
                Tuple.of(5, CATEGORIES.get(0)),
                Tuple.of(1, CATEGORIES.get(1)),
                Tuple.of(1, CATEGORIES.get(2)),
                Tuple.of(1, CATEGORIES.get(3)));
        Arbitrary<Optional<GeoPoint>> positions = Combinators.combine(
                        Arbitraries.doubles().between(29, 42).ofScale(5),
                        Arbitraries.doubles().between(-6, 14).ofScale(5))
                .as(GeoPoint::of)
                .optional(0.85);
        Arbitrary<Optional<Partner>> received = Arbitraries.frequency(
                Tuple.of(3, Optional.<Partner>empty()), Tuple.of(1, Optional.of(new Partner(USA, USA_NODE))));
        Arbitrary<Optional<HandlingTerms>> ownTerms = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Optional.<HandlingTerms>empty())),
                Tuple.of(
                        1,
                        Combinators.combine(
                                        Arbitraries.of(
                                                ReleasabilityMarking.of(USA, DZA),
                                                ReleasabilityMarking.of(USA, DZA, FRA),
                                                ReleasabilityMarking.of(USA, DZA, FRA),
                                                ReleasabilityMarking.of(DZA)),
                                        Arbitraries.of(Set.<Nation>of(), Set.of(FRA)))
                                .as((marking, onward) -> Optional.of(new HandlingTerms(
                                        marking,
                                        Duration.ofDays(3),
                                        onward,
                                        new ReleaseGrant(AgreementId.of("usa-dza"), 1, "B1"))))));
        return Combinators.combine(
                        categories,
                        positions,
                        received,
                        ownTerms,
                        Arbitraries.integers().between(0, 1_000_000))
                .flatAs((category, position, from, terms, n) -> subject(category.subjectKind())
                        .map(subject -> observedAt -> {
                            Nation originNation = from.isPresent() ? USA : DZA;
                            NodeId originNode = from.isPresent() ? USA_NODE : DZA_NODE;
                            // a received record always has the terms it came under
                            Optional<HandlingTerms> handling = from.isPresent() && terms.isEmpty()
                                    ? Optional.of(new HandlingTerms(
                                            ReleasabilityMarking.of(USA, DZA),
                                            Duration.ofDays(3),
                                            Set.of(),
                                            new ReleaseGrant(AgreementId.of("usa-dza"), 1, "B1")))
                                    : terms;
                            return new ShareableRecord(
                                    "r" + n,
                                    category,
                                    new Origin(originNation, originNode, "sensor"),
                                    observedAt,
                                    position,
                                    subject,
                                    new TreeMap<>(Map.of("note", "n" + n)),
                                    handling,
                                    from);
                        }));
    }

    private static Arbitrary<Subject> subject(DataCategory.SubjectKind kind) {
        return switch (kind) {
            case VESSEL ->
                Combinators.combine(
                                Arbitraries.of(SHIP_TYPES).optional(0.8),
                                Arbitraries.of(FLAGS).optional(0.8),
                                Arbitraries.of(true, false))
                        .as((type, flag, government) ->
                                new Subject.Vessel(Optional.of(123456789), type, flag, government));
            case INCIDENT ->
                Combinators.combine(Arbitraries.of(EVENTS), grading()).as(Subject.Incident::new);
            case NONE -> Arbitraries.just(new Subject.None());
        };
    }

    static Set<Nation> nations(Nation... nations) {
        return new LinkedHashSet<>(List.of(nations));
    }
}
