package io.jisr.app.federation;

import static org.awaitility.Awaitility.await;

import io.jisr.app.http.TestMessages;
import io.jisr.app.node.NodeRuntime;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rough end-to-end throughput measurement, not run by the build (its name does not end in Test):
 * {@code ./mvnw -o -pl app -am verify -Dtest=FederationThroughputMeasurement
 * -Dsurefire.failIfNoSpecifiedTests=false}. It prints the figures in {@code docs/federation.md}.
 * The baseline is the same ingest on a node without federation, measured in the same run.
 */
class FederationThroughputMeasurement {
    static final int VESSELS = Integer.getInteger("vessels", 2_000);
    static final int ROUNDS = Integer.getInteger("rounds", 10);

    static long ingest(NodeRuntime node) throws InterruptedException {
        long start = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            for (int v = 0; v < VESSELS; v++) {
                double lat = 35.1 + (v / 50) * 0.08;
                double lon = 0.1 + (v % 50) * 0.15;
                FederationFixture.hear(
                        node, TestMessages.position(605_200_000 + v, lat, lon, 5.0 + round * 0.1, 90.0, 90));
            }
        }
        node.node().pipeline().drain(5, TimeUnit.MINUTES);
        return System.nanoTime() - start;
    }

    @Test
    void measure(@TempDir Path dir) throws Exception {
        FederationFixture fixture = new FederationFixture(dir);
        fixture.write("plain.yaml", "nodeId: plain\ndemo: false\ndetection: {enabled: false}\n");
        int records = VESSELS * ROUNDS;
        long baseline;
        try (NodeRuntime plain = fixture.start("plain.yaml", "plain-data")) {
            baseline = ingest(plain);
        }
        try (NodeRuntime dza = fixture.startDza();
                NodeRuntime usa = fixture.startUsa()) {
            long start = System.nanoTime();
            long ingest = ingest(dza);
            await().atMost(Duration.ofMinutes(10))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() ->
                            usa.federation().orElseThrow().links().getFirst().applied() >= records);
            long endToEnd = System.nanoTime() - start;
            System.out.printf(
                    "FEDERATION-THROUGHPUT records=%d baselineIngestPerSecond=%.0f ingestWithFederationPerSecond=%.0f"
                            + " ingestRatio=%.2f endToEndPerSecond=%.0f%n",
                    records,
                    records / (baseline / 1e9),
                    records / (ingest / 1e9),
                    (double) baseline / ingest,
                    records / (endToEnd / 1e9));
        }
    }
}
