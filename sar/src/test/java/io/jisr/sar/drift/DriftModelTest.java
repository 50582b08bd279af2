package io.jisr.sar.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.jisr.sar.SarInputException;
import io.jisr.sar.env.ConstantField;
import io.jisr.sar.env.Environment;
import io.jisr.sar.env.NetcdfForecast;
import io.jisr.sar.land.LandMask;
import io.jisr.sar.leeway.LeewayObject;
import io.jisr.sar.leeway.LeewayObjects;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DriftModelTest {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final LeewayObject SKIFF = LeewayObjects.bundled().find("SKIFF-1");
    static final LeewayObject PIW = LeewayObjects.bundled().find("PIW-1");

    @Test
    void currentOnly_noWind_movesExactlyWithTheCurrent() {
        // A current of 0.3 m/s east and 0.1 m/s south for 24 h, integrated on the ellipsoid.
        DriftRequest request = DriftRequest.of(
                        PIW, new Seeding.Point(new Position(37.5, 5.0), 0), T0, Duration.ofHours(24))
                .withParticles(50);
        DriftResult result = new DriftModel(LandMask.none(), 2).run(request, Environment.constant(0, 0, 0.3, -0.1));
        double lat = 37.5;
        double lon = 5.0;
        for (int s = 0; s < request.steps(); s++) {
            double la = lat;
            lat += -0.1 * 600 * Wgs84.degreesPerMetreNorth(la);
            lon += 0.3 * 600 * Wgs84.degreesPerMetreEast(la);
        }
        for (int i = 0; i < 50; i++) {
            assertThat(result.latitude(result.lastOutput(), i)).isCloseTo(lat, within(2e-6));
            assertThat(result.longitude(result.lastOutput(), i)).isCloseTo(lon, within(2e-6));
            assertThat(result.status(result.lastOutput(), i)).isEqualTo(ParticleStatus.ACTIVE);
        }
        // 24 h at 0.3162 m/s: 27.3 km (checks the radii, not just self-consistency).
        double mid = (lat + 37.5) / 2;
        double north = (lat - 37.5) / Wgs84.degreesPerMetreNorth(mid);
        double east = (lon - 5.0) / Wgs84.degreesPerMetreEast(mid);
        assertThat(Math.hypot(north, east)).isCloseTo(Math.hypot(0.3, 0.1) * 86_400, within(0.5));
    }

    @Property(tries = 20)
    void calm_noWindNoCurrent_nothingMoves(
            @ForAll @DoubleRange(min = -60, max = 60) double lat,
            @ForAll @DoubleRange(min = -179, max = 179) double lon,
            @ForAll @IntRange(min = 1, max = 85) int object) {
        DriftRequest request = DriftRequest.of(
                        LeewayObjects.bundled().byId(object).orElseThrow(),
                        new Seeding.Point(new Position(lat, lon), 500),
                        T0,
                        Duration.ofHours(3))
                .withParticles(100);
        DriftResult result = new DriftModel(LandMask.none(), 1).run(request, Environment.constant(0, 0, 0, 0));
        for (int i = 0; i < 100; i++) {
            assertThat(result.latitude(result.lastOutput(), i)).isEqualTo(result.latitude(0, i));
            assertThat(result.longitude(result.lastOutput(), i)).isEqualTo(result.longitude(0, i));
        }
    }

    @Test
    void sameSeed_anyThreadCount_identicalResults() {
        DriftRequest request = DriftRequest.of(
                        PIW, new Seeding.Point(new Position(37.2, 4.0), 2000), T0, Duration.ofHours(12))
                .withParticles(5_000)
                .withSeed(42);
        Environment env = forecastEnvironment();
        DriftResult one = new DriftModel(LandMask.bundled(), 1).run(request, env);
        DriftResult two = new DriftModel(LandMask.bundled(), 2).run(request, env);
        DriftResult five = new DriftModel(LandMask.bundled(), 5).run(request, env);
        DriftResult otherSeed = new DriftModel(LandMask.bundled(), 2).run(request.withSeed(43), env);
        boolean differs = false;
        for (int o = 0; o < one.outputs(); o++) {
            for (int i = 0; i < request.particles(); i++) {
                assertThat(two.latitude(o, i)).isEqualTo(one.latitude(o, i));
                assertThat(five.longitude(o, i)).isEqualTo(one.longitude(o, i));
                assertThat(five.side(o, i)).isEqualTo(one.side(o, i));
                assertThat(two.status(o, i)).isEqualTo(one.status(o, i));
                differs |= otherSeed.latitude(o, i) != one.latitude(o, i);
            }
        }
        assertThat(two.meanWind()).isEqualTo(one.meanWind());
        assertThat(differs).isTrue();
    }

    static Environment forecastEnvironment() {
        try {
            Path file = Path.of(DriftModelTest.class
                    .getResource("/io/jisr/sar/env/grid_both.nc")
                    .toURI());
            NetcdfForecast forecast = NetcdfForecast.read(file);
            return new Environment(forecast.requireWind(), forecast.requireCurrent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void stranding_onTheAlgerianCoast_stopsParticlesWhereTheCoastIs() {
        // Off Algiers, a southward current of 0.5 m/s carries everything ashore within 12 hours.
        LandMask land = LandMask.bundled();
        DriftRequest request = DriftRequest.of(
                        LeewayObjects.bundled().find("SLDMB"),
                        new Seeding.Point(new Position(36.85, 3.2), 1500),
                        T0,
                        Duration.ofHours(12))
                .withParticles(400);
        DriftResult result = new DriftModel(land, 2).run(request, Environment.constant(0, 0, 0, -0.5));
        int last = result.lastOutput();
        for (int i = 0; i < 400; i++) {
            assertThat(result.status(last, i)).isEqualTo(ParticleStatus.STRANDED);
            double lat = result.latitude(last, i);
            double lon = result.longitude(last, i);
            assertThat(land.isLand(lat, lon)).isTrue();
            // The coast along this particle's meridian: the first land going south from its seed.
            double coast = result.seedLatitude(i);
            while (!land.isLand(coast, lon)) {
                coast -= 0.0005;
            }
            // It stopped in its first step on land: at most one step (300 m, 0.0027°) past the coast.
            assertThat(lat).isBetween(coast - 0.0033, coast + 0.0005);
            assertThat(result.longitude(last, i)).isCloseTo(result.seedLongitude(i), within(1e-5));
        }
    }

    @Test
    void caseOutsideTheGrid_isRefusedBeforeRunning() {
        Environment env = forecastEnvironment();
        DriftRequest outside =
                DriftRequest.of(PIW, new Seeding.Point(new Position(39.0, 3.0), 100), T0, Duration.ofHours(6));
        assertThatThrownBy(() -> new DriftModel(LandMask.none(), 1).run(outside, env))
                .isInstanceOf(SarInputException.class)
                .hasMessage("wind from grid_both.nc covers 36.0000–38.0000°N, 2.0000–5.0000°E; the case at 39.00000°N"
                        + " 3.00000°E is outside it");
        DriftRequest tooLong =
                DriftRequest.of(PIW, new Seeding.Point(new Position(37.0, 3.0), 100), T0, Duration.ofHours(13));
        assertThatThrownBy(() -> new DriftModel(LandMask.none(), 1).run(tooLong, env))
                .hasMessage("wind from grid_both.nc covers 2026-01-01T00:00:00Z to 2026-01-01T12:00:00Z; the case runs"
                        + " from 2026-01-01T00:00:00Z to 2026-01-01T13:00:00Z, outside it");
    }

    @Test
    void particlesLeavingTheGrid_stopAsOutside() {
        Environment env = new Environment(
                ConstantField.of(0, 0, "calm"), forecastEnvironment().current());
        // 4.8°E, the grid ends at 5°E and the current runs east at about 0.2 m/s: 17 km in 12 h.
        DriftRequest request = DriftRequest.of(
                        PIW, new Seeding.Point(new Position(37.0, 4.95), 0), T0, Duration.ofHours(12))
                .withParticles(10);
        DriftResult result = new DriftModel(LandMask.none(), 1).run(request, env);
        int last = result.lastOutput();
        for (int i = 0; i < 10; i++) {
            assertThat(result.status(last, i)).isEqualTo(ParticleStatus.OUTSIDE);
            assertThat(result.longitude(last, i)).isGreaterThan(5.0).isLessThan(5.01);
        }
    }

    @Test
    void lineSeeding_releasesEachParticleWhenTheLinePassesIt() {
        Seeding.Line line = new Seeding.Line(
                new Position(37.0, 4.0), T0.plusSeconds(3600), 0, new Position(37.0, 5.0), T0.plusSeconds(5 * 3600), 0);
        DriftRequest request =
                DriftRequest.of(PIW, line, T0, Duration.ofHours(8)).withParticles(100);
        DriftResult result = new DriftModel(LandMask.none(), 2).run(request, Environment.constant(0, 0, 0, 0.2));
        for (int i = 0; i < 100; i++) {
            double f = (i + 0.5) / 100;
            assertThat(result.seedLongitude(i)).isCloseTo(4.0 + f, within(1e-9));
            double releaseHours = 1 + 4 * f;
            for (int o = 0; o < result.outputs(); o++) {
                double hours = o;
                ParticleStatus status = result.status(o, i);
                if (hours < releaseHours) {
                    assertThat(status).isEqualTo(ParticleStatus.NOT_RELEASED);
                    assertThat(result.latitude(o, i)).isEqualTo((float) 37.0);
                } else {
                    assertThat(status).isEqualTo(ParticleStatus.ACTIVE);
                    // Moved north by 0.2 m/s since its release (rounded up to the next 10-minute step).
                    double moved = (result.latitude(o, i) - 37.0) / Wgs84.degreesPerMetreNorth(37.0) / 0.2;
                    assertThat(moved).isBetween((hours - releaseHours) * 3600 - 605, (hours - releaseHours) * 3600 + 5);
                }
            }
        }
    }

    @Test
    void areaSeeding_fillsThePolygonOnly() {
        List<Position> triangle = List.of(new Position(37, 4), new Position(37, 5), new Position(38, 4));
        DriftRequest request = DriftRequest.of(PIW, new Seeding.Area(triangle), T0, Duration.ofHours(1))
                .withParticles(2000);
        DriftResult result = new DriftModel(LandMask.none(), 2).run(request, Environment.constant(0, 0, 0, 0));
        int upperHalf = 0;
        for (int i = 0; i < 2000; i++) {
            double lat = result.seedLatitude(i);
            double lon = result.seedLongitude(i);
            assertThat(lat).isBetween(37.0, 38.0);
            assertThat(lon).isBetween(4.0, 5.0);
            assertThat((lat - 37) + (lon - 4)).isLessThanOrEqualTo(1.0);
            upperHalf += lat > 37.5 ? 1 : 0;
        }
        // A quarter of a triangle's area lies above its mid-height.
        assertThat(upperHalf / 2000.0).isCloseTo(0.25, within(0.03));
    }

    @Test
    void monitor_reportsProgressAndCancels() {
        DriftRequest request = DriftRequest.of(
                        PIW, new Seeding.Point(new Position(37.5, 5.0), 100), T0, Duration.ofDays(30))
                .withParticles(200_000)
                .withOutputEvery(Duration.ofDays(1));
        AtomicInteger reports = new AtomicInteger();
        DriftMonitor monitor = new DriftMonitor() {
            @Override
            public void progress(long done, long total) {
                assertThat(done).isBetween(0L, total);
                reports.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return reports.get() >= 2;
            }
        };
        assertThatThrownBy(() ->
                        new DriftModel(LandMask.none(), 2).run(request, Environment.constant(5, 5, 0.1, 0.1), monitor))
                .isInstanceOf(DriftCancelledException.class)
                .hasMessageStartingWith("drift run cancelled after ");
        assertThat(reports.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void request_badSettings_sayWhatIsWrong() {
        Seeding point = new Seeding.Point(new Position(37, 4), 100);
        assertThatThrownBy(() -> DriftRequest.of(PIW, point, T0, Duration.ofMinutes(25)))
                .hasMessage("duration must be a whole number of steps: PT25M is not a multiple of PT10M");
        assertThatThrownBy(() ->
                        DriftRequest.of(PIW, point, T0, Duration.ofHours(1)).withParticles(0))
                .hasMessage("particles must be 1 to 10000000, was 0");
        assertThatThrownBy(() ->
                        DriftRequest.of(PIW, point, T0, Duration.ofHours(1)).withJibeProbabilityPerHour(1))
                .hasMessage("jibe probability per hour must be at least 0 and less than 1, was 1.0");
        assertThatThrownBy(() ->
                        DriftRequest.of(PIW, point, T0, Duration.ofHours(1)).withOutputEvery(Duration.ofMinutes(15)))
                .hasMessage("output interval must be a whole number of steps: PT15M is not a multiple of PT10M");
        assertThatThrownBy(() -> new Position(91, 0))
                .hasMessage("latitude must be between -90 and 90 degrees, was 91.0");
    }

    @Test
    void outputs_startEveryIntervalAndEnd() {
        DriftRequest request = DriftRequest.of(
                        SKIFF, new Seeding.Point(new Position(37, 4), 0), T0, Duration.ofMinutes(150))
                .withParticles(3);
        DriftResult result = new DriftModel(LandMask.none(), 1).run(request, Environment.constant(3, 0, 0, 0));
        assertThat(result.times())
                .containsExactly(T0, T0.plusSeconds(3600), T0.plusSeconds(7200), T0.plusSeconds(9000));
    }
}
