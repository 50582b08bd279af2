package io.jisr.app.http;

import static io.jisr.app.http.HttpApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/history}: all vessels' history in a box over a time range. */
class HistoryInBoxTest {
    private static final int FERRY = 605123456;
    private static final int TUG = 605654321;
    private static final Instant START = TestNode.T0.plus(Duration.ofMinutes(5));

    private static TestNode node;

    @BeforeAll
    static void start() {
        node = new TestNode();
        for (int i = 0; i < 4; i++) {
            Instant time = START.plus(Duration.ofMinutes(10L * i));
            // The ferry sails north at 36 knots, out of the box after its second report; the tug stays inside.
            node.apply(TestMessages.position(FERRY, 36.80 + i * 0.1, 3.06, 12.5), time, "algiers");
            node.apply(TestMessages.position(TUG, 36.78, 3.07 + i * 0.001, 3.0), time.plusSeconds(1), "algiers");
        }
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void history_boxAndRange_groupsPointsByVesselOldestFirst() {
        JsonNode body = json(node.get(
                "/api/history?bbox=36.7,3.0,36.95,3.2" + "&from=2026-01-01T00:05:00Z&to=2026-01-01T00:40:00Z"));

        assertThat(body.get("from").asText()).isEqualTo("2026-01-01T00:05:00Z");
        assertThat(body.get("to").asText()).isEqualTo("2026-01-01T00:40:00Z");
        assertThat(body.get("count").asInt()).isEqualTo(6);
        assertThat(body.get("truncated").asBoolean()).isFalse();
        JsonNode tracks = body.get("tracks");
        assertThat(tracks.size()).isEqualTo(2);
        assertThat(tracks.get(0).get("mmsi").asInt()).isEqualTo(FERRY);
        assertThat(tracks.get(0).get("points").size()).isEqualTo(2);
        assertThat(tracks.get(0).get("points").get(1).get("time").asText()).isEqualTo("2026-01-01T00:15:00Z");
        assertThat(tracks.get(1).get("mmsi").asInt()).isEqualTo(TUG);
        assertThat(tracks.get(1).get("points").size()).isEqualTo(4);
    }

    @Test
    void history_limit_truncatesAndSaysSo() {
        JsonNode body = json(node.get(
                "/api/history?bbox=36.7,3.0,36.95,3.2" + "&from=2026-01-01T00:05:00Z&to=2026-01-01T00:40:00Z&limit=3"));

        assertThat(body.get("count").asInt()).isEqualTo(3);
        assertThat(body.get("truncated").asBoolean()).isTrue();
    }

    @Test
    void history_missingRange_isRefusedNamingBothParameters() {
        HttpResponse<String> response = node.get("/api/history?bbox=36.7,3.0,36.95,3.2");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo(
                        "{\"code\":\"BAD_PARAMETER\",\"message\":\"bad parameters from, to: see errors\","
                                + "\"errors\":{\"from\":[{\"message\":\"is required\"}],\"to\":[{\"message\":\"is required\"}]}}");
    }

    @Test
    void history_rangeLongerThanADay_isRefused() {
        HttpResponse<String> response = node.get("/api/history?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:01Z");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("message").asText())
                .isEqualTo("bad parameter to: must be at most 24 h after from");
    }

    @Test
    void history_malformedTime_isReportedOnceWithItsValue() {
        HttpResponse<String> response = node.get("/api/history?from=yesterday&to=2026-01-01T00:06:00Z");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode from = json(response).get("errors").get("from");
        assertThat(from.size()).isEqualTo(1);
        assertThat(from.get(0).get("value").asText()).isEqualTo("yesterday");
    }

    @Test
    void openApi_describesHistoryAndStillParses() throws Exception {
        HttpResponse<String> response = node.get("/openapi.yaml");

        JsonNode document = new com.fasterxml.jackson.databind.ObjectMapper(
                        new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(response.body());
        JsonNode history = document.get("paths").get("/api/history").get("get");
        assertThat(history.get("operationId").asText()).isEqualTo("history");
        assertThat(document.get("components").get("schemas").has("History")).isTrue();
    }
}
