package io.jisr.detect.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class KmlZonesTest {
    static final String KML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <kml xmlns="http://www.opengis.net/kml/2.2"><Document>
              <Placemark id="p1"><name>Box</name>
                <ExtendedData><Data name="kind"><value>contiguous zone</value></Data>
                  <Data name="dwellMinutes"><value>45</value></Data></ExtendedData>
                <Polygon><outerBoundaryIs><LinearRing><coordinates>
                  5,38 6,38 6,39 5,39 5,38
                </coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
              <Placemark><name>A point is not a zone</name><Point><coordinates>5,38</coordinates></Point></Placemark>
            </Document></kml>""";

    private static ZoneImport.Rejected rejected(String text) {
        ZoneImport result = KmlZones.read(text, ZoneKind.OPERATOR);
        assertThat(result).isInstanceOf(ZoneImport.Rejected.class);
        return (ZoneImport.Rejected) result;
    }

    @Test
    void read_placemarkWithPolygon_importsItAndSkipsPoints() {
        ZoneImport result = KmlZones.read(KML, ZoneKind.OPERATOR);

        assertThat(((ZoneImport.Imported) result).zones()).singleElement().satisfies(z -> {
            assertThat(z.id()).isEqualTo("p1");
            assertThat(z.name()).isEqualTo("Box");
            assertThat(z.kind()).isEqualTo(ZoneKind.CONTIGUOUS_ZONE);
            assertThat(z.dwell()).contains(Duration.ofMinutes(45));
            assertThat(z.area().getArea()).isEqualTo(1.0);
        });
    }

    @Test
    void read_externalEntity_isRefusedBeforeAnythingIsFetched() {
        ZoneImport.Rejected r = rejected("""
                <?xml version="1.0"?>
                <!DOCTYPE kml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <kml><Placemark><name>&x;</name></Placemark></kml>""");

        assertThat(r.where()).isEqualTo("line 2, column 10");
        assertThat(r.message()).startsWith("not well-formed XML: DOCTYPE is disallowed");
    }

    @Test
    void read_badCoordinate_saysWhichPosition() {
        ZoneImport.Rejected r = rejected(KML.replace("6,39 5,39", "6,39 5,99"));

        assertThat(r.toString())
                .isEqualTo(
                        "Placemark[1].Polygon[1].outerBoundaryIs.LinearRing.coordinates[4]: latitude must be within -90..90, was 99");
    }

    @Test
    void read_noPolygonAnywhere_isRefused() {
        assertThat(rejected("<kml><Placemark><Point><coordinates>5,38</coordinates></Point></Placemark></kml>")
                        .message())
                .isEqualTo("holds no Placemark with a Polygon");
    }

    @Property(tries = 300)
    void read_validFileWithOneCharacterChanged_answersWithoutThrowing(
            @ForAll("positions") int at, @ForAll("characters") char c) {
        String mutated = KML.substring(0, at) + c + KML.substring(at + 1);

        assertThat(KmlZones.read(mutated, ZoneKind.OPERATOR)).isNotNull();
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, KML.length() - 1);
    }

    @Provide
    Arbitrary<Character> characters() {
        return Arbitraries.chars().with("<>/&;\"'=,.- 0123456789eEx!?\u0000");
    }
}
