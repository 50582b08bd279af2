package io.jisr.bench.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jisr.access.LoginOutcome;
import io.jisr.ais.AisEncoder;
import io.jisr.ais.Nmea;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.ManeuverIndicator;
import io.jisr.ais.message.NavigationStatus;
import io.jisr.ais.message.Position;
import io.jisr.ais.message.PositionReportClassA;
import io.jisr.ais.message.RateOfTurn;
import io.jisr.ais.message.ReportSecond;
import io.jisr.app.node.NodeConfig;
import io.jisr.app.node.NodeRuntime;
import io.jisr.feed.FeedSpec;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Load tool for the picture issue's latency target: sentences sent to a node's TCP feed at a fixed
 * rate, each stamped with its send time in its tag block, and the age of every vessel update a
 * WebSocket client receives for the whole-world viewport: p50, p99 and the maximum.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.jisr.bench.node.LiveLatency [rate] [seconds] [vessels]}
 * (defaults 20,000 messages/s for 30 s over 4,000 vessels, each reporting five times a second).
 */
public final class LiveLatency {
    private LiveLatency() {}

    /** Runs the measurement and prints one result line. */
    /** The benchmark node's administrator password: the node lives in a temporary directory for one run. */
    private static final String ADMIN_PASSWORD = "latency benchmark administrator";

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int vessels = args.length > 2 ? Integer.parseInt(args[2]) : 4_000;
        int feedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            feedPort = probe.getLocalPort();
        }
        Path dir = Files.createTempDirectory("jisr-latency");
        NodeConfig config = new NodeConfig(
                "latency",
                "127.0.0.1",
                0,
                dir,
                new NodeConfig.Database(Optional.empty(), "", "", 4),
                60,
                Duration.ofMinutes(30),
                Duration.ofSeconds(10),
                Duration.ofDays(30),
                List.of(new NodeConfig.FeedConfig("tcp", new FeedSpec.TcpServer("127.0.0.1", feedPort))),
                false,
                NodeConfig.Security.DEFAULTS.withAdminPassword(ADMIN_PASSWORD),
                NodeConfig.MapTiles.NONE,
                NodeConfig.Detection.DEFAULTS,
                Optional.empty());
        long[] ages = new long[rate * seconds * 2];
        int[] count = {0};
        long warmUpEnds = System.currentTimeMillis() + 5_000;
        ObjectMapper json = new ObjectMapper();
        try (NodeRuntime node = NodeRuntime.start(config, InstantSource.system())) {
            // The live view needs a signed-in client: the administrator's API token, as a script would use.
            LoginOutcome.SignedIn admin =
                    (LoginOutcome.SignedIn) node.accounts().login("admin", ADMIN_PASSWORD, "127.0.0.1");
            String token = node.accounts()
                    .createToken(admin.principal(), "live-latency", Optional.of(1))
                    .secret();
            WebSocket ws = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .header("Authorization", "Bearer " + token)
                    .buildAsync(
                            URI.create("ws://127.0.0.1:" + node.httpPort() + "/api/live"), new WebSocket.Listener() {
                                final StringBuilder text = new StringBuilder();

                                @Override
                                public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                                    text.append(data);
                                    if (last) {
                                        long now = System.currentTimeMillis();
                                        try {
                                            JsonNode message = json.readTree(text.toString());
                                            if (message.path("type").asText().equals("update") && now > warmUpEnds) {
                                                for (JsonNode v : message.path("vessels")) {
                                                    String time = v.path("position")
                                                            .path("time")
                                                            .asText("");
                                                    if (!time.isEmpty() && count[0] < ages.length) {
                                                        ages[count[0]++] = now
                                                                - Instant.parse(time)
                                                                        .toEpochMilli();
                                                    }
                                                }
                                            }
                                        } catch (Exception e) {
                                            throw new IllegalStateException(e);
                                        }
                                        text.setLength(0);
                                    }
                                    socket.request(1);
                                    return CompletableFuture.completedFuture(null);
                                }
                            })
                    .get();
            ws.sendText("{\"bbox\":[-90,-180,90,180]}", true).get();
            send(feedPort, rate, seconds, vessels);
            Thread.sleep(2_000);
            ws.abort();
        }
        long[] sorted = Arrays.copyOf(ages, count[0]);
        Arrays.sort(sorted);
        System.out.printf(
                "%,d messages/s for %d s over %,d vessels: %,d vessel updates measured after a 5 s warm-up;"
                        + " age at the client p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n",
                rate,
                seconds,
                vessels,
                sorted.length,
                pct(sorted, 50),
                pct(sorted, 90),
                pct(sorted, 99),
                sorted.length == 0 ? -1 : sorted[sorted.length - 1]);
    }

    private static long pct(long[] sorted, int p) {
        return sorted.length == 0
                ? -1
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
    }

    /** Sends {@code rate} sentences per second in 10 ms batches, each stamped with its send time. */
    private static void send(int port, int rate, int seconds, int vessels) throws Exception {
        AisEncoder encoder = AisEncoder.standard();
        AtomicBoolean done = new AtomicBoolean();
        int perBatch = rate / 100;
        long start = System.nanoTime();
        long sent = 0;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            for (int batch = 0; batch < seconds * 100 && !done.get(); batch++) {
                long due = start + batch * 10_000_000L;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                StringBuilder lines = new StringBuilder(perBatch * 80);
                long now = System.currentTimeMillis();
                for (int k = 0; k < perBatch; k++, sent++) {
                    int v = (int) (sent % vessels);
                    long round = sent / vessels;
                    double lat = 36.0 + v * 0.001 + round * 0.00001;
                    var m = new PositionReportClassA(
                            1,
                            0,
                            Mmsi.of(605000000 + v),
                            NavigationStatus.UNDER_WAY_USING_ENGINE,
                            RateOfTurn.ofRaw(0),
                            OptionalDouble.of(10.0),
                            true,
                            Optional.of(Position.of(Math.round(lat * 600000) / 600000.0, 3.0 + v * 0.0001)),
                            OptionalDouble.of(0.0),
                            OptionalInt.of(0),
                            ReportSecond.ofRaw((int) (round % 60)),
                            ManeuverIndicator.NOT_AVAILABLE,
                            false,
                            (int) (round % 524288));
                    String tag = "c:" + now;
                    lines.append('\\')
                            .append(tag)
                            .append('*')
                            .append(Nmea.checksumHex(Nmea.checksum(tag)))
                            .append('\\')
                            .append(encoder.encode(m, "A", 0).getFirst())
                            .append("\r\n");
                }
                out.write(lines.toString().getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        }
    }
}
