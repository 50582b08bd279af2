package io.jisr.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jisr.access.Role;
import io.jisr.app.http.TestMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zones managed through the API on a real node: import (GeoJSON, KML) all or nothing, list, removal,
 * configured zones read-only, refusals that say where the file is wrong, and the detectors using an
 * imported zone at once.
 */
class ZonesApiTest {
    private static final String BAY = """
            {"type": "FeatureCollection", "features": [{"type": "Feature",
              "properties": {"id": "algiers-bay", "name": "Baie d'Alger"},
              "geometry": {"type": "Polygon", "coordinates": [[[2.9, 36.75], [3.2, 36.75], [3.2, 36.9], [2.9, 36.9], [2.9, 36.75]]]}}]}
            """;
    private static final String KML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Oran approaches</name>
            <Polygon><outerBoundaryIs><LinearRing><coordinates>
            -0.85,35.8 -0.45,35.8 -0.45,36.05 -0.85,36.05 -0.85,35.8
            </coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>
            """;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void zones_importedListedUsedAndRemoved(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("eez.geojson"),
                BAY.replace("algiers-bay", "configured-eez").replace("Baie d'Alger", "EEZ"));
        try (AlertNode node = AlertNode.start(
                dir, "detection:\n  zones:\n    - {file: eez.geojson, kind: EXCLUSIVE_ECONOMIC_ZONE}\n")) {
            node.user("wanda", Role.WATCH_OFFICER);
            node.user("victor", Role.VIEWER);

            assertThat(node.post("victor", "/api/zones", BAY).statusCode()).isEqualTo(403);
            var imported = node.post("wanda", "/api/zones", BAY);
            assertThat(imported.statusCode()).isEqualTo(201);
            assertThat(imported.body()).contains("algiers-bay");
            var again = node.post("wanda", "/api/zones", BAY);
            assertThat(again.statusCode()).isEqualTo(400);
            assertThat(again.body()).contains("exists already");
            var broken = node.post(
                    "wanda", "/api/zones", BAY.replace("algiers-bay", "other").replace(", [2.9, 36.75]]]", "]]"));
            assertThat(broken.statusCode()).isEqualTo(400);
            assertThat(json.readTree(broken.body()).path("message").asText()).contains("features[0]");
            assertThat(node.post("wanda", "/api/zones?format=kml&kind=PORT", KML)
                            .statusCode())
                    .isEqualTo(201);

            JsonNode zones = node.getJson("victor", "/api/zones");
            assertThat(zones.path("features")).hasSize(3);
            JsonNode configured = zones.path("features").get(0);
            assertThat(configured.path("properties").path("source").asText()).isEqualTo("CONFIGURATION");
            assertThat(configured.path("properties").path("kind").asText()).isEqualTo("EXCLUSIVE_ECONOMIC_ZONE");
            JsonNode bay = zones.path("features").get(1);
            assertThat(bay.path("properties").path("name").asText()).isEqualTo("Baie d'Alger");
            assertThat(bay.path("properties").path("addedBy").asText()).isEqualTo("wanda");
            assertThat(bay.path("geometry").path("type").asText()).isEqualTo("Polygon");
            assertThat(bay.path("geometry")
                            .path("coordinates")
                            .get(0)
                            .get(1)
                            .get(0)
                            .asDouble())
                    .isEqualTo(3.2);
            assertThat(zones.path("features")
                            .get(2)
                            .path("properties")
                            .path("kind")
                            .asText())
                    .isEqualTo("PORT");

            // A ship sailing into the bay: a zone visit for the imported zone (and one for the configured).
            Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);
            node.send(TestMessages.taggedLines(TestMessages.position(224_000_002, 36.746, 3.05, 12, 0, 0), t0)
                    + TestMessages.taggedLines(
                            TestMessages.position(224_000_002, 36.753, 3.05, 12, 0, 0), t0.plusSeconds(120)));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> node.getJson("victor", "/api/alerts?kind=ZONE_VISIT")
                                    .path("total")
                                    .asInt()
                            == 2);
            assertThat(node.getJson("victor", "/api/alerts?kind=ZONE_VISIT").toString())
                    .contains("Baie d'Alger")
                    .contains("\"zoneName\":\"EEZ\"");

            assertThat(node.delete("wanda", "/api/zones/configured-eez").statusCode())
                    .isEqualTo(400);
            assertThat(node.delete("victor", "/api/zones/algiers-bay").statusCode())
                    .isEqualTo(403);
            assertThat(node.delete("wanda", "/api/zones/algiers-bay").statusCode())
                    .isEqualTo(204);
            assertThat(node.delete("wanda", "/api/zones/algiers-bay").statusCode())
                    .isEqualTo(404);
            node.user("admin", Role.ADMINISTRATOR);
            assertThat(node.getJson("admin", "/api/audit?actor=wanda").toString())
                    .contains("zones.imported")
                    .contains("zone.removed");
        }
        try (AlertNode again = AlertNode.start(
                dir, "detection:\n  zones:\n    - {file: eez.geojson, kind: EXCLUSIVE_ECONOMIC_ZONE}\n")) {
            again.user("victor", Role.VIEWER);
            JsonNode zones = again.getJson("victor", "/api/zones");
            assertThat(zones.path("features")).hasSize(2);
            assertThat(zones.toString()).contains("Oran approaches").doesNotContain("algiers-bay");
        }
    }
}
