package io.jisr.app.sar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jisr.access.Role;
import io.jisr.app.alerts.AlertNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drift API on a real node: objects, a run with progress and its result, roles, refusals. */
class SarApiTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void drift_queuedRunThenResult_withFramesProbabilityAndAreas(@TempDir Path dir) throws Exception {
        try (AlertNode node = AlertNode.start(dir)) {
            node.user("sara", Role.SAR_COORDINATOR);
            node.user("victor", Role.VIEWER);

            JsonNode objects = node.getJson("victor", "/api/sar/objects").path("objects");
            assertThat(objects.size()).isEqualTo(85);
            assertThat(objects.toString()).contains("SKIFF-1");

            String run = """
                    {"object": "44", "lat": 36.85, "lon": 3.1, "radiusMetres": 300, "start": "2026-03-10T06:00:00Z",
                     "hours": 12, "particles": 5000, "environment": "sample"}""";
            assertThat(node.post("victor", "/api/sar/drift", run).statusCode()).isEqualTo(403);
            var bad = node.post(
                    "sara", "/api/sar/drift", run.replace("36.85", "96").replace("\"hours\": 12", "\"hours\": 500"));
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("\"lat\"").contains("\"hours\"");
            var unknown = node.post("sara", "/api/sar/drift", run.replace("\"44\"", "\"spaceship\""));
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(unknown.body()).contains("spaceship");

            var queued = node.post("sara", "/api/sar/drift", run);
            assertThat(queued.statusCode()).isEqualTo(202);
            String id = json.readTree(queued.body()).path("id").asText();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> node.getJson("victor", "/api/sar/drift/" + id)
                            .path("state")
                            .asText()
                            .equals("DONE"));
            JsonNode result = node.getJson("victor", "/api/sar/drift/" + id);
            assertThat(result.path("times")).hasSize(13);
            assertThat(result.path("frames")).hasSize(13);
            assertThat(result.path("frames").get(12).size()).isBetween(1000, 2000);
            assertThat(result.path("done").asLong())
                    .isEqualTo(result.path("total").asLong())
                    .isEqualTo(5000L * 72);
            double total = 0;
            for (JsonNode cell : result.path("probability")) {
                total += cell.get(4).asDouble();
            }
            assertThat(total).isBetween(0.999, 1.001);
            assertThat(result.path("area50").path("share").asDouble()).isGreaterThanOrEqualTo(0.5);
            assertThat(result.path("area90").path("squareKilometres").asDouble())
                    .isGreaterThan(
                            result.path("area50").path("squareKilometres").asDouble());
            JsonNode last = result.path("summaries").get(12);
            assertThat(last.path("datum").path("lat").asDouble()).isBetween(36.0, 38.0);
            assertThat(last.path("meanDriftMetres").asLong()).isPositive();
            assertThat(node.get("victor", "/api/sar/drift/drift-999").statusCode())
                    .isEqualTo(404);
        }
    }
}
