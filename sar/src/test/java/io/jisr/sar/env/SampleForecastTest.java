package io.jisr.sar.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
    void bundledSample_windTurnsFromNorthWesterlyToEasterly() {
        GriddedField wind = NetcdfForecast.bundledSample().requireWind();
        Vector first = wind.at(38.0, 5.0, T0.plusSeconds(6 * 3600));
        Vector last = wind.at(38.0, 5.0, T0.plusSeconds(90 * 3600));
        // A north-westerly blows toward the south-east; an easterly toward the west.
        assertThat(first.towardDegrees()).isBetween(110.0, 160.0);
        assertThat(first.speed()).isBetween(7.0, 13.0);
        assertThat(last.towardDegrees()).isBetween(250.0, 290.0);
        assertThat(last.speed()).isCloseTo(8.0, within(1.5));
    }
}
