package io.jisr.sar.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.jisr.sar.drift.DriftModel;
import io.jisr.sar.drift.DriftRequest;
import io.jisr.sar.drift.DriftResult;
import io.jisr.sar.drift.Position;
import io.jisr.sar.drift.Wgs84;
import io.jisr.sar.env.Environment;
import io.jisr.sar.land.LandMask;
import io.jisr.sar.leeway.LeewayObject;
import io.jisr.sar.leeway.LeewayObjects;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A case's last known position seeds the drift: along a line with its times, inside an area, repeatably. */
class CaseSeedingTest {
    static final Instant T0 = Instant.parse("2026-03-10T06:00:00Z");
    static final LeewayObject SKIFF = LeewayObjects.bundled().find("44");

    private static DriftResult run(LastKnownPosition lkp, long seed) {
        DriftRequest request = DriftRequest.of(SKIFF, lkp.seeding(), lkp.start(), Duration.ofHours(6))
                .withParticles(1000)
                .withSeed(seed);
        return new DriftModel(LandMask.none(), 2).run(request, Environment.constant(5, 2, 0.1, 0.05));
    }

    @Test
    void lineLkp_seedsAlongTheLineWithinItsRadius() {
        // A boat's route between two reports an hour apart, 200 m 1-sigma: nearly every particle within 4 sigma.
        Position from = new Position(36.8, 3.0);
        Position to = new Position(36.9, 3.2);
        LastKnownPosition.LineLkp line = new LastKnownPosition.LineLkp(from, T0, to, T0.plusSeconds(3600), 200);
        DriftResult r = run(line, 7);
        double metresNorth = 1 / Wgs84.degreesPerMetreNorth(36.85);
        double metresEast = 1 / Wgs84.degreesPerMetreEast(36.85);
        double ax = (to.longitude() - from.longitude()) * metresEast;
        double ay = (to.latitude() - from.latitude()) * metresNorth;
        double length = Math.hypot(ax, ay);
        for (int i = 0; i < r.particles(); i++) {
            double px = (r.seedLongitude(i) - from.longitude()) * metresEast;
            double py = (r.seedLatitude(i) - from.latitude()) * metresNorth;
            double along = (px * ax + py * ay) / length;
            double across = Math.abs(px * ay - py * ax) / length;
            assertThat(across).isLessThan(800);
            assertThat(along).isBetween(-800.0, length + 800);
        }
        assertThat(r.request().start()).isEqualTo(T0);
    }

    @Test
    void areaLkp_seedsInsideThePolygon() {
        List<Position> square = List.of(
                new Position(36.9, 3.0), new Position(36.9, 3.1), new Position(37.0, 3.1), new Position(37.0, 3.0));
        DriftResult r = run(new LastKnownPosition.AreaLkp(square, T0), 3);
        for (int i = 0; i < r.particles(); i++) {
            assertThat(r.seedLatitude(i)).isBetween(36.9, 37.0);
            assertThat(r.seedLongitude(i)).isBetween(3.0, 3.1);
        }
    }

    @Test
    void sameLkpAndSeed_givesTheSameDrift() {
        LastKnownPosition.LineLkp line = new LastKnownPosition.LineLkp(
                new Position(36.8, 3.0), T0, new Position(36.9, 3.2), T0.plusSeconds(3600), 200);
        DriftResult a = run(line, 11);
        DriftResult b = run(line, 11);
        DriftResult other = run(line, 12);
        int last = a.lastOutput();
        boolean differs = false;
        for (int i = 0; i < a.particles(); i++) {
            assertThat(b.latitude(last, i)).isEqualTo(a.latitude(last, i));
            assertThat(b.longitude(last, i)).isEqualTo(a.longitude(last, i));
            differs |= other.latitude(last, i) != a.latitude(last, i);
        }
        assertThat(differs).isTrue();
        assertThat(a.latitude(last, 0)).isNotCloseTo(a.seedLatitude(0), within(1e-6));
    }
}
