package io.jisr.sar.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.sar.env.Environment;
import io.jisr.sar.land.LandMask;
import io.jisr.sar.leeway.LeewayCoefficients;
import io.jisr.sar.leeway.LeewayObject;
import io.jisr.sar.leeway.LeewayObjects;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model against the analytic values its coefficients give, for every one of the 85 categories: in a
 * constant wind with no current, the mean drift downwind and crosswind (per side) and their spread.
 *
 * <p>The downwind perturbation is a normal draw truncated where the slope would turn negative, so its
 * mean and spread are those of a truncated normal (computed here by quadrature). "Within 1 %" is read as
 * the error of each mean component being within 1 % of the mean drift speed of that side (a crosswind
 * mean can be near zero, where a relative error means nothing); the ensemble is sized per category so
 * that this is four standard errors.
 */
class LeewayValidationTest {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final double WIND = 10;
    static final double TOWARD = Math.toRadians(60);
    static final Duration RUN = Duration.ofHours(2);

    record Moments(double mean, double sd) {}

    /** Mean and standard deviation of N(0,1) conditioned on being above {@code a}. */
    static Moments truncatedNormal(double a) {
        if (a < -40) {
            return new Moments(0, 1);
        }
        int n = 200_000;
        double hi = Math.max(a, 0) + 40;
        double h = (hi - a) / n;
        double m0 = 0;
        double m1 = 0;
        double m2 = 0;
        for (int k = 0; k <= n; k++) {
            double x = a + k * h;
            double w = (k == 0 || k == n) ? 1 : (k % 2 == 1 ? 4 : 2);
            double phi = Math.exp(-x * x / 2);
            m0 += w * phi;
            m1 += w * x * phi;
            m2 += w * x * x * phi;
        }
        double mean = m1 / m0;
        return new Moments(mean, Math.sqrt(m2 / m0 - mean * mean));
    }

    /** Analytic per-particle leeway speed (m/s): mean and standard deviation, for one component. */
    static Moments component(LeewayCoefficients c, boolean truncated) {
        double scale = c.stdCmPerSecond() * (WIND / 20 + 0.5) / 100;
        Moments r = truncated && c.stdCmPerSecond() > 0
                ? truncatedNormal(-c.slopePercent() * 20 / c.stdCmPerSecond())
                : new Moments(0, 1);
        return new Moments(c.meanSpeed(WIND) + scale * r.mean(), scale * r.sd());
    }

    @Test
    void constantWind_everyCategory_meanAndSpreadMatchTheCoefficients() {
        DriftModel model = new DriftModel(LandMask.none(), 2);
        Environment env = Environment.constant(WIND * Math.sin(TOWARD), WIND * Math.cos(TOWARD), 0, 0);
        double seconds = RUN.getSeconds();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (LeewayObject object : LeewayObjects.bundled().all()) {
            Moments dw = component(object.downwind(), true);
            Moments right = component(object.crosswindRight(), false);
            Moments left = component(object.crosswindLeft(), false);
            double speedRight = Math.hypot(dw.mean(), right.mean());
            double speedLeft = Math.hypot(dw.mean(), left.mean());
            double speed = Math.min(speedRight, speedLeft);
            if (speed == 0) {
                continue; // the no-windage marker buoy: current-only test covers it
            }
            double worstSd = Math.max(dw.sd(), Math.max(right.sd(), left.sd()));
            int perSide = (int) Math.min(300_000, Math.max(20_000, Math.pow(4 * worstSd / (0.01 * speed), 2)));
            DriftRequest request = DriftRequest.of(object, new Seeding.Point(new Position(-10, -30), 0), T0, RUN)
                    .withParticles(perSide * 2)
                    .withStep(Duration.ofHours(1))
                    .withOutputEvery(RUN)
                    .withJibeProbabilityPerHour(0)
                    .withSeed(object.id());
            DriftResult result = model.run(request, env);
            double[][] sums = new double[2][5]; // per side: n, along, along², across(left), across²
            int last = result.lastOutput();
            double de = Math.sin(TOWARD);
            double dn = Math.cos(TOWARD);
            for (int i = 0; i < result.particles(); i++) {
                double lat0 = result.seedLatitude(i);
                double north = (result.latitude(last, i) - lat0) / Wgs84.degreesPerMetreNorth(lat0);
                double east = (result.longitude(last, i) - result.seedLongitude(i)) / Wgs84.degreesPerMetreEast(lat0);
                double along = (east * de + north * dn) / seconds;
                // OpenDrift's convention: a positive crosswind component points left of downwind.
                double across = (-east * dn + north * de) / seconds;
                double[] s = sums[result.side(last, i).ordinal()];
                s[0]++;
                s[1] += along;
                s[2] += along * along;
                s[3] += across;
                s[4] += across * across;
            }
            checked++;
            check(failures, object, "downwind (right side)", sums[0], 1, dw, speedRight);
            check(failures, object, "downwind (left side)", sums[1], 1, dw, speedLeft);
            check(failures, object, "crosswind right", sums[0], 3, right, speedRight);
            check(failures, object, "crosswind left", sums[1], 3, left, speedLeft);
        }
        assertThat(checked).isEqualTo(84);
        assertThat(failures).isEmpty();
    }

    private static void check(
            List<String> failures, LeewayObject o, String what, double[] s, int at, Moments expected, double speed) {
        double n = s[0];
        double mean = s[at] / n;
        double sd = Math.sqrt(Math.max(0, s[at + 1] / n - mean * mean));
        if (Math.abs(mean - expected.mean()) > 0.01 * speed) {
            failures.add(String.format(
                    "%d %s %s mean %.5f m/s, expected %.5f (±%.5f)",
                    o.id(), o.key(), what, mean, expected.mean(), 0.01 * speed));
        }
        double sdTolerance = 0.03 * expected.sd() + 1e-4;
        if (Math.abs(sd - expected.sd()) > sdTolerance) {
            failures.add(String.format(
                    "%d %s %s spread %.5f m/s, expected %.5f (±%.5f)",
                    o.id(), o.key(), what, sd, expected.sd(), sdTolerance));
        }
    }

    @Test
    void crosswindConvention_rightPositive_mirrorsTheCrosswindDrift() {
        LeewayObject object = LeewayObjects.bundled().find("PIW-1");
        Environment env = Environment.constant(0, WIND, 0, 0); // wind toward north
        DriftRequest request = DriftRequest.of(object, new Seeding.Point(new Position(-10, -30), 0), T0, RUN)
                .withParticles(2000)
                .withJibeProbabilityPerHour(0);
        DriftModel model = new DriftModel(LandMask.none(), 1);
        DriftResult openDrift = model.run(request, env);
        DriftResult rightPositive = model.run(request.withCrosswind(CrosswindConvention.RIGHT_POSITIVE), env);
        int last = openDrift.lastOutput();
        double eastOpenDrift = 0;
        for (int i = 0; i < 2000; i += 2) { // even particles use the right-hand (positive slope) coefficients
            assertThat(openDrift.side(last, i)).isEqualTo(LeewayObject.Side.RIGHT);
            double e1 = openDrift.longitude(last, i) - openDrift.seedLongitude(i);
            double e2 = rightPositive.longitude(last, i) - rightPositive.seedLongitude(i);
            assertThat(e2).isCloseTo(-e1, org.assertj.core.api.Assertions.within(1e-6));
            assertThat(rightPositive.latitude(last, i)).isEqualTo(openDrift.latitude(last, i));
            eastOpenDrift += e1;
        }
        // Under OpenDrift's sign the "right" coefficients carry particles to the left: west of a north wind.
        assertThat(eastOpenDrift).isNegative();
    }

    @Test
    void jibing_fourPercentPerHour_matchesThePoissonRates() {
        LeewayObject object = LeewayObjects.bundled().find("PIW-1");
        Environment env = Environment.constant(7, 0, 0, 0);
        int n = 40_000;
        DriftRequest request = DriftRequest.of(
                        object, new Seeding.Point(new Position(-10, -30), 0), T0, Duration.ofHours(48))
                .withParticles(n);
        DriftResult result = new DriftModel(LandMask.none(), 2).run(request, env);
        int last = result.lastOutput();
        int jibed = 0;
        int switched = 0;
        long jibes = 0;
        for (int i = 0; i < n; i++) {
            jibed += result.jibes(i) > 0 ? 1 : 0;
            jibes += result.jibes(i);
            LeewayObject.Side initial = i % 2 == 0 ? LeewayObject.Side.RIGHT : LeewayObject.Side.LEFT;
            switched += result.side(last, i) != initial ? 1 : 0;
        }
        double rate = -48 * Math.log(1 - 0.04); // expected jibes per particle in 48 h
        assertThat((double) jibed / n).isCloseTo(1 - Math.pow(0.96, 48), org.assertj.core.api.Assertions.within(0.01));
        assertThat((double) switched / n)
                .isCloseTo((1 - Math.exp(-2 * rate)) / 2, org.assertj.core.api.Assertions.within(0.01));
        assertThat((double) jibes / n).isCloseTo(rate, org.assertj.core.api.Assertions.within(0.03));
        // Half way through, the share that had jibed is that of 24 hours.
        int half = result.outputs() / 2;
        int jibedByThen = 0;
        for (int i = 0; i < n; i++) {
            jibedByThen += result.jibes(half, i) > 0 ? 1 : 0;
            assertThat(result.jibes(half, i)).isLessThanOrEqualTo(result.jibes(i));
        }
        assertThat(result.times().get(half)).isEqualTo(T0.plusSeconds(24 * 3600));
        assertThat((double) jibedByThen / n)
                .isCloseTo(1 - Math.pow(0.96, 24), org.assertj.core.api.Assertions.within(0.01));
    }
}
