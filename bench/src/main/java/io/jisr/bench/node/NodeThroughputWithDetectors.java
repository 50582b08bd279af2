package io.jisr.bench.node;

import io.jisr.app.node.NodeConfig;
import io.jisr.detect.DetectionEngine;
import io.jisr.detect.DetectorSet;
import io.jisr.detect.geo.BundledGeography;
import io.jisr.detect.zone.ZoneSet;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
            NodeThroughput.Run run = NodeThroughput.run(config, engine);
            System.out.printf(
                    "%s with all detectors: %,d messages, %,d vessels in the picture, %,d history points committed in"
                            + " %.2f s = %,.0f messages/s (applied after %.2f s); detection changes %,d; heap in use"
                            + " after GC %d MB (max %d MB)%n",
                    database,
                    messages,
                    run.inPicture(),
                    run.points(),
                    run.seconds(),
                    messages / run.seconds(),
                    run.appliedSeconds(),
                    changes.sum(),
                    run.heapMb(),
                    run.maxHeapMb());
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
