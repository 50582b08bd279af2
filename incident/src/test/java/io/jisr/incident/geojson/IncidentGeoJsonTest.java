package io.jisr.incident.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.incident.Incident;
import io.jisr.incident.Reports;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class IncidentGeoJsonTest {

    @Test
    void write_oneIncident_isAPointFeatureWithItsPropertiesAndUnknownAsNull() {
        String json = IncidentGeoJson.toText(List.of(new Incident("JSR-1", 2, Reports.ied())));

        Map<String, Object> collection = JsonReader.object(json);
        assertThat(collection).containsEntry("type", "FeatureCollection");
        @SuppressWarnings("unchecked")
        Map<String, Object> feature = (Map<String, Object>) ((List<Object>) collection.get("features")).getFirst();
        assertThat(feature).containsEntry("id", "JSR-1");
        assertThat(feature.get("geometry")).isEqualTo(Map.of("type", "Point", "coordinates", List.of(2.94, 19.94)));
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) feature.get("properties");
        assertThat(p)
                .containsEntry("version", 2.0)
                .containsEntry("type", "EXPLOSION_REMOTE_VIOLENCE")
                .containsEntry("subType", "IED")
                .containsEntry("killed", 3.0)
                .containsEntry("wounded", null)
                .containsEntry("kidnapped", 0.0)
                .containsEntry("grading", "B2")
                .containsEntry("releasability", "REL TO DZA, USA")
                .containsEntry("narrative", Reports.ied().narrative())
                .containsEntry("actors", List.of("JNIM", "Military Forces of Mali"));
    }

    @Test
    void quote_controlAndSeparatorCharacters_areEscaped() {
        assertThat(IncidentGeoJson.quote("a\"b\\c\n\u0001\u2028")).isEqualTo("\"a\\\"b\\\\c\\n\\u0001\\u2028\"");
        assertThat(IncidentGeoJson.quote("\uD800x")).isEqualTo("\"\\ud800x\"");
        assertThat(IncidentGeoJson.quote("😀")).isEqualTo("\"😀\"");
    }

    @Property(tries = 300)
    void quote_anyText_readsBackAsTheSameText(@ForAll String text) {
        assertThat(JsonReader.string(IncidentGeoJson.quote(text))).isEqualTo(text);
    }

    @Property(tries = 100)
    void write_anyReports_isValidJsonWithOneFeatureEach(
            @ForAll("reports") List<io.jisr.incident.IncidentReport> reports) {
        List<Incident> incidents = new java.util.ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            incidents.add(new Incident("G-" + i, 1, reports.get(i)));
        }

        Map<String, Object> collection = JsonReader.object(IncidentGeoJson.toText(incidents));

        assertThat((List<?>) collection.get("features")).hasSize(incidents.size());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<io.jisr.incident.IncidentReport>> reports() {
        return Reports.any().list().ofMaxSize(4);
    }
}
