package io.jisr.app.federation;

import static io.jisr.app.federation.FederationFixture.hear;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jisr.ais.identity.Mmsi;
import io.jisr.app.http.TestMessages;
import io.jisr.app.node.NodeRuntime;
import io.jisr.exchange.audit.AuditVerifier;
import io.jisr.store.JdbcFederationStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The receiver restarts while the sender keeps releasing: nothing is lost, nothing is applied twice. */
class ReceiverRestartTest {
    static final int VESSELS = 20;
    static final int ROUNDS = 30;

    static String sent(List<JdbcFederationStore.OutboundRow> rows) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (JdbcFederationStore.OutboundRow row : rows) {
            sha.update((row.sequence() + "|" + row.recordJson() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static String received(List<JdbcFederationStore.ReceivedRow> rows) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (JdbcFederationStore.ReceivedRow row : rows) {
            sha.update((row.sequence() + "|" + row.recordJson() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** One round: every vessel reports again at its place, with a new speed (so it is a new transmission). */
    static void round(NodeRuntime dza, int round) {
        for (int v = 0; v < VESSELS; v++) {
            hear(
                    dza,
                    TestMessages.position(
                            605_100_000 + v, 36.0 + v * 0.05, 2.0 + v * 0.05, 5.0 + round * 0.1, 90.0, 90));
        }
    }

    @Test
    void receiverRestart_midStream_appliesEveryReleasedRecordOnce(@TempDir Path dir) throws Exception {
        FederationFixture fixture = new FederationFixture(dir);
        try (NodeRuntime dza = fixture.startDza()) {
            NodeRuntime usa = fixture.startUsa();
            try {
                int round = 0;
                while (round < ROUNDS / 3) {
                    round(dza, round++);
                    Thread.sleep(50);
                }
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> !usa.federation()
                                .orElseThrow()
                                .received(TwoNodesTest.DZA)
                                .isEmpty());
            } finally {
                usa.close();
            }
            long beforeRestart = 0;
            // Stopped receiver: the sender goes on releasing into its durable log.
            for (int r = ROUNDS / 3; r < 2 * ROUNDS / 3; r++) {
                round(dza, r);
                Thread.sleep(50);
            }
            try (NodeRuntime restarted = fixture.startUsa()) {
                beforeRestart =
                        restarted.federation().orElseThrow().links().getFirst().cursor();
                for (int r = 2 * ROUNDS / 3; r < ROUNDS; r++) {
                    round(dza, r);
                    Thread.sleep(50);
                }
                int expected = VESSELS * ROUNDS;
                await().atMost(Duration.ofSeconds(60))
                        .untilAsserted(
                                () -> assertThat(dza.federation().orElseThrow().released(TwoNodesTest.USA))
                                        .hasSize(expected));
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> restarted
                                        .federation()
                                        .orElseThrow()
                                        .received(TwoNodesTest.DZA)
                                        .size()
                                >= expected);

                List<JdbcFederationStore.OutboundRow> released =
                        dza.federation().orElseThrow().released(TwoNodesTest.USA);
                List<JdbcFederationStore.ReceivedRow> applied =
                        restarted.federation().orElseThrow().received(TwoNodesTest.DZA);
                assertThat(released).hasSize(expected);
                assertThat(applied).hasSize(expected);
                assertThat(applied)
                        .extracting(JdbcFederationStore.ReceivedRow::sequence)
                        .doesNotHaveDuplicates();
                assertThat(received(applied)).isEqualTo(sent(released));
                assertThat(beforeRestart).isGreaterThan(0).isLessThan(expected);
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> restarted
                                .node()
                                .picture()
                                .vessel(Mmsi.of(605_100_000 + VESSELS - 1))
                                .isPresent());
                assertThat(restarted.federation().orElseThrow().verifyAudit(Optional.empty()))
                        .isInstanceOf(AuditVerifier.Verdict.Intact.class);
            }
        }
    }
}
