package io.jisr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partner's pull reads its log from a cursor, in order, at most a limit: on H2 and PostgreSQL 18. On H2 the
 * read walks the primary key and stops at the limit instead of sorting everything after the cursor.
 */
class FederationOutboundReadTest {
    @TempDir
    Path dir;

    private static void fill(JdbcFederationStore store, String partner, int chunks, int perChunk) {
        long seq = 0;
        for (int c = 0; c < chunks; c++) {
            List<JdbcFederationStore.OutboundRow> rows = new ArrayList<>();
            for (int i = 0; i < perChunk; i++) {
                seq++;
                rows.add(new JdbcFederationStore.OutboundRow(seq, "{\"n\":" + seq + "}"));
            }
            store.appendOutbound(partner, rows);
        }
    }

    private static void readsFromTheCursor(StoreSettings settings) {
        try (JdbcFederationStore store = JdbcFederationStore.open(settings)) {
            fill(store, "usa-1", 3, 100);
            fill(store, "gbr-1", 1, 50);
            List<JdbcFederationStore.OutboundRow> read = store.readOutbound("usa-1", 150, 120);
            assertThat(read).hasSize(120);
            assertThat(read.getFirst()).isEqualTo(new JdbcFederationStore.OutboundRow(151, "{\"n\":151}"));
            assertThat(read.getLast().sequence()).isEqualTo(270);
            assertThat(read)
                    .extracting(JdbcFederationStore.OutboundRow::sequence)
                    .isSorted();
            assertThat(store.readOutbound("usa-1", 290, 120)).hasSize(10);
            assertThat(store.readOutbound("usa-1", 300, 120)).isEmpty();
            assertThat(store.readOutbound("gbr-1", 0, 1000)).hasSize(50);
        }
    }

    @Test
    void readOutbound_onH2_givesTheLimitFromTheCursorInOrder() {
        readsFromTheCursor(StoreSettings.h2(dir));
    }

    @Test
    void readOutbound_onPostgres_givesTheLimitFromTheCursorInOrder() throws Exception {
        readsFromTheCursor(TestPostgres.newDatabase("fedread"));
    }

    @Test
    void readOutbound_onH2_walksThePrimaryKeyInsteadOfSorting() throws Exception {
        assertThat(planOnH2(JdbcFederationStore.READ_OUTBOUND
                        .replaceFirst("\\?", "'usa-1'")
                        .replaceFirst("\\?", "5")
                        .replaceFirst("\\?", "100")))
                .contains("index sorted");
    }

    @Test
    void theHeadBeforeAnAppend_onH2_isTheLastKeyNotAScan() throws Exception {
        // Asked before every append: it must not read the partner's whole log.
        assertThat(planOnH2(JdbcFederationStore.LAST_OUTBOUND.replaceFirst("\\?", "'usa-1'")))
                .contains("index sorted")
                .contains("FETCH FIRST ROW ONLY");
    }

    private String planOnH2(String query) throws Exception {
        StoreSettings settings = StoreSettings.h2(dir);
        try (JdbcFederationStore store = JdbcFederationStore.open(settings)) {
            fill(store, "usa-1", 3, 10);
            try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                    ResultSet plan = c.createStatement().executeQuery("EXPLAIN " + query)) {
                plan.next();
                return plan.getString(1);
            }
        }
    }
}
