package io.jisr.bench.node;

import io.jisr.ais.AisEncoder;
import io.jisr.ais.DecodeError;
import io.jisr.ais.Nmea;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.AisMessage;
import io.jisr.ais.message.ManeuverIndicator;
import io.jisr.ais.message.NavigationStatus;
import io.jisr.ais.message.Position;
import io.jisr.ais.message.PositionReportClassA;
import io.jisr.ais.message.RateOfTurn;
import io.jisr.ais.message.ReportSecond;
import io.jisr.app.node.IngestPipeline;
import io.jisr.app.node.Node;
import io.jisr.app.node.NodeConfig;
import io.jisr.feed.FeedSpec;
import io.jisr.feed.FeedState;
import io.jisr.picture.PictureEvent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * End-to-end load tool for the picture issue: a recorded file through decode, duplicate filter,
 * picture, an event consumer standing in for detections, and storage, measured as sustained messages
 * per second, with the heap in use at the end.
 *
 * <p>Usage: {@code java -Xmx1g -cp benchmarks.jar io.jisr.bench.node.NodeThroughput [h2|postgres]
 * [messages] [vessels]}. The recording is generated first (not timed): every vessel reports a
 * plausible track, one report every 10 s of message time, with tag-block times.
 */
public final class NodeThroughput {
    private NodeThroughput() {}

    /** Runs the measurement and prints one result line. */
    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 2_000_000;
        int vessels = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
        Path dir = Files.createTempDirectory("jisr-throughput");
        Path recording = generate(dir.resolve("recording.nmea"), messages, vessels);
        EmbeddedPostgres postgres =
                database.equals("postgres") ? EmbeddedPostgres.builder().start() : null;
        try {
            Optional<String> url =
                    postgres == null ? Optional.empty() : Optional.of(postgres.getJdbcUrl("postgres", "postgres"));
            NodeConfig config = config(dir, url, recording, false);
            LongAdder detectorEvents = new LongAdder();
            Run run = run(config, event -> {
                // Stands in for the detectors: touches every event as they will.
                if (event instanceof PictureEvent.PositionReported) {
                    detectorEvents.increment();
                }
            });
            System.out.printf(
                    "%s: %,d messages, %,d vessels in the picture, %,d history points committed in %.2f s = %,.0f messages/s"
                            + " (applied after %.2f s); detector events %,d; heap in use after GC %d MB (max %d MB)%n",
                    database,
                    messages,
                    run.inPicture(),
                    run.points(),
                    run.seconds(),
                    messages / run.seconds(),
                    run.appliedSeconds(),
                    detectorEvents.sum(),
                    run.heapMb(),
                    run.maxHeapMb());
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    /**
     * What one run measured: wall time from the node's start until every history point is committed,
     * until everything was applied, the picture's size, the points committed, the heap after a GC.
     */
    record Run(
            double seconds,
            double appliedSeconds,
            int inPicture,
            long points,
            long heapMb,
            long maxHeapMb,
            long detectionChanges) {}

    /**
     * Starts a node with {@code config} and {@code consumer} as its one picture-event listener, waits
     * until the recording is replayed, applied and committed, and closes it; shared with the detectors'
     * variant so that both measure exactly the same span.
     */
    static Run run(NodeConfig config, Consumer<PictureEvent> consumer) throws InterruptedException {
        long start = System.nanoTime();
        Node node = Node.start(config, InstantSource.system(), new NoCounters(), List.of(consumer));
        while (node.feeds()
                .status("recording")
                .map(s -> s.state() != FeedState.FINISHED)
                .orElse(true)) {
            Thread.sleep(20);
        }
        node.pipeline().drain(10, TimeUnit.MINUTES);
        if (node.detection().isPresent()) {
            node.detection().get().drain(10, TimeUnit.MINUTES);
        }
        long applied = System.nanoTime();
        node.writer().flush();
        long committed = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
        int inPicture = node.picture().size();
        long points = node.writer().committedPoints();
        long detectionChanges = node.detection().map(d -> d.detectionChanges()).orElse(0L);
        node.close();
        return new Run(
                (committed - start) / 1e9,
                (applied - start) / 1e9,
                inPicture,
                points,
                heapMb,
                rt.maxMemory() >> 20,
                detectionChanges);
    }

    /**
     * The node under test: the recording as its one feed, nothing else; detection off here and on in
     * the detectors' variant, which shares this.
     */
    static NodeConfig config(Path dir, Optional<String> postgresUrl, Path recording, boolean detection) {
        return new NodeConfig(
                "bench",
                "127.0.0.1",
                0,
                dir.resolve("data"),
                new NodeConfig.Database(postgresUrl, "postgres", "", 4),
                60,
                Duration.ofMinutes(30),
                Duration.ofSeconds(10),
                Duration.ofDays(3650),
                List.of(new NodeConfig.FeedConfig("recording", new FeedSpec.FileReplay(recording, 0, 0))),
                false,
                NodeConfig.Security.DEFAULTS,
                NodeConfig.MapTiles.NONE,
                new NodeConfig.Detection(
                        detection,
                        List.of(),
                        NodeConfig.Detection.DEFAULTS.rules(),
                        NodeConfig.Detection.DEFAULTS.keepClosedAlerts(),
                        List.of()),
                Optional.empty());
    }

    /** Writes the recording: also the AIS input of the federation benchmark's picture mode. */
    public static Path generate(Path file, int messages, int vessels) throws IOException {
        AisEncoder encoder = AisEncoder.standard();
        SplittableRandom random = new SplittableRandom(7);
        double[] lat = new double[vessels];
        double[] lon = new double[vessels];
        for (int v = 0; v < vessels; v++) {
            lat[v] = -50 + random.nextDouble() * 110;
            lon[v] = -180 + random.nextDouble() * 359;
        }
        Instant t0 = Instant.parse("2026-11-26T00:00:00Z");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            for (int i = 0; i < messages; i++) {
                int v = i % vessels;
                int round = i / vessels;
                lat[v] += 0.0005; // 0.03 NM per 10 s: 11 knots
                AisMessage m = new PositionReportClassA(
                        1,
                        0,
                        Mmsi.of(200_000_000 + v),
                        NavigationStatus.UNDER_WAY_USING_ENGINE,
                        RateOfTurn.ofRaw(0),
                        OptionalDouble.of(11.0),
                        true,
                        Optional.of(Position.of(
                                Math.round(lat[v] * 600000) / 600000.0, Math.round(lon[v] * 600000) / 600000.0)),
                        OptionalDouble.of(0.0),
                        OptionalInt.of(0),
                        ReportSecond.ofRaw(round % 60),
                        ManeuverIndicator.NOT_AVAILABLE,
                        false,
                        round % 524288);
                // Every vessel reports every 10 s of message time: vessels / 10 s messages per second of data.
                long millis = t0.toEpochMilli() + round * 10_000L + (long) v * 10_000L / vessels;
                String tag = "c:" + millis;
                out.write("\\" + tag + "*" + Nmea.checksumHex(Nmea.checksum(tag)) + "\\"
                        + encoder.encode(m, "A", 0).getFirst());
                out.write('\n');
            }
        }
        return file;
    }

    /** Counts nothing: the metrics are not what is measured here. */
    private static final class NoCounters implements IngestPipeline.Counters {
        @Override
        public void applied(String feedId, AisMessage message) {}

        @Override
        public void duplicate(String feedId) {}

        @Override
        public void rejected(String feedId, DecodeError error) {}
    }
}
