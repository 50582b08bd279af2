package io.jisr.sar.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class Wgs84Test {
    @Test
    void radii_matchTheEllipsoidsKnownValues() {
        assertThat(Wgs84.primeVerticalRadius(0)).isCloseTo(6_378_137.0, within(1e-6));
        assertThat(Wgs84.meridionalRadius(0)).isCloseTo(6_335_439.327, within(1e-3));
        assertThat(Wgs84.meridionalRadius(90)).isCloseTo(6_399_593.626, within(1e-3));
        // Metres per degree of latitude: 111,132.954 − 559.822 cos 2φ + 1.175 cos 4φ (the usual series, good to a few
        // cm).
        for (double lat : new double[] {0, 30, 45, 60}) {
            double phi = Math.toRadians(lat);
            double series = 111_132.954 - 559.822 * Math.cos(2 * phi) + 1.175 * Math.cos(4 * phi);
            assertThat(1 / Wgs84.degreesPerMetreNorth(lat)).isCloseTo(series, within(0.05));
        }
    }

    @Test
    void tables_agreeWithTheFormulas() {
        for (double lat = -89.5; lat <= 89.5; lat += 0.0137) {
            assertThat(Wgs84.northTable(lat) / Wgs84.degreesPerMetreNorth(lat)).isCloseTo(1, within(1e-8));
            assertThat(Wgs84.eastTable(lat) / Wgs84.degreesPerMetreEast(lat)).isCloseTo(1, within(1e-8));
        }
    }
}
