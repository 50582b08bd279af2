package io.jisr.detect.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BundledGeographyTest {
    private static BundledGeography geography;

    @BeforeAll
    static void load() {
        geography = BundledGeography.load();
    }

    @Test
    void distanceToShore_onLand_isZero() {
        assertThat(geography.distanceToShoreNauticalMiles(40.42, -3.70))
                .as("Madrid")
                .isZero();
        assertThat(geography.distanceToShoreNauticalMiles(48.86, 2.35))
                .as("Paris, global raster")
                .isZero();
    }

    @Test
    void distanceToShore_openSea_isFarAndNearCoast_isNear() {
        // Between the Balearics and Algeria, about 90 nautical miles from either: beyond the cap.
        assertThat(geography.distanceToShoreNauticalMiles(38.0, 4.0)).isGreaterThan(50);
        // Three nautical miles south of Cap de Formentor... measured to the 1:50m coastline, so a few miles either way.
        assertThat(geography.distanceToShoreNauticalMiles(39.90, 3.20)).isBetween(0.5, 8.0);
        // Mid-Atlantic, the global raster's cap.
        assertThat(geography.distanceToShoreNauticalMiles(30.0, -40.0)).isGreaterThan(100);
    }

    @Test
    void nearestPort_findsAlgecirasFromItsBay() {
        assertThat(geography.nearestPort(36.14, -5.41, 3_000))
                .get()
                .extracting(Port::locode)
                .isEqualTo("ESALG");
        assertThat(geography.nearestPort(38.0, 4.0, 10_000)).isEmpty();
    }

    @Test
    void bundledPorts_areInTheRegionAndAtSea() {
        assertThat(geography.ports().ports()).hasSizeGreaterThan(50).allSatisfy(p -> {
            assertThat(p.position().latitude()).isBetween(30.0, 46.0);
            assertThat(p.position().longitude()).isBetween(-10.0, 17.0);
            // A harbour lies within a few miles of the 1:50m coastline.
            assertThat(geography.distanceToShoreNauticalMiles(
                            p.position().latitude(), p.position().longitude()))
                    .as(p.name())
                    .isLessThan(5);
        });
    }

    @Test
    void parse_badLine_saysWhichLine() {
        assertThatThrownBy(() -> PortList.parse(new BufferedReader(new StringReader("h\nESALG,Algeciras,36.1\n"))))
                .hasMessage("port list line 2 must have 4 fields, had 3: ESALG,Algeciras,36.1");
    }
}
