package io.jisr.sim.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LandMaskTest {
    private final LandMask land = LandMask.westernMediterranean();

    @Test
    void isLand_townsInland_areLand() {
        assertThat(land.isLand(36.36, 6.61)).as("Constantine").isTrue();
        assertThat(land.isLand(35.69, -0.60)).as("Oran, inland of the harbour").isTrue();
        assertThat(land.isLand(40.42, -3.70)).as("Madrid").isTrue();
        assertThat(land.isLand(39.62, 2.95)).as("central Mallorca").isTrue();
        assertThat(land.isLand(40.0, 9.0)).as("central Sardinia").isTrue();
        assertThat(land.isLand(42.15, 9.10)).as("central Corsica").isTrue();
    }

    @Test
    void isLand_openSea_isSea() {
        assertThat(land.isLand(37.5, 4.0))
                .as("between Algeria and the Balearics")
                .isFalse();
        assertThat(land.isLand(36.0, -5.5)).as("Strait of Gibraltar").isFalse();
        assertThat(land.isLand(39.0, 1.0)).as("Ibiza channel").isFalse();
        assertThat(land.isLand(41.0, 6.0)).as("Balearic Sea").isFalse();
        assertThat(land.isLand(38.5, 12.0))
                .as("south of Sardinia towards Sicily")
                .isFalse();
    }

    @Test
    void isLand_agreesWithBruteForceRayCasting() {
        // The grid index must give the same answers as the plain even-odd test over every ring.
        List<double[]> rings = List.of(
                new double[] {0, 0, 2, 0, 2, 2, 0, 2, 0, 0}, new double[] {0.5, 0.5, 1.5, 0.5, 1, 1.5, 0.5, 0.5});
        LandMask mask = LandMask.of(rings, -1, -1, 3, 3);
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        for (int i = 0; i < 20_000; i++) {
            double x = -1 + 4 * random.nextDouble();
            double y = -1 + 4 * random.nextDouble();
            assertThat(mask.isLand(y, x)).as("(%f, %f)", y, x).isEqualTo(bruteForce(rings, x, y));
        }
    }

    @Test
    void of_ringTooShort_isRefused() {
        assertThatThrownBy(() -> LandMask.of(List.of(new double[] {0, 0, 1, 1}), 0, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a ring needs at least 4 points as lon,lat pairs, had 4 numbers");
    }

    private static boolean bruteForce(List<double[]> rings, double x, double y) {
        boolean inside = false;
        for (double[] r : rings) {
            for (int i = 0; i + 3 < r.length; i += 2) {
                if ((r[i + 1] > y) != (r[i + 3] > y)
                        && x < r[i] + (y - r[i + 1]) / (r[i + 3] - r[i + 1]) * (r[i + 2] - r[i])) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}
