package io.jisr.app.federation;

import static io.jisr.app.federation.FederationFixture.hear;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jisr.app.http.TestMessages;
import io.jisr.app.node.NodeRuntime;
import io.jisr.store.JdbcFederationStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7's chaos test: USA pulls DZA's log through a proxy that splits, delays and cuts the connections at
 * random and now and then cuts them all; DZA and then USA are restarted mid-stream. At the end USA holds
 * exactly what DZA released, zero lost and zero twice, checked by count, by sequence and by a hash over
 * the records.
 */
class FederationChaosTest {
    static final int VESSELS = 20;
    static final int ROUNDS = 30;
    static final long SEED = 20_261_126L;

    static void round(NodeRuntime dza, int round) {
        for (int v = 0; v < VESSELS; v++) {
            hear(
                    dza,
                    TestMessages.position(
                            605_400_000 + v, 36.0 + v * 0.05, 2.0 + v * 0.05, 5.0 + round * 0.1, 90.0, 90));
        }
    }

    @Test
    void throughAChaoticLink_withBothNodesRestarted_theReceiverHoldsExactlyTheReleasedSet(@TempDir Path dir)
            throws Exception {
        FederationFixture fixture = new FederationFixture(dir);
        try (ChaosProxy proxy = new ChaosProxy(fixture.dzaPort, SEED, 0.005, 20)) {
            // USA reaches DZA only through the proxy.
            fixture.write(
                    "usa.yaml",
                    FederationFixture.nodeYaml(
                            "USA",
                            "usa-1",
                            "usa.p12",
                            fixture.usaPort,
                            "DZA",
                            "dza-1",
                            proxy.port(),
                            fixture.dzaFingerprint,
                            ""));
            AtomicBoolean outages = new AtomicBoolean(true);
            Thread outage = Thread.ofPlatform().daemon().start(() -> {
                Random random = new Random(SEED + 1);
                while (outages.get()) {
                    try {
                        Thread.sleep(400 + random.nextInt(1_000));
                    } catch (InterruptedException e) {
                        return;
                    }
                    proxy.cutAll();
                }
            });
            NodeRuntime dza = fixture.startDza();
            NodeRuntime usa = fixture.startUsa();
            try {
                for (int r = 0; r < ROUNDS; r++) {
                    if (r == ROUNDS / 3) {
                        dza.close();
                        dza = fixture.startDza();
                    }
                    if (r == 2 * ROUNDS / 3) {
                        usa.close();
                        usa = fixture.startUsa();
                    }
                    round(dza, r);
                    Thread.sleep(150);
                }
                NodeRuntime sender = dza;
                NodeRuntime receiver = usa;
                await().atMost(Duration.ofSeconds(30))
                        .until(() ->
                                sender.federation().orElseThrow().offered() >= (long) VESSELS * (ROUNDS - ROUNDS / 3));
                outages.set(false);
                outage.join();
                long drained = System.nanoTime();
                await().atMost(Duration.ofSeconds(120))
                        .pollInterval(Duration.ofMillis(500))
                        .untilAsserted(() -> assertThat(
                                        receiver.federation().orElseThrow().received(TwoNodesTest.DZA))
                                .hasSameSizeAs(sender.federation().orElseThrow().released(TwoNodesTest.USA)));

                System.err.printf(
                        "chaos: %d cuts (%d mid-transfer), %d connections, %d link failures; drained %.1f s"
                                + " after the last round%n",
                        proxy.cuts(),
                        proxy.midTransferCuts(),
                        proxy.connections(),
                        receiver.federation().orElseThrow().links().getFirst().failures(),
                        (System.nanoTime() - drained) / 1e9);
                List<JdbcFederationStore.OutboundRow> released =
                        sender.federation().orElseThrow().released(TwoNodesTest.USA);
                List<JdbcFederationStore.ReceivedRow> applied =
                        receiver.federation().orElseThrow().received(TwoNodesTest.DZA);
                // Every round's 20 positions in the box were released (the rounds of both DZA runs).
                assertThat(released).hasSize(VESSELS * ROUNDS);
                assertThat(applied).hasSize(released.size());
                assertThat(new HashSet<>(applied.stream()
                                .map(JdbcFederationStore.ReceivedRow::sequence)
                                .toList()))
                        .hasSize(applied.size());
                assertThat(applied)
                        .extracting(JdbcFederationStore.ReceivedRow::sequence)
                        .isEqualTo(released.stream()
                                .map(JdbcFederationStore.OutboundRow::sequence)
                                .toList());
                assertThat(ReceiverRestartTest.received(applied)).isEqualTo(ReceiverRestartTest.sent(released));
                // The chaos did happen: connections were cut and the links failed and recovered.
                // Each connection carries at most 100 kB, and the rounds are several times that.
                assertThat(proxy.midTransferCuts()).isGreaterThanOrEqualTo(2);
                assertThat(proxy.connections()).isGreaterThan(3);
            } finally {
                outages.set(false);
                usa.close();
                dza.close();
            }
        }
    }
}
