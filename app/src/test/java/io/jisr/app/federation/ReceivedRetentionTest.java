package io.jisr.app.federation;

import static io.jisr.app.federation.FederationFixture.hear;
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
 * The receiver keeps a partner's record no longer than the annex that released it says: with DZA's positions
 * kept 4 seconds and its static data 30 days, USA's purge deletes each position once its keep-until has
 * passed and never before, leaves the static data, and the link goes on.
 */
class ReceivedRetentionTest {

    @Test
    void eachRecordGoesAtItsKeepUntil_andNotBefore(@TempDir Path dir) {
        FederationFixture fixture = new FederationFixture(dir);
        String agreement = fixture.agreement();
        // A1 (DZA's positions to USA) is the first annex: kept 4 seconds instead of 30 days.
        fixture.write("agreement.yaml", agreement.replaceFirst("retention: P30D", "retention: PT4S"));
        try (NodeRuntime usa = fixture.startUsa();
                NodeRuntime dza = fixture.startDza()) {
            Federation received = usa.federation().orElseThrow();
            // the position first: static data is placed at the vessel's position, which the annex's area checks
            hear(dza, FederationFixture.position(605_400_001, 36.7, 3.1));
            hear(dza, FederationFixture.voyage(605_400_001, "EL DJAZAIR", 70));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> categories(received).size() == 2);

            // Purged again and again while the positions' time runs out: gone exactly once it has passed.
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        long before = System.currentTimeMillis();
                        received.purgeExpired();
                        List<JdbcFederationStore.ReceivedRow> rows = received.received(TwoNodesTest.DZA);
                        assertThat(rows)
                                .as("what a purge leaves is not past its keep-until")
                                .allMatch(row -> row.keepUntilMillis() > before);
                        return rows.stream().noneMatch(ReceivedRetentionTest::isPosition);
                    });
            assertThat(categories(received)).containsExactly("vessel-static");
            JdbcFederationStore.ReceivedRow statics =
                    received.received(TwoNodesTest.DZA).getFirst();
            assertThat(statics.keepUntilMillis() - statics.receivedMillis())
                    .isEqualTo(Duration.ofDays(30).toMillis());

            // The link goes on: a later position arrives after the purge.
            hear(dza, FederationFixture.position(605_400_002, 36.8, 3.2));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> categories(received).contains("vessel-positions"));
        }
    }

    private static boolean isPosition(JdbcFederationStore.ReceivedRow row) {
        return row.category().equals("vessel-positions");
    }

    private static List<String> categories(Federation federation) {
        return federation.received(TwoNodesTest.DZA).stream()
                .map(JdbcFederationStore.ReceivedRow::category)
                .distinct()
                .sorted()
                .toList();
    }
}
