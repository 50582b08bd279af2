package io.jisr.bench.node;

import io.jisr.app.node.Node;
import io.jisr.app.node.NodeConfig;
import io.jisr.detect.DetectionEngine;
import io.jisr.detect.DetectorSet;
import io.jisr.detect.geo.BundledGeography;
import io.jisr.detect.zone.ZoneSet;
import io.jisr.feed.FeedState;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@link NodeThroughput} with the real detection engine, every detector on, as the picture-event
 * consumer in place of the stand-in: the picture issue's end-to-end measurement, repeated to show the
 * node still keeps up with detections on. Same recording, same arguments, same output line plus the
 * number of detection changes.
 *
 * <p>Usage: {@code java -Xmx1g -cp benchmarks.jar io.jisr.bench.node.NodeThroughputWithDetectors
 * [h2|postgres] [messages] [vessels]}.
 */
public final class NodeThroughputWithDetectors {
    private NodeThroughputWithDetectors() {}

    /** Runs the measurement and prints one result line. */
    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 2_000_000;
        int vessels = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
        Path dir = Files.createTempDirectory("jisr-throughput");
        Path recording = NodeThroughput.generate(dir.resolve("recording.nmea"), messages, vessels);
        BundledGeography geography = BundledGeography.load();
        EmbeddedPostgres postgres =
                database.equals("postgres") ? EmbeddedPostgres.builder().start() : null;
        try {
            Optional<String> url =
                    postgres == null ? Optional.empty() : Optional.of(postgres.getJdbcUrl("postgres", "postgres"));
            NodeConfig config = NodeThroughput.config(dir, url, recording);
            LongAdder changes = new LongAdder();
            DetectionEngine engine = new DetectionEngine(
                    DetectorSet.defaults(geography, ZoneSet.EMPTY),
                    change -> changes.increment(),
                    DetectionEngine.DEFAULT_STEP);
            long start = System.nanoTime();
            Node node = Node.start(config, InstantSource.system(), new NoCounters(), List.of(engine));
            while (node.feeds()
                    .status("recording")
                    .map(s -> s.state() != FeedState.FINISHED)
                    .orElse(true)) {
                Thread.sleep(20);
            }
            node.pipeline().drain(10, TimeUnit.MINUTES);
            long applied = System.nanoTime();
            node.writer().flush();
            long committed = System.nanoTime();
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long heapMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
            int inPicture = node.picture().size();
            long points = node.writer().committedPoints();
            node.close();
            double seconds = (committed - start) / 1e9;
            System.out.printf(
                    "%s with all detectors: %,d messages, %,d vessels in the picture, %,d history points committed in"
                            + " %.2f s = %,.0f messages/s (applied after %.2f s); detection changes %,d; heap in use"
                            + " after GC %d MB (max %d MB)%n",
                    database,
                    messages,
                    inPicture,
                    points,
                    seconds,
                    messages / seconds,
                    (applied - start) / 1e9,
                    changes.sum(),
                    heapMb,
                    rt.maxMemory() >> 20);
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    /** Counts nothing: the metrics are not what is measured here. */
    private static final class NoCounters implements io.jisr.app.node.IngestPipeline.Counters {
        @Override
        public void applied(String feedId, io.jisr.ais.message.AisMessage message) {}

        @Override
        public void duplicate(String feedId) {}

        @Override
        public void rejected(String feedId, io.jisr.ais.DecodeError error) {}
    }
}
