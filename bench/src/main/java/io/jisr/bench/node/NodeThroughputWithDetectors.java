package io.jisr.bench.node;

import io.jisr.app.node.NodeConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@link NodeThroughput} with the node's own detection on (every detector, the default alert rules,
 * alerts stored): the picture issue's end-to-end measurement, repeated to show the node still keeps
 * up with detections on. The span measured ends when the detection thread has seen every event too.
 * Same recording, same arguments, same output line plus the number of detection changes.
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
        EmbeddedPostgres postgres =
                database.equals("postgres") ? EmbeddedPostgres.builder().start() : null;
        try {
            Optional<String> url =
                    postgres == null ? Optional.empty() : Optional.of(postgres.getJdbcUrl("postgres", "postgres"));
            NodeConfig config = NodeThroughput.config(dir, url, recording, true);
            NodeThroughput.Run run = NodeThroughput.run(config, event -> {});
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
                    run.detectionChanges(),
                    run.heapMb(),
                    run.maxHeapMb());
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
