package io.jisr.app.federation;

import static io.jisr.app.federation.FederationFixture.hear;
import static io.jisr.app.federation.FederationFixture.position;
import static io.jisr.app.federation.FederationFixture.voyage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jisr.app.node.NodeRuntime;
import io.jisr.store.JdbcFederationStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records an annex delays are not lost when the releasing node stops before their time: they are stored
 * with the log and released after the restart, each once.
 */
class DelayedRecordsRestartTest {
    static final int TANKERS = 12;

    @Test
    void sender_stoppedDuringTheDelay_releasesTheHeldRecordsAfterItsRestart(@TempDir Path dir) throws Exception {
        FederationFixture fixture = new FederationFixture(dir);
        // USA's tankers reach DZA 8 s late (B1, B2): long enough to stop USA while they are held.
        fixture.write("agreement.yaml", fixture.agreement().replace("delay: PT2S", "delay: PT8S"));
        try (NodeRuntime dza = fixture.startDza()) {
            try (NodeRuntime usa = fixture.startUsa()) {
                for (int t = 0; t < TANKERS; t++) {
                    hear(usa, voyage(366_100_000 + t, "TANKER " + t, 80));
                    hear(usa, position(366_100_000 + t, 37.0 + t * 0.05, 5.0));
                }
                await().atMost(Duration.ofSeconds(5))
                        .until(() -> usa.federation().orElseThrow().offered() >= 2 * TANKERS);
            }
            // Stopped before the delay ended: nothing has left yet.
            assertThat(dza.federation().orElseThrow().received(TwoNodesTest.USA))
                    .isEmpty();
            try (NodeRuntime usa = fixture.startUsa()) {
                await().atMost(Duration.ofSeconds(60))
                        .untilAsserted(
                                () -> assertThat(dza.federation().orElseThrow().received(TwoNodesTest.USA))
                                        .hasSize(2 * TANKERS));
                List<JdbcFederationStore.OutboundRow> released =
                        usa.federation().orElseThrow().released(TwoNodesTest.DZA);
                assertThat(released).hasSize(2 * TANKERS);
                List<JdbcFederationStore.ReceivedRow> applied =
                        dza.federation().orElseThrow().received(TwoNodesTest.USA);
                assertThat(ReceiverRestartTest.received(applied)).isEqualTo(ReceiverRestartTest.sent(released));
                // Nothing more is held, and nothing leaves twice.
                Thread.sleep(1_000);
                assertThat(usa.federation().orElseThrow().released(TwoNodesTest.DZA))
                        .hasSize(2 * TANKERS);
            }
        }
    }
}
