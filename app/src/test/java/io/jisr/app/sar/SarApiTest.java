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

            // A parallel-track plan for two patrol boats over the 50 % area, its files and SITREP.
            String plan = """
                    {"driftId": "%s", "share": 0.5, "pattern": "PARALLEL_TRACK", "object": "BOAT_5M",
                     "assets": [{"name": "Patrol boat Djebel", "kind": "VESSEL", "speedKnots": 12, "enduranceHours": 10},
                                {"name": "Patrol boat Chenoua", "kind": "VESSEL", "speedKnots": 15, "enduranceHours": 8}],
                     "visibilityNm": 10, "windKnots": 12, "seaMetres": 1, "caseReference": "DZA-SAR-2026-017"}""".formatted(id);
            assertThat(node.post("victor", "/api/sar/plan", plan).statusCode()).isEqualTo(403);
            var planned = node.post("sara", "/api/sar/plan", plan);
            assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
            JsonNode p = json.readTree(planned.body());
            assertThat(p.path("assets")).hasSize(2);
            for (JsonNode a : p.path("assets")) {
                // The 50 % area of a 12-hour drift along the coast is narrow: one track leg each may cover it.
                assertThat(a.path("waypoints").size()).isGreaterThanOrEqualTo(2);
                assertThat(a.path("trackNm").asDouble()).isPositive();
                assertThat(a.path("probabilityOfDetection").asDouble()).isBetween(0.5, 1.0);
            }
            assertThat(p.path("probabilityOfSuccess").asDouble()).isBetween(0.05, 1.0);
            String planId = p.path("id").asText();
            var gpx = node.get("victor", "/api/sar/plan/" + planId + "/plan.gpx");
            var document = javax.xml.parsers.DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(
                            gpx.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(document.getDocumentElement().getNodeName()).endsWith("gpx");
            assertThat(node.get("victor", "/api/sar/plan/" + planId + "/plan.kml")
                            .body())
                    .contains("<kml");
            assertThat(node.get("victor", "/api/sar/plan/" + planId + "/sitrep?lang=fr")
                            .body())
                    .contains("DZA-SAR-2026-017")
                    .contains("RECHERCHES EN COURS");
            assertThat(node.get("victor", "/api/sar/plan/" + planId + "/plan.exe")
                            .statusCode())
                    .isEqualTo(404);
            assertThat(node.post("sara", "/api/sar/plan", plan.replace("BOAT_5M", "SUBMARINE"))
                            .statusCode())
                    .isEqualTo(400);

            // A box drawn by hand (here: around the first plan's area) instead of a share of the probability.
            double south = 90, west = 180, north = -90, east = -180;
            for (JsonNode corner : p.path("area")) {
                south = Math.min(south, corner.get(0).asDouble());
                north = Math.max(north, corner.get(0).asDouble());
                west = Math.min(west, corner.get(1).asDouble());
                east = Math.max(east, corner.get(1).asDouble());
            }
            String drawnPlan = plan.replace(
                    "\"share\": 0.5,",
                    "\"area\": {\"south\": %f, \"west\": %f, \"north\": %f, \"east\": %f},"
                            .formatted(south, west, north, east));
            var drawn = node.post("sara", "/api/sar/plan", drawnPlan);
            assertThat(drawn.statusCode())
                    .as(drawn.body() + " for " + drawnPlan + " after " + p)
                    .isEqualTo(200);
            JsonNode before = json.readTree(drawn.body());
            assertThat(before.path("area")).hasSize(4);
            double top = -90;
            for (JsonNode corner : before.path("area")) {
                top = Math.max(top, corner.get(0).asDouble());
            }
            assertThat(top).isCloseTo(north, org.assertj.core.data.Offset.offset(0.001));

            // The first plan was carried out and found nothing: the drift's map is updated by Bayes, so the
            // same box now holds less of the probability, and the cumulative POS is the plan's POS.
            JsonNode update = json.readTree(node.post("sara", "/api/sar/plan/" + planId + "/unsuccessful", "")
                    .body());
            assertThat(update.path("searches").asInt()).isEqualTo(1);
            assertThat(update.path("cumulativeSuccess").asDouble())
                    .isCloseTo(p.path("probabilityOfSuccess").asDouble(), org.assertj.core.data.Offset.offset(0.02));
            JsonNode after =
                    json.readTree(node.post("sara", "/api/sar/plan", drawnPlan).body());
            assertThat(after.path("probabilityOfContainment").asDouble())
                    .isLessThan(before.path("probabilityOfContainment").asDouble() - 0.05);

            // Ships that can help: one heard near Algiers, ranked with its time to the datum.
            java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            node.send(io.jisr.app.http.TestMessages.taggedLines(
                            io.jisr.app.http.TestMessages.voyage(224_000_009, "HELPFUL", "EAHP", 70, "ALGIERS"), now)
                    + io.jisr.app.http.TestMessages.taggedLines(
                            io.jisr.app.http.TestMessages.position(224_000_009, 36.95, 3.30, 12, 270, 270), now));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> node.getJson("victor", "/api/sar/helpers?lat=36.85&lon=3.1")
                                    .path("ships")
                                    .size()
                            == 1);
            JsonNode ship = node.getJson("victor", "/api/sar/helpers?lat=36.85&lon=3.1")
                    .path("ships")
                    .get(0);
            assertThat(ship.path("name").asText()).isEqualTo("HELPFUL");
            assertThat(ship.path("distanceNm").asDouble()).isBetween(10.0, 13.0);
            assertThat(ship.path("minutesToReach").asLong()).isBetween(50L, 65L);
        }
    }
}
