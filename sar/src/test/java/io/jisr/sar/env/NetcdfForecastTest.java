package io.jisr.sar.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.jisr.sar.SarInputException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CF NetCDF-4 reader against fixtures made by {@code tools/sar/build-fixtures.sh}: their values are
 * affine in latitude, longitude and hours, so interpolation must give the formulas' values exactly.
 */
class NetcdfForecastTest {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    static Path fixture(String name) {
        try {
            return Path.of(NetcdfForecastTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static double currentEast(double h, double lat, double lon) {
        return 0.10 + 0.02 * (lat - 36) + 0.03 * (lon - 2) + 0.01 * h;
    }

    static double currentNorth(double h, double lat, double lon) {
        return -0.20 + 0.05 * (lat - 36) - 0.01 * (lon - 2) + 0.005 * h;
    }

    static double windEast(double h, double lat, double lon) {
        return 5.0 + 0.5 * (lat - 36) - 0.25 * (lon - 2) + 0.1 * h;
    }

    static double windNorth(double h, double lat, double lon) {
        return -3.0 + 0.2 * (lat - 36) + 0.4 * (lon - 2) - 0.05 * h;
    }

    @Test
    void read_bothFields_interpolatesBilinearlyInSpaceAndLinearlyInTime() {
        NetcdfForecast forecast = NetcdfForecast.read(fixture("grid_both.nc"));
        GriddedField current = forecast.requireCurrent();
        GriddedField wind = forecast.requireWind();
        assertThat(current.rows()).isEqualTo(5);
        assertThat(current.columns()).isEqualTo(7);
        assertThat(current.timeCount()).isEqualTo(3);
        assertThat(current.coverage()).isEqualTo(new Coverage(36, 38, 2, 5, T0, Instant.parse("2026-01-01T12:00:00Z")));
        double[][] points = {{36.0, 2.0, 0}, {36.3, 2.7, 1.5}, {37.77, 4.99, 7.25}, {38.0, 5.0, 12}, {36.5, 3.0, 6}};
        for (double[] p : points) {
            Instant t = T0.plusMillis((long) (p[2] * 3_600_000));
            Vector c = current.at(p[0], p[1], t);
            Vector w = wind.at(p[0], p[1], t);
            assertThat(c.east()).isCloseTo(currentEast(p[2], p[0], p[1]), within(1e-5));
            assertThat(c.north()).isCloseTo(currentNorth(p[2], p[0], p[1]), within(1e-5));
            assertThat(w.east()).isCloseTo(windEast(p[2], p[0], p[1]), within(1e-5));
            assertThat(w.north()).isCloseTo(windNorth(p[2], p[0], p[1]), within(1e-5));
        }
        assertThat(current.name()).isEqualTo("current from grid_both.nc");
    }

    @Test
    void read_packedShortsWithLatitudesNorthFirst_unpacksAndFlips() {
        GriddedField wind =
                NetcdfForecast.read(fixture("wind_packed_descending.nc")).requireWind();
        Vector w = wind.at(36.2, 4.6, T0.plusSeconds(3 * 3600));
        assertThat(w.east()).isCloseTo(windEast(3, 36.2, 4.6), within(1.5e-3));
        assertThat(w.north()).isCloseTo(windNorth(3, 36.2, 4.6), within(1.5e-3));
        assertThat(wind.coverage().south()).isEqualTo(36);
        assertThat(wind.coverage().north()).isEqualTo(38);
    }

    @Test
    void sample_outsideTheArea_givesNaNForTheEngine() {
        GriddedField current = NetcdfForecast.read(fixture("grid_both.nc")).requireCurrent();
        double[] east = new double[3];
        double[] north = new double[3];
        current.sample(
                VectorField.epochSecond(T0), new double[] {37, 35.9, 37}, new double[] {3, 3, 5.01}, 0, 3, east, north);
        assertThat(east[0]).isCloseTo(currentEast(0, 37, 3), within(1e-6));
        assertThat(east[1]).isNaN();
        assertThat(north[2]).isNaN();
    }

    @Test
    void samplers_blendingOnlyTheBlocksPatch_giveTheDirectValues() {
        NetcdfForecast forecast = NetcdfForecast.bundledSample();
        GriddedField wind = forecast.requireWind();
        GriddedField current = forecast.requireCurrent();
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        VectorField.Sampler sampler = wind.sampler();
        Environment.Sampler both = new Environment(wind, current).sampler();
        assertThat(wind.hasSameGrid(current)).isTrue();
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(300);
            double spread = random.nextDouble() < 0.2 ? 8 : 0.5; // large spreads take the direct path
            double lat0 = 34.8 + random.nextDouble() * 5.4;
            double lon0 = -0.7 + random.nextDouble() * 10.4;
            double[] lat = new double[n + 5];
            double[] lon = new double[n + 5];
            for (int i = 0; i < lat.length; i++) {
                lat[i] = lat0 + (random.nextDouble() - 0.5) * spread;
                lon[i] = lon0 + (random.nextDouble() - 0.5) * spread;
            }
            double t = VectorField.epochSecond(Instant.parse("2026-03-10T00:00:00Z")) + random.nextDouble() * 96 * 3600;
            double[] e1 = new double[n];
            double[] n1 = new double[n];
            double[] e2 = new double[n];
            double[] n2 = new double[n];
            wind.sample(t, lat, lon, 5, n + 5, e1, n1);
            sampler.sample(t, lat, lon, 5, n + 5, e2, n2);
            assertThat(e2).containsExactly(e1);
            assertThat(n2).containsExactly(n1);
            double[] ce1 = new double[n];
            double[] cn1 = new double[n];
            double[] we = new double[n];
            double[] wn = new double[n];
            double[] ce2 = new double[n];
            double[] cn2 = new double[n];
            current.sample(t, lat, lon, 5, n + 5, ce1, cn1);
            both.sample(t, lat, lon, 5, n + 5, we, wn, ce2, cn2);
            assertThat(we).containsExactly(e1);
            assertThat(wn).containsExactly(n1);
            assertThat(ce2).containsExactly(ce1);
            assertThat(cn2).containsExactly(cn1);
        }
    }

    @Test
    void requireWind_fileWithCurrentOnly_namesTheMissingVariables() {
        NetcdfForecast forecast = NetcdfForecast.read(fixture("current_only.nc"));
        assertThat(forecast.wind()).isEmpty();
        assertThatThrownBy(forecast::requireWind)
                .isInstanceOf(SarInputException.class)
                .hasMessage("current_only.nc has no wind: no variables with standard_name eastward_wind and"
                        + " northward_wind; its standard names are [depth, eastward_sea_water_velocity,"
                        + " latitude, longitude, northward_sea_water_velocity, time]");
    }

    @Test
    void read_eastwardWithoutNorthward_namesTheMissingOne() {
        assertThatThrownBy(() -> NetcdfForecast.read(fixture("current_east_only.nc")))
                .isInstanceOf(SarInputException.class)
                .hasMessage("current_east_only.nc has eastward_sea_water_velocity but no variable with standard_name"
                        + " northward_sea_water_velocity");
    }

    @Test
    void read_wrongUnits_saysWhichAndWhatIsExpected() {
        assertThatThrownBy(() -> NetcdfForecast.read(fixture("current_cm_per_s.nc")))
                .isInstanceOf(SarInputException.class)
                .hasMessage(
                        "current_cm_per_s.nc: variable uo is in \"cm s-1\"; expected metres per second (m s-1, m/s)");
    }

    @Test
    void at_caseOutsideTheGridAreaOrTime_saysWhereTheGridIs() {
        GriddedField current = NetcdfForecast.read(fixture("grid_both.nc")).requireCurrent();
        assertThatThrownBy(() -> current.at(39.5, 3, T0))
                .isInstanceOf(SarInputException.class)
                .hasMessage("current from grid_both.nc covers 36.0000–38.0000°N, 2.0000–5.0000°E; the case at"
                        + " 39.50000°N 3.00000°E is outside it");
        assertThatThrownBy(() -> current.at(37, 3, T0.plusSeconds(13 * 3600)))
                .hasMessage("current from grid_both.nc covers 2026-01-01T00:00:00Z to 2026-01-01T12:00:00Z; the case"
                        + " runs from 2026-01-01T13:00:00Z to 2026-01-01T13:00:00Z, outside it");
    }

    @Test
    void read_notNetcdf_saysSo(@TempDir Path dir) throws IOException {
        Path junk = dir.resolve("junk.nc");
        Files.writeString(junk, "this is not HDF5");
        assertThatThrownBy(() -> NetcdfForecast.read(junk))
                .isInstanceOf(SarInputException.class)
                .hasMessageStartingWith("junk.nc: not a readable NetCDF-4 (HDF5) file: ");
        assertThatThrownBy(() -> NetcdfForecast.read(dir.resolve("absent.nc")))
                .hasMessageStartingWith("absent.nc: no such file");
    }

    @Test
    void isMetresPerSecond_acceptsTheCommonSpellingsOnly() {
        for (String ok :
                new String[] {"m s-1", "m/s", "m s**-1", "m.s-1", "meter second-1", "metres per second", "m sec-1"}) {
            assertThat(CfAttributes.isMetresPerSecond(ok)).as(ok).isTrue();
        }
        for (String bad : new String[] {"cm s-1", "knots", "km/h", "m", "s-1"}) {
            assertThat(CfAttributes.isMetresPerSecond(bad)).as(bad).isFalse();
        }
    }
}
