package io.jisr.sar.product;

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
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Products checked on a case with a known answer: a circular Gaussian of 1-sigma radius σ carried by a
 * uniform current. Its datum is the seed moved by the current, its RMS radius σ√2, its spread σ along any
 * axis, and the smallest area holding a share p is the disc of area {@code −2πσ² ln(1 − p)}.
 */
class DriftProductsTest {
    static final Instant T0 = Instant.parse("2026-03-10T00:00:00Z");
    static final double SIGMA = 1000;

    static DriftResult gaussianCarriedEast(int particles) {
        DriftRequest request = DriftRequest.of(
                        LeewayObjects.bundled().find("SLDMB"),
                        new Seeding.Point(new Position(37.5, 5.0), SIGMA),
                        T0,
                        Duration.ofHours(10))
                .withParticles(particles)
                .withJibeProbabilityPerHour(0);
        return new DriftModel(LandMask.none(), 2).run(request, Environment.constant(0, 0, 0.1, 0));
    }

    @Test
    void summary_gaussianInAUniformCurrent_matchesTheAnalyticValues() {
        DriftResult result = gaussianCarriedEast(100_000);
        DriftSummary summary = DriftSummary.of(result);
        assertThat(summary.time()).isEqualTo(T0.plusSeconds(36_000));
        // 3,600 m east of the seed.
        double expectedLon = 5.0 + 3600 * io.jisr.sar.drift.Wgs84.degreesPerMetreEast(37.5);
        assertThat(summary.datum().latitude()).isCloseTo(37.5, within(15 / 111_000.0));
        assertThat(summary.datum().longitude()).isCloseTo(expectedLon, within(15 / 88_000.0));
        assertThat(summary.meanDriftDistanceMetres()).isCloseTo(3600, within(1.0));
        assertThat(summary.driftErrorMetres()).isCloseTo(SIGMA * Math.sqrt(2), within(0.01 * SIGMA * Math.sqrt(2)));
        assertThat(summary.spreadDownwindMetres()).isCloseTo(SIGMA, within(0.015 * SIGMA));
        assertThat(summary.spreadCrosswindMetres()).isCloseTo(SIGMA, within(0.015 * SIGMA));
        assertThat(summary.jibedShare()).isZero();
        assertThat(summary.strandedShare()).isZero();
        assertThat(summary.outsideShare()).isZero();
    }

    @Test
    void probabilityGrid_smallestAreas_matchTheGaussianDiscs() {
        DriftResult result = gaussianCarriedEast(400_000);
        ProbabilityGrid grid = ProbabilityGrid.of(result, result.lastOutput(), 200);
        double total = 0;
        for (ProbabilityGrid.Cell cell : grid.cells()) {
            total += cell.probability();
            assertThat(cell.areaSquareMetres()).isCloseTo(40_000, within(400.0));
        }
        assertThat(total).isCloseTo(1, within(1e-9));
        for (double share : new double[] {0.5, 0.9}) {
            ProbabilityGrid.ProbableArea area = grid.smallestArea(share);
            double disc = -2 * Math.PI * SIGMA * SIGMA * Math.log(1 - share);
            assertThat(area.achievedShare()).isBetween(share, share + 0.01);
            assertThat(area.areaSquareMetres())
                    .as("area holding %.0f %%", share * 100)
                    .isCloseTo(disc, within(0.05 * disc));
        }
        // Most probable first.
        assertThat(grid.cells().get(0).probability())
                .isGreaterThanOrEqualTo(grid.cells().get(1).probability());
    }

    @Test
    void probabilityGrid_cellsTooSmallForTheSpread_isRefused() {
        DriftResult result = gaussianCarriedEast(1000);
        assertThatThrownBy(() -> ProbabilityGrid.of(result, result.lastOutput(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use larger cells");
        assertThatThrownBy(() -> ProbabilityGrid.of(result, 0, 0))
                .hasMessage("cell size must be more than 0 and at most 1,000 km, was 0.0");
    }

    @Test
    void csv_oneRowPerOutputTimeAndParticle() {
        DriftRequest request = DriftRequest.of(
                        LeewayObjects.bundled().find("SLDMB"),
                        new Seeding.Point(new Position(37.5, 5.0), 0),
                        T0,
                        Duration.ofHours(1))
                .withParticles(2)
                .withOutputEvery(Duration.ofMinutes(30));
        DriftResult result = new DriftModel(LandMask.none(), 1).run(request, Environment.constant(0, 0, 0, 0.1));
        StringBuilder out = new StringBuilder();
        DriftCsv.write(result, out);
        // 0.1 m/s north for 30 minutes: 180 m, 0.001621° at 37.5°N.
        assertThat(out.toString()).isEqualTo("""
                        time,particle,latitude,longitude,stranded,side,status
                        2026-03-10T00:00:00Z,0,37.500000,5.000000,false,right,active
                        2026-03-10T00:00:00Z,1,37.500000,5.000000,false,left,active
                        2026-03-10T00:30:00Z,0,37.501621,5.000000,false,right,active
                        2026-03-10T00:30:00Z,1,37.501621,5.000000,false,left,active
                        2026-03-10T01:00:00Z,0,37.503242,5.000000,false,right,active
                        2026-03-10T01:00:00Z,1,37.503242,5.000000,false,left,active
                        """);
    }
}
