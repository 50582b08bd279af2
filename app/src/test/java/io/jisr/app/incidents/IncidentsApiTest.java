package io.jisr.app.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jisr.access.Role;
import io.jisr.app.alerts.AlertNode;
import io.jisr.incident.sample.SahelSample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incident reports through the API on a real node: a generated Sahel file of 1,200 good rows and some
 * malformed ones imported (each bad row reported by line), filtered, clustered, counted by week,
 * exported, and still there after a restart.
 */
class IncidentsApiTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void import_goodRowsStoredBadRowsReported_thenMapTimelineExportAndRestart(@TempDir Path dir) throws Exception {
        SahelSample.SampleFile sample = SahelSample.csvWithErrors(11, 1200);
        try (AlertNode node = AlertNode.start(dir)) {
            node.user("ana", Role.ANALYST);
            node.user("victor", Role.VIEWER);

            assertThat(node.post("victor", "/api/incidents/import?sourceNation=DZA", sample.text())
                            .statusCode())
                    .isEqualTo(403);
            assertThat(node.post("ana", "/api/incidents/import", sample.text()).statusCode())
                    .isEqualTo(400);
            var imported = node.post(
                    "ana", "/api/incidents/import?sourceNation=DZA&marking=REL%20TO%20DZA,%20USA", sample.text());
            assertThat(imported.statusCode()).isEqualTo(200);
            JsonNode result = json.readTree(imported.body());
            assertThat(result.path("imported").asInt()).isEqualTo(sample.good().size());
            List<Integer> badLines = new ArrayList<>();
            result.path("errors").forEach(e -> badLines.add(e.path("line").asInt()));
            assertThat(badLines)
                    .containsExactlyElementsOf(
                            sample.bad().stream().map(b -> b.line()).toList());
            assertThat(result.path("errors").get(0).path("reason").asText()).isNotBlank();

            JsonNode all = node.getJson("victor", "/api/incidents?limit=5");
            assertThat(all.path("total").asInt()).isEqualTo(sample.good().size());
            assertThat(all.path("incidents")).hasSize(5);
            JsonNode clashesInMali = node.getJson("victor", "/api/incidents?type=ARMED_CLASH&country=MLI&limit=1");
            assertThat(clashesInMali.path("total").asInt())
                    .isPositive()
                    .isLessThan(sample.good().size());

            JsonNode clusters =
                    node.getJson("victor", "/api/incidents/clusters?zoom=5").path("clusters");
            int clustered = 0;
            for (JsonNode c : clusters) {
                clustered += c.path("count").asInt();
            }
            assertThat(clustered).isEqualTo(sample.good().size());
            JsonNode timeline = node.getJson("victor", "/api/incidents/timeline?from=2024-01-01&to=2024-12-31");
            int weekly = 0;
            for (JsonNode w : timeline.path("weeks")) {
                weekly += w.path("total").asInt();
            }
            assertThat(weekly).isPositive().isLessThan(sample.good().size());
            assertThat(node.get("victor", "/api/incidents/timeline?from=2024-13-01")
                            .statusCode())
                    .isEqualTo(400);

            var csv = node.get("victor", "/api/incidents?format=csv&limit=100000");
            var exported = io.jisr.incident.csv.IncidentCsv.read(
                    new java.io.StringReader(csv.body()),
                    new io.jisr.incident.csv.ImportDefaults(
                            io.jisr.incident.CountryCode.of("DZA"),
                            io.jisr.incident.Releasability.NOT_RELEASABLE,
                            io.jisr.incident.Grading.UNJUDGED,
                            java.time.LocalDate.of(2100, 1, 1)));
            assertThat(exported.errors()).isEmpty();
            assertThat(exported.incidents()).containsExactlyInAnyOrderElementsOf(sample.good());
            JsonNode geo = json.readTree(
                    node.get("victor", "/api/incidents?format=geojson&limit=3").body());
            assertThat(geo.path("features")).hasSize(3);
        }
        try (AlertNode again = AlertNode.start(dir)) {
            again.user("victor", Role.VIEWER);
            assertThat(again.getJson("victor", "/api/incidents?limit=1")
                            .path("total")
                            .asInt())
                    .isEqualTo(sample.good().size());
        }
    }
}
