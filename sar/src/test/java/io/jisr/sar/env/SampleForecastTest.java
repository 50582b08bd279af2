package io.jisr.sar.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.jisr.sar.drift.DriftModel;
import io.jisr.sar.drift.DriftRequest;
import io.jisr.sar.drift.DriftResult;
import io.jisr.sar.drift.Position;
import io.jisr.sar.drift.Seeding;
import io.jisr.sar.leeway.LeewayObjects;
import io.jisr.sar.product.DriftSummary;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The bundled sample forecast reads through the same reader and holds what its generator promises. */
class SampleForecastTest {
    static final Instant T0 = Instant.parse("2026-03-10T00:00:00Z");

    @Test
    void bundledSample_coversTheAlgerianCoastForFourDays() {
        NetcdfForecast forecast = NetcdfForecast.bundledSample();
        GriddedField current = forecast.requireCurrent();
        GriddedField wind = forecast.requireWind();
        assertThat(current.coverage()).isEqualTo(new Coverage(35, 40, -0.5, 9.5, T0, T0.plusSeconds(96 * 3600)));
        assertThat(wind.coverage()).isEqualTo(current.coverage());
        assertThat(current.timeCount()).isEqualTo(33);
    }

    @Test
    void bundledSample_algerianCurrentRunsEastAlongTheCoast() {
        GriddedField current = NetcdfForecast.bundledSample().requireCurrent();
        // About 15–20 km off the coast between Algiers and Béjaïa the jet runs east at 0.3–0.6 m/s.
        for (double lon = 2.0; lon <= 4.5; lon += 0.5) {
            double fastest = 0;
            Vector best = Vector.ZERO;
            for (double lat = 36.7; lat <= 37.3; lat += 0.05) {
                Vector v = current.at(lat, lon, T0.plusSeconds(6 * 3600));
                if (v.speed() > fastest) {
                    fastest = v.speed();
                    best = v;
                }
            }
            assertThat(fastest).as("jet speed at %.1f°E", lon).isBetween(0.3, 0.65);
            assertThat(best.towardDegrees()).as("jet direction at %.1f°E", lon).isBetween(45.0, 135.0);
        }
        // Land (here inland of Algiers) is missing in the file and read as no current.
        assertThat(current.at(36.5, 3.2, T0)).isEqualTo(Vector.ZERO);
    }

    @Test
    void bundledSample_windTurnsFromWestNorthWesterlyToEasterly() {
        GriddedField wind = NetcdfForecast.bundledSample().requireWind();
        Vector first = wind.at(38.0, 5.0, T0.plusSeconds(6 * 3600));
        Vector last = wind.at(38.0, 5.0, T0.plusSeconds(90 * 3600));
        // A west-north-westerly blows toward the east-south-east; an easterly toward the west.
        assertThat(first.towardDegrees()).isBetween(95.0, 130.0);
        assertThat(first.speed()).isBetween(6.0, 11.0);
        assertThat(last.towardDegrees()).isBetween(250.0, 290.0);
        assertThat(last.speed()).isCloseTo(8.0, within(1.5));
    }

    @Test
    void smallOpenBoatOffAlgiers_driftsEastWithTheCurrentAndSomeStrand() {
        // The acceptance case: a small open boat 20 km off Algiers, 48 h in the sample forecast.
        NetcdfForecast forecast = NetcdfForecast.bundledSample();
        Environment env = new Environment(forecast.requireWind(), forecast.requireCurrent());
        DriftRequest request = DriftRequest.of(
                        LeewayObjects.bundled().find("SKIFF-1"),
                        new Seeding.Point(new Position(36.95, 3.05), 1000),
                        T0,
                        Duration.ofHours(48))
                .withParticles(5_000);
        DriftResult result = DriftModel.withBundledLand().run(request, env);
        DriftSummary summary = DriftSummary.of(result);
        // The jet (about 0.4 m/s east) carries the cloud tens of kilometres east along the coast.
        assertThat(summary.datum().longitude()).isGreaterThan(3.4);
        assertThat(summary.datum().latitude()).isBetween(36.6, 37.5);
        assertThat(summary.meanDriftDistanceMetres()).isBetween(30_000.0, 150_000.0);
        assertThat(summary.outsideShare()).isZero();
        assertThat(summary.strandedShare()).isBetween(0.01, 0.9);
        // Stranded particles stop jibing; those still afloat jibed at least once with 1 − 0.96⁴⁸ = 0.86.
        int afloat = 0;
        int jibed = 0;
        for (int i = 0; i < result.particles(); i++) {
            if (result.status(result.lastOutput(), i) == io.jisr.sar.drift.ParticleStatus.ACTIVE) {
                afloat++;
                jibed += result.jibes(i) > 0 ? 1 : 0;
            }
        }
        assertThat(afloat).isGreaterThan(500);
        assertThat((double) jibed / afloat).isCloseTo(1 - Math.pow(0.96, 48), within(0.05));
        assertThat(summary.jibedShare()).isLessThan((double) jibed / afloat);
    }
}
