package io.jisr.app.federation;

import static io.jisr.app.federation.FederationFixture.hear;
import static io.jisr.app.federation.FederationFixture.position;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jisr.app.node.NodeRuntime;
import io.jisr.exchange.audit.AuditVerifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real nodes: records flow, the sender's administrator suspends the agreement on the API, and from the
 * answer on nothing more leaves: records offered afterwards never enter the partner's log, and entries already
 * in the log but not pulled yet are refused when the partner pulls. Reinstating resumes.
 */
class AgreementSuspensionTest {
    static final String ID = AgreementApiTest.ID;

    static int received(NodeRuntime usa) {
        return usa.federation().orElseThrow().received(TwoNodesTest.DZA).size();
    }

    static int logged(NodeRuntime dza) {
        return dza.federation().orElseThrow().released(TwoNodesTest.USA).size();
    }

    /** Positions of {@code count} vessels in the DZA -> USA box, numbered from {@code first}. */
    static void offer(NodeRuntime dza, int first, int count) {
        long before = dza.federation().orElseThrow().offered();
        for (int i = first; i < first + count; i++) {
            hear(dza, position(605_200_000 + i, 36.0 + i * 0.01, 3.0 + i * 0.01));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> dza.federation().orElseThrow().offered() >= before + count);
    }

    @Test
    void suspension_stopsEverythingAtOnce_andReinstatingResumes(@TempDir Path dir) throws Exception {
        FederationFixture fixture = new FederationFixture(dir);
        AgreementApiTest api = new AgreementApiTest();
        try (NodeRuntime dza = fixture.startDza()) {
            String admin = AgreementApiTest.adminToken(dza);
            // Records flow.
            try (NodeRuntime usa = fixture.startUsa()) {
                offer(dza, 0, 3);
                await().atMost(Duration.ofSeconds(60)).until(() -> received(usa) == 3);
            }
            // The partner is away; five more enter its log and wait there, not pulled.
            offer(dza, 3, 5);
            await().atMost(Duration.ofSeconds(30)).until(() -> logged(dza) == 8);
            String headBefore = dza.federation().orElseThrow().auditHead();

            AgreementApiTest.Answer suspended = api.call(
                    dza,
                    admin,
                    "POST",
                    "/api/federation/agreements/" + ID + "/suspend",
                    "{\"reason\":\"suspended pending review\"}");
            assertThat(suspended.status()).as(suspended.body().toString()).isEqualTo(200);

            // Offered after the answer: withheld, never in the log.
            offer(dza, 8, 4);
            assertThat(logged(dza)).isEqualTo(8);

            try (NodeRuntime usa = fixture.startUsa()) {
                // The partner pulls and is refused: the five in the log stay there.
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> usa.federation()
                                .orElseThrow()
                                .links()
                                .getFirst()
                                .lastError()
                                .map(e -> e.contains("403")
                                        && e.contains("link-closed: AGREEMENT_SUSPENDED: ")
                                        && e.contains("suspended"))
                                .orElse(false));
                Thread.sleep(3_000); // more than one pull wait (2 s): still refused
                assertThat(received(usa)).isEqualTo(3);
                assertThat(dza.federation().orElseThrow().refusedRequests()).isPositive();

                // The suspension is in the exchange audit chain, which still verifies.
                assertThat(dza.federation().orElseThrow().auditHead()).isNotEqualTo(headBefore);
                assertThat(dza.federation().orElseThrow().verifyAudit(Optional.empty()))
                        .isInstanceOf(AuditVerifier.Verdict.Intact.class);

                // Reinstated: the five waiting in the log leave (their annex is unchanged), the four
                // offered while suspended never do, and new records flow again.
                AgreementApiTest.Answer reinstated = api.call(
                        dza,
                        admin,
                        "POST",
                        "/api/federation/agreements/" + ID + "/reinstate",
                        "{\"reason\":\"review done\"}");
                assertThat(reinstated.status()).as(reinstated.body().toString()).isEqualTo(200);
                await().atMost(Duration.ofSeconds(60)).until(() -> received(usa) == 8);
                offer(dza, 12, 2);
                await().atMost(Duration.ofSeconds(60)).until(() -> received(usa) == 10);
                Thread.sleep(2_500);
                assertThat(received(usa)).isEqualTo(10);
                assertThat(logged(dza)).isEqualTo(10);
            }
        }
    }
}
