package io.jisr.incident.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.incident.ActorIndex;
import io.jisr.incident.CountryCode;
import io.jisr.incident.EventDate;
import io.jisr.incident.EventType;
import io.jisr.incident.Grading;
import io.jisr.incident.Incident;
import io.jisr.incident.IncidentReport;
import io.jisr.incident.Reports;
import io.jisr.incident.TimePrecision;
import io.jisr.incident.sample.SahelSample;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class IncidentIndexTest {
    private static final List<Incident> SAMPLE = SahelSample.incidents(7, 3_000);
    private static final IncidentIndex INDEX = IncidentIndex.of(SAMPLE);

    private static Incident dated(String id, EventDate date, CountryCode country) {
        IncidentReport ied = Reports.ied();
        return new Incident(
                id,
                1,
                new IncidentReport(
                        date,
                        new io.jisr.incident.IncidentLocation(
                                "X", "", "", country, 19.94, 2.94, io.jisr.incident.GeoPrecision.EXACT_PLACE),
                        ied.subType(),
                        ied.actors(),
                        ied.casualties(),
                        "",
                        ied.sources(),
                        ied.grading(),
                        ied.sourceNation(),
                        ied.releasability(),
                        ""));
    }

    /** The filter's meaning written out plainly, to check the compiled one against. */
    private static Predicate<Incident> plainly(IncidentFilter f) {
        return i -> {
            IncidentReport r = i.report();
            return (f.types().isEmpty() || f.types().contains(r.type()))
                    && f.actor()
                            .map(a -> r.actors().stream()
                                    .anyMatch(x -> ActorIndex.normalise(x).equals(ActorIndex.normalise(a))))
                            .orElse(true)
                    && f.from().map(d -> !r.date().last().isBefore(d)).orElse(true)
                    && f.to().map(d -> !r.date().first().isAfter(d)).orElse(true)
                    && f.minimumGrading().map(g -> r.grading().meets(g)).orElse(true)
                    && (f.countries().isEmpty()
                            || f.countries().contains(r.location().country()))
                    && (f.sourceNations().isEmpty() || f.sourceNations().contains(r.sourceNation()))
                    && f.area()
                            .map(a -> a.contains(
                                    r.location().latitude(), r.location().longitude()))
                            .orElse(true);
        };
    }

    @Property(tries = 200)
    void count_anyFilter_matchesThePlainMeaning(@ForAll("filters") IncidentFilter filter) {
        long expected = SAMPLE.stream().filter(plainly(filter)).count();

        assertThat(INDEX.count(filter)).isEqualTo((int) expected);
    }

    @Property(tries = 100)
    void clusters_anyFilterAndZoom_holdEveryMatchOnce_andAreDeterministic(
            @ForAll("filters") IncidentFilter filter, @ForAll @IntRange(min = 0, max = 18) int zoom) {
        List<Cluster> clusters = INDEX.clusters(filter, zoom);

        assertThat(clusters.stream().mapToInt(Cluster::count).sum()).isEqualTo(INDEX.count(filter));
        assertThat(clusters)
                .allMatch(c -> c.countsByType().values().stream()
                                .mapToInt(Integer::intValue)
                                .sum()
                        == c.count());
        assertThat(clusters).allMatch(c -> c.singleIncidentId().isPresent() == (c.count() == 1));
        assertThat(IncidentIndex.of(SAMPLE).clusters(filter, zoom)).isEqualTo(clusters);
    }

    @Test
    void clusters_zoomingIn_splitsClusters() {
        int world = INDEX.clusters(IncidentFilter.ALL, 2).size();
        int region = INDEX.clusters(IncidentFilter.ALL, 6).size();
        int street = INDEX.clusters(IncidentFilter.ALL, 16).size();

        assertThat(world).isLessThan(region);
        assertThat(region).isLessThan(street);
    }

    @Test
    void clusters_twoReportsAtOnePlace_areOneClusterAtTheirMeanPosition() {
        IncidentIndex index = IncidentIndex.of(List.of(
                dated("A", EventDate.onDay(LocalDate.of(2025, 1, 1)), Reports.MLI),
                dated("B", EventDate.onDay(LocalDate.of(2025, 1, 2)), Reports.MLI)));

        List<Cluster> clusters = index.clusters(IncidentFilter.ALL, 10);

        assertThat(clusters).hasSize(1);
        Cluster c = clusters.getFirst();
        assertThat(c.count()).isEqualTo(2);
        assertThat(c.latitude()).isCloseTo(19.94, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.longitude()).isCloseTo(2.94, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.countsByType()).isEqualTo(Map.of(EventType.EXPLOSION_REMOTE_VIOLENCE, 2));
        assertThat(c.knownKilled()).isEqualTo(6);
        assertThat(c.singleIncidentId()).isEmpty();
    }

    @Test
    void timeline_countsDayAndWeekReportsPerIsoWeek_andMonthOnlyReportsApart() {
        IncidentIndex index = IncidentIndex.of(List.of(
                dated("A", EventDate.onDay(LocalDate.of(2024, 12, 30)), Reports.MLI),
                dated("B", new EventDate(LocalDate.of(2025, 1, 5), TimePrecision.WEEK), Reports.MLI),
                dated("C", EventDate.onDay(LocalDate.of(2025, 1, 14)), Reports.MLI),
                dated("D", new EventDate(LocalDate.of(2025, 1, 15), TimePrecision.MONTH), Reports.MLI)));

        Timeline timeline = index.timeline(IncidentFilter.ALL);

        assertThat(timeline.weeks())
                .extracting(Timeline.Week::isoWeek, Timeline.Week::total)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2025-W01", 2),
                        org.assertj.core.groups.Tuple.tuple("2025-W02", 0),
                        org.assertj.core.groups.Tuple.tuple("2025-W03", 1));
        assertThat(timeline.weeks().getFirst().monday()).isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(timeline.weeks().getFirst().counts()).isEqualTo(Map.of(EventType.EXPLOSION_REMOTE_VIOLENCE, 2));
        assertThat(timeline.monthOnly()).extracting(Timeline.Month::month).containsExactly(YearMonth.of(2025, 1));
    }

    @Test
    void timeline_totalsEqualTheFilteredCount() {
        IncidentFilter filter =
                IncidentFilter.ALL.withCountries(Set.of(Reports.DZA)).withMinimumGrading(Grading.parse("C3"));

        Timeline timeline = INDEX.timeline(filter);

        int total = timeline.weeks().stream().mapToInt(Timeline.Week::total).sum()
                + timeline.monthOnly().stream().mapToInt(Timeline.Month::total).sum();
        assertThat(total).isEqualTo(INDEX.count(filter)).isPositive();
    }

    @Test
    void find_latestFirst_upToTheLimit() {
        List<Incident> found = INDEX.find(IncidentFilter.ALL.withActor("jnim"), 20);

        assertThat(found).hasSize(20);
        assertThat(found)
                .allMatch(i -> i.report().actors().stream()
                        .anyMatch(a -> ActorIndex.normalise(a).equals("jnim")));
        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i - 1).report().date().last())
                    .isAfterOrEqualTo(found.get(i).report().date().last());
        }
        assertThat(INDEX.find(IncidentFilter.ALL.withActor("nobody at all"), 5)).isEmpty();
    }

    @Test
    void possibleDuplicates_sameTypeOverlappingPeriodNearby_nearestFirst_withoutItself() {
        Incident a = dated("A", EventDate.onDay(LocalDate.of(2025, 3, 14)), Reports.MLI);
        Incident sameWeek = dated("B", new EventDate(LocalDate.of(2025, 3, 12), TimePrecision.WEEK), Reports.MLI);
        Incident nextMonth = dated("C", EventDate.onDay(LocalDate.of(2025, 4, 14)), Reports.MLI);
        Incident sameDay = dated("D", EventDate.onDay(LocalDate.of(2025, 3, 14)), Reports.DZA);
        IncidentIndex index = IncidentIndex.of(List.of(a, sameWeek, nextMonth, sameDay));

        assertThat(index.possibleDuplicates(a, 10)).extracting(Incident::id).containsExactly("B", "D");
        assertThat(index.possibleDuplicates(nextMonth, 10)).isEmpty();
    }

    @Test
    void distanceKm_oneDegreeOfLatitude_isAbout111Km() {
        assertThat(IncidentIndex.distanceKm(19, 2, 20, 2)).isCloseTo(111.19, org.assertj.core.data.Offset.offset(0.01));
        assertThat(IncidentIndex.distanceKm(19.94, 2.94, 19.966, 2.985)).isBetween(5.0, 6.0);
    }

    @Test
    void area_acrossTheAntimeridian_containsBothSides() {
        Area pacific = new Area(-10, 170, 10, -170);

        assertThat(pacific.contains(0, 175)).isTrue();
        assertThat(pacific.contains(0, -175)).isTrue();
        assertThat(pacific.contains(0, 0)).isFalse();
    }

    @Provide
    Arbitrary<IncidentFilter> filters() {
        Arbitrary<Set<EventType>> types = Arbitraries.of(EventType.class).set().ofMaxSize(3);
        Arbitrary<java.util.Optional<String>> actor = Arbitraries.of(
                        "JNIM", "j.n.i.m.", "Military Forces of Mali", "Smugglers", "nobody")
                .optional(0.3);
        Arbitrary<java.util.Optional<LocalDate>> day = Arbitraries.integers()
                .between(0, 1_500)
                .map(d -> SahelSample.FIRST_DAY.plusDays(d))
                .optional(0.5);
        Arbitrary<java.util.Optional<Grading>> grading =
                Arbitraries.of("A1", "B2", "C3", "C4", "F6").map(Grading::parse).optional(0.4);
        Arbitrary<Set<CountryCode>> countries = Arbitraries.of("DZA", "MLI", "NER", "BFA", "FRA")
                .map(CountryCode::of)
                .set()
                .ofMaxSize(2);
        Arbitrary<Set<CountryCode>> nations =
                Arbitraries.of("DZA", "USA", "MLI").map(CountryCode::of).set().ofMaxSize(2);
        Arbitrary<java.util.Optional<Area>> area =
                Arbitraries.of(new Area(14, -2, 20, 4), new Area(18, 0, 23, 6)).optional(0.3);
        return Combinators.combine(types, actor, day, day, grading, countries, nations, area)
                .filter((t, a, from, to, g, c, n, ar) ->
                        from.isEmpty() || to.isEmpty() || !to.get().isBefore(from.get()))
                .as(IncidentFilter::new);
    }
}
