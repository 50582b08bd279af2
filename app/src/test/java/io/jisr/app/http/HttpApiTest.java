package io.jisr.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jisr.ais.ErrorKind;
import io.jisr.ais.identity.Mmsi;
import io.jisr.feed.FeedSpec;
import io.jisr.feed.FeedState;
import io.jisr.feed.FeedStatus;
import io.jisr.picture.BoundingBox;
import io.jisr.picture.PictureBatch;
import io.jisr.picture.PictureStore;
import io.jisr.picture.PositionFix;
import io.jisr.picture.TrackPoint;
import io.jisr.picture.Vessel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP API over a picture of a real recording (Southern California, 243 lines), on loopback. */
class HttpApiTest {

    /** A made-up Algerian ferry: a hostile name and a track of five reports, one every ten seconds. */
    static final int FERRY = 605123456;

    static final String HOSTILE_NAME = "</SCRIPT>\"&'\\<B>";

    static final Instant FERRY_START = TestNode.T0.plus(Duration.ofMinutes(5));

    static TestNode node;

    @BeforeAll
    static void start() {
        node = new TestNode();
        node.apply(TestMessages.voyage(FERRY, HOSTILE_NAME, "ALGIERS"), FERRY_START, "ais250");
        for (int i = 0; i < 5; i++) {
            node.apply(
                    TestMessages.position(FERRY, 36.80 + i * 0.001, 3.06, 12.5),
                    FERRY_START.plusSeconds(10L * i),
                    "ais250");
        }
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Integer> mmsis(JsonNode vessels) {
        List<Integer> found = new ArrayList<>();
        vessels.forEach(v -> found.add(v.get("mmsi").asInt()));
        return found;
    }

    @Test
    void vessel_knownFromRecording_answersExactJson() {
        HttpResponse<String> response = node.get("/api/vessels/367076360");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        assertThat(response.body())
                .isEqualTo(
                        "{\"mmsi\":367076360,\"kind\":\"CLASS_A\",\"name\":\"CAMPBELL FOSS\",\"callSign\":\"WDC7754\","
                                + "\"imo\":9369198,\"imoValid\":true,\"flag\":{\"iso3\":\"USA\",\"name\":\"United States\"},"
                                + "\"shipType\":{\"code\":52,\"text\":\"Tug\",\"category\":\"TUG_AND_SPECIAL\"},"
                                + "\"category\":\"TUG_AND_SPECIAL\","
                                + "\"dimensions\":{\"toBow\":12,\"toStern\":11,\"toPort\":5,\"toStarboard\":5,\"length\":23,"
                                + "\"beam\":10},"
                                + "\"destination\":\"LA/LB HBR OPS\",\"eta\":{\"month\":5,\"day\":6,\"hour\":23,\"minute\":59},"
                                + "\"draughtMetres\":16.0,"
                                + "\"position\":{\"time\":\"2026-01-01T00:00:28Z\",\"lat\":33.709536666666665,"
                                + "\"lon\":-118.25175833333333,\"speedKnots\":2.2,\"courseDegrees\":134.6,"
                                + "\"status\":{\"code\":0,\"text\":\"Under way using engine\"},\"highAccuracy\":false,"
                                + "\"messageType\":1,\"suspect\":false},"
                                + "\"firstSeen\":\"2026-01-01T00:00:27Z\",\"lastSeen\":\"2026-01-01T00:03:16Z\",\"reports\":4,"
                                + "\"heardBy\":[{\"receiver\":\"ais250\",\"lastHeard\":\"2026-01-01T00:03:16Z\"}]}");
    }

    @Test
    void vessel_hostileName_roundTripsAsJsonText() {
        HttpResponse<String> response = node.get("/api/vessels/" + FERRY);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"</SCRIPT>\\\"&'\\\\<B>\"");
        assertThat(json(response).get("name").asText()).isEqualTo(HOSTILE_NAME);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void vessel_unknownMmsi_isNotFound() {
        HttpResponse<String> response = node.get("/api/vessels/123456789");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .isEqualTo("{\"code\":\"NOT_FOUND\",\"message\":\"no vessel with MMSI 123456789 in the picture\","
                        + "\"errors\":{}}");
    }

    @Test
    void track_unknownMmsi_isNotFound() {
        HttpResponse<String> response = node.get("/api/vessels/123456789/track");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .isEqualTo("{\"code\":\"NOT_FOUND\",\"message\":\"no vessel with MMSI 123456789 in the picture\","
                        + "\"errors\":{}}");
    }

    @Test
    void unknownPath_isNotFoundInTheErrorShape() {
        HttpResponse<String> response = node.get("/api/ships");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .isEqualTo("{\"code\":\"NOT_FOUND\",\"message\":\"no endpoint GET /api/ships\",\"errors\":{}}");
    }

    @Test
    void vessels_noParameters_answersEveryPositionedStation() {
        JsonNode body = json(node.get("/api/vessels"));

        // 156 stations of the recording have a position, and the made-up ferry.
        assertThat(body.get("count").asInt()).isEqualTo(157);
        assertThat(body.get("truncated").asBoolean()).isFalse();
        assertThat(body.get("vessels")).hasSize(157);
    }

    @Test
    void vessels_limit_keepsMostRecentlyHeardAndSaysTruncated() {
        JsonNode body = json(node.get("/api/vessels?limit=3"));

        assertThat(body.get("count").asInt()).isEqualTo(3);
        assertThat(body.get("truncated").asBoolean()).isTrue();
        assertThat(mmsis(body.get("vessels"))).containsExactly(FERRY, 338163893, 367703260);
    }

    @Test
    void vessels_bbox_keepsThoseInside() {
        JsonNode body = json(node.get("/api/vessels?bbox=33.70,-118.26,33.72,-118.24"));

        assertThat(mmsis(body.get("vessels"))).containsExactlyInAnyOrder(367076360, 367740010, 367369720);
    }

    @Test
    void vessels_bboxAcrossAntimeridian_isAccepted() {
        JsonNode body = json(node.get("/api/vessels?bbox=-10,170,10,-170"));

        assertThat(body.get("count").asInt()).isZero();
    }

    @Test
    void vessels_kind_keepsThatKind() {
        JsonNode body = json(node.get("/api/vessels?kind=aid_to_navigation"));

        assertThat(mmsis(body.get("vessels"))).containsExactlyInAnyOrder(993692036, 993692029);
    }

    @Test
    void vessels_category_keepsThatCategory() {
        JsonNode body = json(node.get("/api/vessels?category=TUG_AND_SPECIAL"));

        assertThat(mmsis(body.get("vessels"))).containsExactlyInAnyOrder(367076360, 338037843);
    }

    @Test
    void vessels_flags_keepThoseFlags() {
        JsonNode body = json(node.get("/api/vessels?flag=hkg&flag=DZA"));

        assertThat(mmsis(body.get("vessels"))).containsExactlyInAnyOrder(477067800, 477220400, 477848700, FERRY);
    }

    @Test
    void vessels_minSpeed_keepsFasterOnes() {
        JsonNode body = json(node.get("/api/vessels?minSpeed=16"));

        assertThat(mmsis(body.get("vessels"))).containsExactlyInAnyOrder(367311590, 366857070, 367104030, 338145223);
    }

    @Test
    void vessels_stationary_leavesOutVesselsWithoutSpeed() {
        // 339406000 reports no speed, 339559000 reports 0 knots: both Jamaican.
        JsonNode body = json(node.get("/api/vessels?flag=JAM&movement=stationary"));

        assertThat(mmsis(body.get("vessels"))).containsExactly(339559000);
    }

    @Test
    void vessels_maxAge_keepsRecentlyHeardInEitherSpelling() {
        JsonNode shortForm = json(node.get("/api/vessels?maxAge=6m"));
        JsonNode iso = json(node.get("/api/vessels?maxAge=PT6M"));

        // Heard at most 6 minutes before 00:10 (00:04:00 included): the recording's last seconds and the ferry.
        assertThat(mmsis(shortForm.get("vessels"))).containsExactlyInAnyOrder(FERRY, 338163893, 367703260, 538007277);
        assertThat(iso).isEqualTo(shortForm);
    }

    @Test
    void search_byName_findsTheVessel() {
        JsonNode body = json(node.get("/api/search?q=foss"));

        assertThat(body.get("count").asInt()).isEqualTo(1);
        assertThat(body.get("vessels").get(0).get("name").asText()).isEqualTo("CAMPBELL FOSS");
    }

    @Test
    void search_byMmsi_putsTheExactMatchFirst() {
        JsonNode body = json(node.get("/api/search?q=338037843&limit=1"));

        assertThat(mmsis(body.get("vessels"))).containsExactly(338037843);
        assertThat(body.get("vessels").get(0).get("name").asText()).isEqualTo("PILOT BOAT VEGA");
    }

    @Test
    void nearest_point_answersNearestFirstWithDistances() {
        HttpResponse<String> response = node.get("/api/nearest?lat=33.7&lon=-118.25&count=2");

        JsonNode results = json(response).get("results");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("distanceNm").asDouble()).isEqualTo(0.331);
        assertThat(results.get(0).get("vessel").get("mmsi").asInt()).isEqualTo(367740010);
        assertThat(results.get(1).get("distanceNm").asDouble()).isEqualTo(0.579);
        assertThat(results.get(1).get("vessel").get("mmsi").asInt()).isEqualTo(367076360);
    }

    @Test
    void nearest_maxDistance_leavesOutFartherOnes() {
        JsonNode body = json(node.get("/api/nearest?lat=33.7&lon=-118.25&count=5&maxDistanceNm=0.5"));

        assertThat(body.get("count").asInt()).isEqualTo(1);
        assertThat(body.get("results").get(0).get("vessel").get("mmsi").asInt()).isEqualTo(367740010);
    }

    @Test
    void track_defaults_answersTheLastDayFromTheStore() {
        HttpResponse<String> response = node.get("/api/vessels/" + FERRY + "/track");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("from").asText()).isEqualTo("2025-12-31T00:10:00Z");
        assertThat(body.get("to").asText()).isEqualTo("2026-01-01T00:10:00Z");
        assertThat(body.get("count").asInt()).isEqualTo(5);
        assertThat(body.get("points").get(0).toString())
                .isEqualTo("{\"time\":\"2026-01-01T00:05:00Z\",\"lat\":36.8,\"lon\":3.06,\"speedKnots\":12.5,"
                        + "\"courseDegrees\":45.0,\"headingDegrees\":44,"
                        + "\"status\":{\"code\":0,\"text\":\"Under way using engine\"},\"highAccuracy\":true,"
                        + "\"messageType\":1,\"suspect\":false}");
    }

    @Test
    void track_rangeAndMaxPoints_thinsKeepingFirstAndLast() {
        JsonNode body = json(node.get(
                "/api/vessels/" + FERRY + "/track?from=2026-01-01T00:05:10Z&to=2026-01-01T00:05:40Z&maxPoints=2"));

        assertThat(body.get("count").asInt()).isEqualTo(2);
        assertThat(body.get("points").get(0).get("time").asText()).isEqualTo("2026-01-01T00:05:10Z");
        assertThat(body.get("points").get(1).get("time").asText()).isEqualTo("2026-01-01T00:05:40Z");
    }

    @Test
    void track_onlyTo_coversTheDayBefore() {
        JsonNode body = json(node.get("/api/vessels/" + FERRY + "/track?to=2026-01-01T00:05:20Z"));

        assertThat(body.get("from").asText()).isEqualTo("2025-12-31T00:05:20Z");
        assertThat(body.get("count").asInt()).isEqualTo(3);
    }

    @Test
    void feeds_status_answersEachFeed() {
        node.feeds.set(List.of(
                new FeedStatus(
                        "harbour",
                        "this node",
                        new FeedSpec.TcpClient("ais.example.org", 4001),
                        FeedState.CONNECTED,
                        Optional.empty(),
                        1,
                        3,
                        0,
                        2,
                        Duration.ZERO,
                        1200,
                        96000,
                        1100,
                        Map.of(ErrorKind.BAD_CHECKSUM, 4L),
                        50,
                        1,
                        1200,
                        Optional.of("connection reset"),
                        Optional.of(Instant.parse("2026-01-01T00:01:00Z")),
                        Optional.of(Instant.parse("2026-01-01T00:09:59Z")),
                        Optional.of(Instant.parse("2026-01-01T00:09:58Z")),
                        20.5,
                        18.25),
                new FeedStatus(
                        "listener",
                        "this node",
                        new FeedSpec.TcpServer("127.0.0.1", 0),
                        FeedState.LISTENING,
                        Optional.of(new InetSocketAddress("127.0.0.1", 40001)),
                        0,
                        0,
                        0,
                        0,
                        Duration.ZERO,
                        0,
                        0,
                        0,
                        Map.of(),
                        0,
                        0,
                        0,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        0,
                        0)));
        try {
            HttpResponse<String> response = node.get("/api/feeds");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .isEqualTo("{\"feeds\":[{\"id\":\"harbour\",\"owner\":\"this node\","
                            + "\"source\":{\"kind\":\"tcp-client\",\"host\":\"ais.example.org\",\"port\":4001},"
                            + "\"state\":\"CONNECTED\",\"openConnections\":1,\"connections\":3,\"refusedConnections\":0,"
                            + "\"reconnectAttempts\":2,\"lines\":1200,\"bytes\":96000,\"messages\":1100,"
                            + "\"errors\":{\"BAD_CHECKSUM\":4},\"otherLines\":50,\"truncatedLines\":1,"
                            + "\"lastLineNumber\":1200,\"lastError\":\"connection reset\","
                            + "\"lastErrorAt\":\"2026-01-01T00:01:00Z\",\"lastLineAt\":\"2026-01-01T00:09:59Z\","
                            + "\"lastMessageAt\":\"2026-01-01T00:09:58Z\",\"linesPerSecond\":20.5,"
                            + "\"messagesPerSecond\":18.25},"
                            + "{\"id\":\"listener\",\"owner\":\"this node\","
                            + "\"source\":{\"kind\":\"tcp-server\",\"host\":\"127.0.0.1\",\"port\":0},"
                            + "\"state\":\"LISTENING\",\"localAddress\":\"127.0.0.1:40001\",\"openConnections\":0,"
                            + "\"connections\":0,\"refusedConnections\":0,\"reconnectAttempts\":0,\"lines\":0,"
                            + "\"bytes\":0,\"messages\":0,\"errors\":{},\"otherLines\":0,\"truncatedLines\":0,"
                            + "\"lastLineNumber\":0,\"linesPerSecond\":0.0,\"messagesPerSecond\":0.0}]}");
        } finally {
            node.feeds.set(List.of());
        }
    }

    @Test
    void health_allUp_isOkWithComponents() {
        HttpResponse<String> response = node.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .isEqualTo("{\"status\":\"UP\",\"components\":{"
                        + "\"database\":{\"state\":\"UP\",\"detail\":\"H2 file data/jisr\"},"
                        + "\"feeds\":{\"state\":\"UP\",\"detail\":\"1 of 1 feeds delivering\"},"
                        + "\"ingest\":{\"state\":\"UP\",\"detail\":\"queue 0 of 10000\"}}}");
    }

    @Test
    void health_databaseDown_isServiceUnavailable() {
        Health before = node.health.get();
        node.health.set(new Health(
                Health.Component.down("cannot connect to jdbc:postgresql://db/jisr: connection refused"),
                Health.Component.degraded("1 of 2 feeds delivering"),
                Health.Component.up("queue 12 of 10000")));
        try {
            HttpResponse<String> response = node.get("/health");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body())
                    .isEqualTo("{\"status\":\"DOWN\",\"components\":{"
                            + "\"database\":{\"state\":\"DOWN\","
                            + "\"detail\":\"cannot connect to jdbc:postgresql://db/jisr: connection refused\"},"
                            + "\"feeds\":{\"state\":\"DEGRADED\",\"detail\":\"1 of 2 feeds delivering\"},"
                            + "\"ingest\":{\"state\":\"UP\",\"detail\":\"queue 12 of 10000\"}}}");
            assertThat(node.get("/health/live").body()).isEqualTo("{\"status\":\"UP\"}");
        } finally {
            node.health.set(before);
        }
    }

    @Test
    void metrics_countedEvents_appearInPrometheusText() {
        for (int i = 0; i < 3; i++) {
            node.metrics.messageDecoded("harbour", 1);
        }
        node.metrics.messageDecoded("harbour", 5);
        node.metrics.decodeError("harbour", ErrorKind.BAD_CHECKSUM);
        node.metrics.duplicateDropped("harbour");
        node.metrics.storeCommitted(Duration.ofMillis(3), 500, 20);
        node.metrics.bindQueue("ingest", () -> 7, 10000);
        node.get("/api/vessels?limit=0");

        HttpResponse<String> response = node.get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.body().lines())
                .contains(
                        "jisr_ais_messages_total{feed=\"harbour\",type=\"1\"} 3.0",
                        "jisr_ais_messages_total{feed=\"harbour\",type=\"5\"} 1.0",
                        "jisr_ais_errors_total{feed=\"harbour\",kind=\"BAD_CHECKSUM\"} 1.0",
                        "jisr_ais_duplicates_total{feed=\"harbour\"} 1.0",
                        "jisr_picture_vessels 169.0",
                        "jisr_queue_size{queue=\"ingest\"} 7.0",
                        "jisr_queue_capacity{queue=\"ingest\"} 10000.0",
                        "jisr_store_commit_seconds_bucket{le=\"0.005\"} 1",
                        "jisr_store_commit_seconds_count 1",
                        "jisr_store_points_total 500.0",
                        "jisr_store_vessels_total 20.0",
                        "jisr_websocket_clients 0.0",
                        "jisr_websocket_clients_dropped_total 0.0");
        assertThat(response.body()).contains("jisr_http_responses_total{status=\"400\"}", "jvm_memory_used_bytes");
    }

    @Test
    void openApi_describesEveryEndpoint() {
        HttpResponse<String> response = node.get("/openapi.yaml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/yaml; charset=utf-8");
        assertThat(response.body())
                .startsWith("openapi: 3.1.0")
                .contains(
                        "  /api/vessels:",
                        "  /api/vessels/{mmsi}:",
                        "  /api/vessels/{mmsi}/track:",
                        "  /api/search:",
                        "  /api/nearest:",
                        "  /api/feeds:",
                        "  /api/live:",
                        "  /health:",
                        "  /health/live:",
                        "  /metrics:",
                        "  /openapi.yaml:");
    }

    @Test
    void handlerFailure_answers500WithoutStackTrace() {
        PictureStore broken = new BrokenTrackStore();
        try (TestNode failing = new TestNode(broken, LiveHub.DEFAULT_MAX_PENDING_MESSAGES)) {
            HttpResponse<String> response = failing.get("/api/vessels/367076360/track");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body())
                    .isEqualTo("{\"code\":\"INTERNAL_ERROR\","
                            + "\"message\":\"the server failed to answer; its log has the details\",\"errors\":{}}");
        }
    }

    /** A store whose track query fails as a broken database would. */
    static final class BrokenTrackStore implements PictureStore {
        private final InMemoryPictureStore delegate = new InMemoryPictureStore();

        @Override
        public void commit(PictureBatch batch) {
            delegate.commit(batch);
        }

        @Override
        public List<Vessel> loadVessels() {
            return delegate.loadVessels();
        }

        @Override
        public OptionalLong cursor(String feedId) {
            return delegate.cursor(feedId);
        }

        @Override
        public List<PositionFix> track(Mmsi mmsi, Instant from, Instant to, int maxPoints) {
            throw new IllegalStateException("disk on fire at /var/lib/jisr/secret-path");
        }

        @Override
        public List<TrackPoint> inBox(BoundingBox box, Instant from, Instant to, int limit) {
            return delegate.inBox(box, from, to, limit);
        }

        @Override
        public long purgeBefore(Instant cutoff) {
            return delegate.purgeBefore(cutoff);
        }

        @Override
        public void close() {}
    }
}
