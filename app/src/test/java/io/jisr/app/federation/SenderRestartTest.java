package io.jisr.app.federation;

import static io.jisr.app.federation.FederationFixture.hear;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jisr.app.http.TestMessages;
import io.jisr.app.node.NodeRuntime;
import io.jisr.store.JdbcFederationStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sender restarts mid-stream: its durable log carries on from where it was, nothing lost or doubled. */
class SenderRestartTest {
    static final int VESSELS = 20;

    static void round(NodeRuntime dza, int round) {
        for (int v = 0; v < VESSELS; v++) {
            hear(
                    dza,
                    TestMessages.position(
                            605_300_000 + v, 36.0 + v * 0.05, 2.0 + v * 0.05, 5.0 + round * 0.1, 90.0, 90));
        }
    }

    @Test
    void senderRestart_midStream_receiverEndsWithTheWholeLogOnce(@TempDir Path dir) throws Exception {
        FederationFixture fixture = new FederationFixture(dir);
        try (NodeRuntime usa = fixture.startUsa()) {
            try (NodeRuntime dza = fixture.startDza()) {
                for (int r = 0; r < 10; r++) {
                    round(dza, r);
                    Thread.sleep(30);
                }
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> !usa.federation()
                                .orElseThrow()
                                .received(TwoNodesTest.DZA)
                                .isEmpty());
            }
            // The receiver keeps pulling a stopped sender: failures, then the link resumes.
            try (NodeRuntime dza = fixture.startDza()) {
                for (int r = 10; r < 20; r++) {
                    round(dza, r);
                    Thread.sleep(30);
                }
                int expected = VESSELS * 20;
                await().atMost(Duration.ofSeconds(60))
                        .untilAsserted(
                                () -> assertThat(dza.federation().orElseThrow().released(TwoNodesTest.USA))
                                        .hasSize(expected));
                await().atMost(Duration.ofSeconds(60))
                        .untilAsserted(
                                () -> assertThat(usa.federation().orElseThrow().received(TwoNodesTest.DZA))
                                        .hasSize(expected));
                List<JdbcFederationStore.OutboundRow> released =
                        dza.federation().orElseThrow().released(TwoNodesTest.USA);
                List<JdbcFederationStore.ReceivedRow> applied =
                        usa.federation().orElseThrow().received(TwoNodesTest.DZA);
                assertThat(released)
                        .extracting(JdbcFederationStore.OutboundRow::sequence)
                        .isEqualTo(applied.stream()
                                .map(JdbcFederationStore.ReceivedRow::sequence)
                                .toList());
                assertThat(ReceiverRestartTest.received(applied)).isEqualTo(ReceiverRestartTest.sent(released));
                assertThat(usa.federation().orElseThrow().links().getFirst().failures())
                        .isPositive();
            }
        }
    }
}
