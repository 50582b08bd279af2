package io.jisr.detect.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class GeoJsonZonesTest {
    static final String SQUARE = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "id": 7,
               "properties": {"name": "Box", "kind": "territorial sea", "dwellMinutes": 30},
               "geometry": {"type": "Polygon", "coordinates": [[[5,38],[6,38],[6,39],[5,39],[5,38]]]}},
              {"type": "Feature", "properties": {"id": "m"},
               "geometry": {"type": "MultiPolygon", "coordinates": [[[[0,0],[1,0],[1,1],[0,0]]]]}}
            ]}""";

    private static ZoneImport.Rejected rejected(String text) {
        ZoneImport result = GeoJsonZones.read(text, ZoneKind.OPERATOR);
        assertThat(result).isInstanceOf(ZoneImport.Rejected.class);
        return (ZoneImport.Rejected) result;
    }

    @Test
    void read_featureCollection_importsEveryZoneWithItsProperties() {
        ZoneImport result = GeoJsonZones.read(SQUARE, ZoneKind.OPERATOR);

        assertThat(result).isInstanceOf(ZoneImport.Imported.class);
        var zones = ((ZoneImport.Imported) result).zones();
        assertThat(zones).extracting(Zone::id).containsExactly("7", "m");
        assertThat(zones.get(0).name()).isEqualTo("Box");
        assertThat(zones.get(0).kind()).isEqualTo(ZoneKind.TERRITORIAL_SEA);
        assertThat(zones.get(0).dwell()).contains(Duration.ofMinutes(30));
        assertThat(zones.get(1).kind()).isEqualTo(ZoneKind.OPERATOR);
    }

    @Test
    void read_bareGeometry_importsOneZone() {
        ZoneImport result =
                GeoJsonZones.read("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}", ZoneKind.PORT);

        assertThat(((ZoneImport.Imported) result).zones()).singleElement().satisfies(z -> {
            assertThat(z.id()).isEqualTo("zone-1");
            assertThat(z.kind()).isEqualTo(ZoneKind.PORT);
        });
    }

    @Test
    void read_syntaxError_saysLineAndColumn() {
        ZoneImport.Rejected r = rejected("{\"type\": \"Feature\",\n  \"geometry\": [1, 2,]}");

        assertThat(r.where()).isEqualTo("line 2, column 21");
        assertThat(r.message()).isEqualTo("unexpected ']', expected a value");
    }

    @Test
    void read_latitudeOutOfRange_saysWhichPosition() {
        ZoneImport.Rejected r = rejected(SQUARE.replace("[6,39]", "[6,91]"));

        assertThat(r.where()).isEqualTo("features[0].geometry.coordinates[0][2][1]");
        assertThat(r.message()).isEqualTo("latitude must be within -90..90, was 91.0");
    }

    @Test
    void read_openRing_isRefused() {
        ZoneImport.Rejected r = rejected(SQUARE.replace("[5,39],[5,38]]]}", "[5,39],[5,38.5]]]}"));

        assertThat(r.where()).isEqualTo("features[0].geometry.coordinates[0]");
        assertThat(r.message()).isEqualTo("a ring must end where it starts; first [5.0, 38.0], last [5.0, 38.5]");
    }

    @Test
    void read_selfIntersectingPolygon_saysWhere() {
        ZoneImport.Rejected r = rejected(
                SQUARE.replace("[[5,38],[6,38],[6,39],[5,39],[5,38]]", "[[5,38],[6,39],[6,38],[5,39],[5,38]]"));

        assertThat(r.where()).isEqualTo("features[0].geometry");
        assertThat(r.message()).startsWith("is not a valid polygon: self-intersection at longitude 5.5, latitude 38.5");
    }

    @Test
    void read_lineString_isRefused() {
        ZoneImport.Rejected r = rejected("{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}");

        assertThat(r.where()).isEqualTo("type");
        assertThat(r.message()).contains("expected FeatureCollection, Feature, Polygon or MultiPolygon");
    }

    @Test
    void read_duplicateIds_isRefused() {
        ZoneImport.Rejected r = rejected(SQUARE.replace("\"id\": \"m\"", "\"id\": \"7\""));

        assertThat(r.toString()).isEqualTo("features[1].properties.id: zone id \"7\" is used by an earlier feature");
    }

    @Test
    void read_unknownKind_listsTheKinds() {
        ZoneImport.Rejected r = rejected(SQUARE.replace("territorial sea", "moon"));

        assertThat(r.message()).startsWith("\"moon\" is not a zone kind; expected one of [TERRITORIAL_SEA");
    }

    @Test
    void read_deepNesting_isRefusedWithoutStackOverflow() {
        ZoneImport.Rejected r = rejected("[".repeat(100_000));

        assertThat(r.message()).isEqualTo("nesting deeper than 64 levels");
    }

    @Property(tries = 300)
    void read_anyText_answersWithoutThrowing(@ForAll("junk") String text) {
        assertThat(GeoJsonZones.read(text, ZoneKind.OPERATOR)).isNotNull();
    }

    @Property(tries = 500)
    void read_validFileWithOneCharacterChanged_answersWithoutThrowing(
            @ForAll("positions") int at, @ForAll("characters") char c) {
        String mutated = SQUARE.substring(0, at % SQUARE.length()) + c + SQUARE.substring(at % SQUARE.length() + 1);

        assertThat(GeoJsonZones.read(mutated, ZoneKind.OPERATOR)).isNotNull();
    }

    @Provide
    Arbitrary<String> junk() {
        return Arbitraries.strings()
                .withChars("{}[]\":,.-+eE0123456789 \\ntruefalsnul")
                .ofMaxLength(200);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, SQUARE.length() - 1);
    }

    @Provide
    Arbitrary<Character> characters() {
        return Arbitraries.chars().with("{}[]\":,.-+eE0123456789 \\xaz\u0000\u00e9");
    }
}
