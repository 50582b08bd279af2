package io.jisr.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jisr.access.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts end to end on a real node: AIS lines in through a TCP feed, the detection thread, the alert
 * book, storage, the API with its roles, exports and audit, and a restart.
 */
class AlertsApiTest {
    private static final int SHIP = ImpossibleJump.SHIP;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void alert_raisedListedExportedAcknowledgedClosedAudited_andKeptOverARestart(@TempDir Path dir) throws Exception {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);
        String id;
        try (AlertNode node = AlertNode.start(dir)) {
            node.user("wanda", Role.WATCH_OFFICER);
            node.user("victor", Role.VIEWER);
            node.send(ImpossibleJump.lines(t0));

            await().atMost(Duration.ofSeconds(20))
                    .until(() ->
                            node.getJson("victor", "/api/alerts").path("total").asInt() == 1);
            JsonNode list = node.getJson("victor", "/api/alerts");
            JsonNode alert = list.path("alerts").get(0);
            id = alert.path("id").asText();
            assertThat(list.path("newAlerts").asInt()).isEqualTo(1);
            assertThat(alert.path("kind").asText()).isEqualTo("IDENTITY_ANOMALY");
            assertThat(alert.path("state").asText()).isEqualTo("NEW");
            assertThat(alert.path("rule").asText()).isEqualTo("Identity anomaly");
            assertThat(alert.path("details").path("anomaly").asText()).isEqualTo("IMPOSSIBLE_SPEED");
            assertThat(alert.path("vessels").get(0).path("mmsi").asInt()).isEqualTo(SHIP);
            assertThat(alert.path("vessels").get(0).path("name").asText()).isEqualTo("SANTA MARIA");
            assertThat(alert.path("vessels").get(0).path("flag").asText()).isEqualTo("ESP");
            assertThat(alert.path("start").asText())
                    .isEqualTo(t0.plusSeconds(130).toString());

            // Filters and their refusals.
            assertThat(node.getJson("victor", "/api/alerts?kind=AIS_GAP")
                            .path("total")
                            .asInt())
                    .isZero();
            assertThat(node.getJson("victor", "/api/alerts?mmsi=" + SHIP + "&state=new")
                            .path("total")
                            .asInt())
                    .isEqualTo(1);
            assertThat(node.getJson("victor", "/api/alerts?minSeverity=HIGH")
                            .path("total")
                            .asInt())
                    .isZero();
            assertThat(node.get("victor", "/api/alerts?state=lost&format=xml").body())
                    .contains("\"state\"")
                    .contains("\"format\"");

            // Exports.
            var csv = node.get("victor", "/api/alerts?format=csv");
            assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
            List<String> rows = csv.body().lines().toList();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0)).startsWith("id,severity,state,kind,rule,vessels,names,start,end,latitude");
            assertThat(rows.get(1)).startsWith(id + ",MEDIUM,NEW,IDENTITY_ANOMALY,Identity anomaly," + SHIP);
            JsonNode geo = json.readTree(
                    node.get("victor", "/api/alerts?format=geojson").body());
            assertThat(geo.path("type").asText()).isEqualTo("FeatureCollection");
            JsonNode point = geo.path("features").get(0).path("geometry");
            assertThat(point.path("coordinates").get(0).asDouble()).isEqualTo(3.00);
            assertThat(point.path("coordinates").get(1).asDouble()).isEqualTo(37.81);

            // Lifecycle: viewers cannot act; a comment is required; wrong steps are refused.
            String ack = "/api/alerts/" + id + "/acknowledge";
            assertThat(node.post("victor", ack, "{\"comment\":\"seen\"}").statusCode())
                    .isEqualTo(403);
            assertThat(node.post("wanda", ack, "{}").statusCode()).isEqualTo(400);
            var acked = node.post("wanda", ack, "{\"comment\":\"MRCC informed\"}");
            assertThat(acked.statusCode()).isEqualTo(200);
            assertThat(json.readTree(acked.body()).path("state").asText()).isEqualTo("ACKNOWLEDGED");
            assertThat(node.post("wanda", ack, "{\"comment\":\"again\"}").statusCode())
                    .isEqualTo(409);
            assertThat(node.post("wanda", "/api/alerts/alert-999/close", "{\"comment\":\"x\"}")
                            .statusCode())
                    .isEqualTo(404);
            var closed = node.post("wanda", "/api/alerts/" + id + "/close", "{\"comment\":\"GPS fault, confirmed\"}");
            assertThat(json.readTree(closed.body()).path("state").asText()).isEqualTo("CLOSED");
            assertThat(node.getJson("victor", "/api/alerts").path("newAlerts").asInt())
                    .isZero();

            node.user("admin", Role.ADMINISTRATOR);
            JsonNode audit = node.getJson("admin", "/api/audit?actor=wanda");
            assertThat(audit.toString())
                    .contains("alert.acknowledged")
                    .contains("alert.closed")
                    .contains("MRCC informed");
        }
        try (AlertNode again = AlertNode.start(dir)) {
            again.user("victor", Role.VIEWER);
            JsonNode kept = again.getJson("victor", "/api/alerts/" + id);
            assertThat(kept.path("state").asText()).isEqualTo("CLOSED");
            assertThat(kept.path("notes").get(0).path("by").asText()).isEqualTo("wanda");
            assertThat(kept.path("notes").get(1).path("text").asText()).isEqualTo("GPS fault, confirmed");
        }
    }
}
