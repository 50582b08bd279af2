package io.jisr.sar.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.jisr.sar.drift.DriftModel;
import io.jisr.sar.drift.DriftRequest;
import io.jisr.sar.drift.DriftResult;
import io.jisr.sar.drift.Position;
import io.jisr.sar.drift.Seeding;
import io.jisr.sar.env.Environment;
import io.jisr.sar.land.LandMask;
import io.jisr.sar.leeway.LeewayObjects;
import io.jisr.sar.product.ProbabilityGrid;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class ProbabilityMapTest {
    static final Position CENTRE = new Position(37.0, 3.5);
    static final SearchArea.Rectangle WHOLE = new SearchArea.Rectangle("Whole", CENTRE, 0, 10_000, 10_000);
    /** The western half of {@link #WHOLE}. */
    static final SearchArea.Rectangle WEST = new SearchArea.Rectangle(
            "West", TangentPlane.at(CENTRE).unproject(new TangentPlane.Point(-2_500, 0)), 0, 10_000, 5_000);

    static final ProbabilityMap DRIFT_MAP = driftMap();

    @Test
    void uniform_sharesTheProbabilityEqually() {
        ProbabilityMap map = ProbabilityMap.uniform(WHOLE, 500);
        assertThat(map.cells()).hasSize(400);
        assertThat(map.cells()).allSatisfy(c -> assertThat(c.probability()).isCloseTo(1 / 400.0, within(1e-15)));
        assertThat(map.containment(WEST)).isCloseTo(0.5, within(1e-12));
        assertThat(map.cumulativeSuccess()).isZero();
    }

    @Test
    void afterUnsuccessfulSearch_halfSearchedWithPod06_handComputed() {
        ProbabilityMap map = ProbabilityMap.uniform(WHOLE, 500);
        List<ProbabilityMap.AreaSearch> search = List.of(new ProbabilityMap.AreaSearch(WEST, 0.6));
        // POS = POC × POD = 0.5 × 0.6 = 0.3.
        assertThat(map.success(search)).isCloseTo(0.3, within(1e-12));
        ProbabilityMap after = map.afterUnsuccessfulSearch(search);
        // West: 0.5 × 0.4 / 0.7 = 0.2857142857; east: 0.5 / 0.7 = 0.7142857143.
        assertThat(after.containment(WEST)).isCloseTo(0.2857142857, within(1e-10));
        assertThat(after.cells().stream()
                        .mapToDouble(ProbabilityMap.MapCell::probability)
                        .sum())
                .isCloseTo(1, within(1e-12));
        assertThat(after.cumulativeSuccess()).isCloseTo(0.3, within(1e-12));
        assertThat(after.searches()).isEqualTo(1);
        // The same search again: POS 0.2857 × 0.6 = 0.1714; cumulative 1 − 0.7 × (1 − 0.1714) = 0.42, which
        // is the chance that two looks at POD 0.6 find an object with probability 0.5 there: 0.5 × (1 − 0.4²).
        assertThat(after.success(search)).isCloseTo(0.1714285714, within(1e-10));
        ProbabilityMap twice = after.afterUnsuccessfulSearch(search);
        assertThat(twice.cumulativeSuccess()).isCloseTo(0.42, within(1e-12));
        assertThat(twice.containment(WEST)).isCloseTo(0.5 * 0.16 / 0.58, within(1e-12));
    }

    @Test
    void afterUnsuccessfulSearch_certainDetectionEverywhere_isRefused() {
        ProbabilityMap map = ProbabilityMap.uniform(WHOLE, 1_000);
        assertThatThrownBy(() -> map.afterUnsuccessfulSearch(List.of(new ProbabilityMap.AreaSearch(WHOLE, 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "the searches had a probability of success of 1: an unsuccessful search leaves no probability");
    }

    /**
     * Bayes on a drift's map: mass stays 1, every searched cell keeps exactly {@code (1 − POD)/(1 − POS)} of
     * its probability and every other cell {@code 1/(1 − POS)}; two overlapping searches multiply.
     */
    @Property(tries = 60)
    void afterUnsuccessfulSearch_conservesMass_andReducesSearchedCellsByExactly1MinusPod(
            @ForAll @DoubleRange(min = 0, max = 0.99) double pod1,
            @ForAll @DoubleRange(min = 0, max = 0.99) double pod2,
            @ForAll @DoubleRange(min = -3_000, max = 3_000) double shift,
            @ForAll @DoubleRange(min = 0, max = 180) double orientation) {
        ProbabilityMap map = DRIFT_MAP;
        TangentPlane plane = TangentPlane.at(CENTRE);
        SearchArea a = new SearchArea.Rectangle(
                "a", plane.unproject(new TangentPlane.Point(shift, 0)), orientation, 4_000, 2_000);
        SearchArea b = new SearchArea.Rectangle("b", CENTRE, orientation + 45, 3_000, 3_000);
        List<ProbabilityMap.AreaSearch> searches =
                List.of(new ProbabilityMap.AreaSearch(a, pod1), new ProbabilityMap.AreaSearch(b, pod2));
        double pos = map.success(searches);
        ProbabilityMap after = map.afterUnsuccessfulSearch(searches);
        assertThat(after.cells().stream()
                        .mapToDouble(ProbabilityMap.MapCell::probability)
                        .sum())
                .isCloseTo(1, within(1e-9));
        assertThat(after.cells()).hasSameSizeAs(map.cells());
        for (ProbabilityMap.MapCell before : map.cells()) {
            ProbabilityMap.MapCell now = after.cells().stream()
                    .filter(c -> c.south() == before.south() && c.west() == before.west())
                    .findFirst()
                    .orElseThrow();
            double expected = 1;
            if (a.contains(before.centre())) {
                expected *= 1 - pod1;
            }
            if (b.contains(before.centre())) {
                expected *= 1 - pod2;
            }
            assertThat(now.probability() * (1 - pos)).isCloseTo(before.probability() * expected, within(1e-12));
        }
        assertThat(after.cumulativeSuccess()).isCloseTo(pos, within(1e-12));
    }

    @Test
    void covering_aDriftsMap_holdsTheShareInAnOrientedRectangle() {
        ProbabilityMap map = DRIFT_MAP;
        SearchArea.Rectangle area = SearchArea.Rectangle.covering(map, 0.9, "90 %");
        assertThat(map.containment(area)).isGreaterThanOrEqualTo(0.9);
        // The cloud is stretched north–south (σ 2.5 km × 1 km): so is the rectangle.
        double o = area.orientationDegrees();
        assertThat(Math.min(o, 180 - o)).isLessThan(10);
        assertThat(area.lengthMetres()).isGreaterThan(1.5 * area.widthMetres());
        // No larger than the cells' north-up bounding box.
        assertThat(area.areaSquareMetres()).isLessThan(30_000.0 * 30_000);
    }

    /** A drift cloud at {@link #CENTRE}: seeded along an 8 km north–south line, 1 km Gaussian, calm sea. */
    static ProbabilityMap driftMap() {
        DriftResult result = new DriftModel(LandMask.none(), 1)
                .run(
                        DriftRequest.of(
                                        LeewayObjects.bundled().find("SLDMB"),
                                        new Seeding.Line(
                                                TangentPlane.at(CENTRE).unproject(new TangentPlane.Point(0, -4_000)),
                                                Instant.parse("2026-03-10T00:00:00Z"),
                                                1_000,
                                                TangentPlane.at(CENTRE).unproject(new TangentPlane.Point(0, 4_000)),
                                                Instant.parse("2026-03-10T00:00:00Z"),
                                                1_000),
                                        Instant.parse("2026-03-10T00:00:00Z"),
                                        Duration.ofHours(1))
                                .withParticles(4_000),
                        Environment.constant(0, 0, 0, 0));
        return ProbabilityMap.of(ProbabilityGrid.of(result, result.lastOutput(), 500));
    }
}
