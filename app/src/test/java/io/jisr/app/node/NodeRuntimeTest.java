package io.jisr.app.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jisr.access.LoginOutcome;
import io.jisr.feed.FeedState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node started with no configuration at all: the demo replay, the API, health, metrics, restart. */
class NodeRuntimeTest {

    final HttpClient client = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    static final String ADMIN_PASSWORD = "runtime test administrator";

    /** The administrator's API token of each running node. */
    final Map<NodeRuntime, String> tokens = new java.util.IdentityHashMap<>();

    /** No configuration but the first administrator's password (the environment, as an operator sets it). */
    NodeConfig noConfiguration(Path data) {
        return NodeConfigLoader.load(
                Optional.empty(),
                Map.of("JISR_ADMIN_PASSWORD", ADMIN_PASSWORD),
                new NodeConfigLoader.Overrides(Optional.of(0), Optional.empty()),
                data);
    }

    HttpResponse<String> get(NodeRuntime node, String path) throws Exception {
        String token = tokens.computeIfAbsent(node, n -> {
            LoginOutcome.SignedIn admin =
                    (LoginOutcome.SignedIn) n.accounts().login("admin", ADMIN_PASSWORD, "127.0.0.1");
            return n.accounts()
                    .createToken(admin.principal(), "tests", Optional.empty())
                    .secret();
        });
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.httpPort() + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode getJson(NodeRuntime node, String path) throws Exception {
        return json.readTree(get(node, path).body());
    }

    @Test
    void start_withoutConfiguration_replaysTheDemoAndServesVessels(@TempDir Path data) throws Exception {
        int vessels;
        try (NodeRuntime node = NodeRuntime.start(noConfiguration(data), InstantSource.system())) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> node.node()
                            .feeds()
                            .status(Node.DEMO_FEED_ID)
                            .map(s -> s.state() == FeedState.FINISHED)
                            .orElse(false));
            assertThat(node.node().pipeline().drain(30, java.util.concurrent.TimeUnit.SECONDS))
                    .isTrue();
            JsonNode answer = getJson(node, "/api/vessels?limit=50000");
            vessels = answer.path("count").asInt();
            // Every station that reported a position in the recording, decoded independently here.
            assertThat(vessels).isEqualTo(stationsWithPosition()).isGreaterThan(300);
            assertThat(answer.path("vessels").get(0).path("mmsi").asInt()).isPositive();
            assertThat(get(node, "/health").statusCode()).isEqualTo(200);
            assertThat(get(node, "/metrics").body())
                    .contains("jisr_ais_messages_total{feed=\"demo-replay\",type=\"1\"}");
            assertThat(getJson(node, "/api/vessels?bbox=40,0,30,10")
                            .path("code")
                            .asText())
                    .isEqualTo("BAD_PARAMETER");
        }

        // Restart on the same data: the picture comes back from storage and the replay does not run again.
        try (NodeRuntime again = NodeRuntime.start(noConfiguration(data), InstantSource.system())) {
            assertThat(again.node()
                            .picture()
                            .inBox(
                                    io.jisr.picture.BoundingBox.WORLD,
                                    io.jisr.picture.VesselFilter.ALL,
                                    again.node().clock().instant(),
                                    Integer.MAX_VALUE))
                    .hasSize(vessels);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> again.node()
                            .feeds()
                            .status(Node.DEMO_FEED_ID)
                            .map(s -> s.state() == FeedState.FINISHED)
                            .orElse(false));
            assertThat(again.node().pipeline().applied()).isZero();
        }
    }

    /** Counts the distinct stations whose messages in the demo recording carry a position. */
    static int stationsWithPosition() throws Exception {
        java.util.Set<Integer> stations = new java.util.HashSet<>();
        try (var in = Node.class.getResourceAsStream(Node.DEMO_RESOURCE)) {
            var lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .lines()
                    .toList();
            for (io.jisr.ais.Decoded d :
                    io.jisr.ais.AisDecoder.decodeAll(io.jisr.ais.DecoderOptions.defaults(), lines)) {
                if (d instanceof io.jisr.ais.Decoded.Message m
                        && position(m.message()).isPresent()) {
                    stations.add(m.message().mmsi().value());
                }
            }
        }
        return stations.size();
    }

    static Optional<io.jisr.ais.message.Position> position(io.jisr.ais.message.AisMessage m) {
        return switch (m) {
            case io.jisr.ais.message.PositionReportClassA r -> r.position();
            case io.jisr.ais.message.BaseStationReport r -> r.position();
            case io.jisr.ais.message.SarAircraftPositionReport r -> r.position();
            case io.jisr.ais.message.ClassBPositionReport r -> r.position();
            case io.jisr.ais.message.ExtendedClassBPositionReport r -> r.position();
            case io.jisr.ais.message.AidToNavigationReport r -> r.position();
            case io.jisr.ais.message.LongRangePositionReport r -> r.position();
            default -> Optional.empty();
        };
    }

    @Test
    void load_badPortInEnvironment_namesTheSettingAndValue(@TempDir Path data) {
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                ConfigException.class,
                () -> NodeConfigLoader.load(
                        Optional.empty(), Map.of("JISR_HTTP_PORT", "eighty"), NodeConfigLoader.Overrides.NONE, data));
        assertThat(e.getMessage()).isEqualTo("environment: JISR_HTTP_PORT must be a whole number, was \"eighty\"");
    }

    @Test
    void load_yamlFeedWithUnknownKind_namesTheFeed(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("jisr.yaml");
        java.nio.file.Files.writeString(yaml, "feeds:\n  - id: north\n    kind: serial\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                ConfigException.class,
                () -> NodeConfigLoader.load(Optional.of(yaml), Map.of(), NodeConfigLoader.Overrides.NONE, dir));
        assertThat(e.getMessage())
                .isEqualTo(yaml + ": feeds[0].kind must be tcp-client, tcp-server, udp or file, was \"serial\"");
    }

    @Test
    void load_everySettingFromYamlEnvironmentAndFlags_appliesPrecedence(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("jisr.yaml");
        java.nio.file.Files.writeString(yaml, """
                node: {id: algiers-moc}
                http: {host: 127.0.0.1, port: 9000}
                database: {url: "jdbc:postgresql://db.local/jisr", user: jisr, poolSize: 8}
                picture: {maxPlausibleSpeedKnots: 45, staleAfter: PT1H, duplicateWindow: PT5S}
                retention: {days: 7}
                feeds:
                  - {id: oran-rx, kind: tcp-client, host: 10.0.0.5, port: 10110}
                  - {id: recording, kind: file, path: /var/ais/day.nmea.gz, speed: 10}
                """);
        NodeConfig c = NodeConfigLoader.load(
                Optional.of(yaml),
                Map.of("JISR_HTTP_PORT", "9100", "JISR_DB_PASSWORD", "s3cret"),
                new NodeConfigLoader.Overrides(Optional.of(9200), Optional.empty()),
                dir.resolve("data"));
        assertThat(c.nodeId()).isEqualTo("algiers-moc");
        assertThat(c.httpPort()).isEqualTo(9200);
        assertThat(c.database().url()).contains("jdbc:postgresql://db.local/jisr");
        assertThat(c.database().password()).isEqualTo("s3cret");
        assertThat(c.database().poolSize()).isEqualTo(8);
        assertThat(c.maxPlausibleSpeedKnots()).isEqualTo(45);
        assertThat(c.staleAfter()).isEqualTo(Duration.ofHours(1));
        assertThat(c.duplicateWindow()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.retention()).isEqualTo(Duration.ofDays(7));
        assertThat(c.feeds()).extracting(NodeConfig.FeedConfig::id).containsExactly("oran-rx", "recording");
        assertThat(c.dataDirectory()).isEqualTo(dir.resolve("data"));
    }
}
