package io.jisr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outbound logs and received records are stored as blocks (one row per append): every record reads back as
 * it was given, whatever its text, with the terms kept beside it; a repeat or a sequence out of order is refused
 * with nothing stored; and rows stored one per record before blocks (schema version 3) read back the same after
 * the migrations (to blocks, then to blocks kept as UTF-8 bytes), without terms. On H2 and PostgreSQL 18.
 */
class FederationBlocksTest {
    // Texts a record may have: separators, line breaks, non-ASCII, a character outside the BMP, empty.
    private static final List<String> TEXTS = List.of(
            "{\"key\":\"a:b\",\"n\":1}",
            "{\"name\":\"ÉTOILE\\n\",\"x\":\"12:7:{}\"}",
            "{\n  \"pretty\": true\n}",
            "{\"emoji\":\"⚓ 🚢\"}",
            "");

    @TempDir
    Path dir;

    private static List<JdbcFederationStore.OutboundRow> outbound(long first, int count) {
        List<JdbcFederationStore.OutboundRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Terms, as the application keeps them, on most entries; none on some, as entries stored before.
            String terms = i % 3 == 0 ? "" : "vessel-positions/dza-usa/" + i + "/A 1%3A/é";
            rows.add(new JdbcFederationStore.OutboundRow(first + i, TEXTS.get(i % TEXTS.size()) + i, terms));
        }
        return rows;
    }

    private static List<JdbcFederationStore.ReceivedRow> received(long first, int count, int step) {
        List<JdbcFederationStore.ReceivedRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new JdbcFederationStore.ReceivedRow(
                    "dza-1",
                    first + (long) i * step,
                    i % 2 == 0 ? "vessel-positions" : "incident-reports",
                    1_000 + i,
                    9_000_000_000L + i,
                    TEXTS.get(i % TEXTS.size()) + i));
        }
        return rows;
    }

    private static void blocksReadBackAsGiven(StoreSettings settings) {
        try (JdbcFederationStore store = JdbcFederationStore.open(settings)) {
            List<JdbcFederationStore.OutboundRow> all = new ArrayList<>();
            // Blocks of very different sizes, as a quiet moment and a busy one give.
            for (int size : new int[] {1, 1, 7, 300, 1, 2, 1_000, 3}) {
                List<JdbcFederationStore.OutboundRow> block = outbound(all.size() + 1, size);
                store.appendOutbound("usa-1", block);
                all.addAll(block);
            }
            assertThat(store.outboundHead("usa-1")).isEqualTo(all.size());
            assertThat(store.outboundHead("gbr-1")).isZero();
            assertThat(store.readOutbound("usa-1", 0, 100_000)).isEqualTo(all);
            // From inside a block, across blocks, stopping at the limit inside another.
            assertThat(store.readOutbound("usa-1", 5, 400)).isEqualTo(all.subList(5, 405));
            assertThat(store.readOutbound("usa-1", 1_300, 50)).isEqualTo(all.subList(1_300, all.size()));
            assertThat(store.readOutbound("usa-1", all.size(), 50)).isEmpty();

            List<JdbcFederationStore.ReceivedRow> first = received(1, 5, 1);
            List<JdbcFederationStore.ReceivedRow> second = received(8, 4, 3);
            store.applyReceived("dza-1", first, 5);
            store.applyReceived("dza-1", List.of(), 7);
            store.applyReceived("dza-1", second, 20);
            assertThat(store.inboxCursor("dza-1")).hasValue(20);
            List<JdbcFederationStore.ReceivedRow> both = new ArrayList<>(first);
            both.addAll(second);
            assertThat(store.received("dza-1")).isEqualTo(both);
            assertThat(store.received("fra-1")).isEmpty();
        }
    }

    @Test
    void blocks_onH2_readBackAsGiven() {
        blocksReadBackAsGiven(StoreSettings.h2(dir));
    }

    @Test
    void blocks_onPostgres_readBackAsGiven() throws Exception {
        blocksReadBackAsGiven(TestPostgres.newDatabase("fedblocks"));
    }

    @Test
    void aRepeatOrAGap_isRefused_andNothingIsStored() {
        try (JdbcFederationStore store = JdbcFederationStore.open(StoreSettings.h2(dir))) {
            store.appendOutbound("usa-1", outbound(1, 3));
            assertThatThrownBy(() -> store.appendOutbound("usa-1", outbound(3, 2)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("entry 3 does not follow 3");
            assertThatThrownBy(() -> store.appendOutbound("usa-1", outbound(5, 2)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("entry 5 does not follow 3");
            assertThat(store.outboundHead("usa-1")).isEqualTo(3);
            assertThatThrownBy(() -> new JdbcFederationStore.OutboundRow(4, "{}", "a:b"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("outbound entry 4: its terms must not hold ':'");

            store.applyReceived("dza-1", received(1, 3, 1), 3);
            // A record already stored, with new ones beside it: the whole call fails, the cursor stays.
            assertThatThrownBy(() -> store.applyReceived("dza-1", received(3, 3, 1), 5))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("dza-1/3 cannot be stored after dza-1/3");
            assertThat(store.inboxCursor("dza-1")).hasValue(3);
            assertThat(store.received("dza-1")).hasSize(3);
        }
    }

    /** Brings the federation tables of {@code settings} to schema {@code version}, as an older node left them. */
    static void migrateTo(StoreSettings settings, String version) {
        Flyway.configure()
                .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations("classpath:db/jisr-federation")
                .table("flyway_federation_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .target(version)
                .load()
                .migrate();
    }

    private static void rowsFromBeforeBlocks_readBackTheSame(StoreSettings settings) throws Exception {
        migrateTo(settings, "3");
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO fed_outbound (partner, seq, record_json) VALUES (?, ?, ?)")) {
                for (int i = 0; i < TEXTS.size(); i++) {
                    ps.setString(1, "usa-1");
                    ps.setLong(2, i + 1);
                    ps.setString(3, TEXTS.get(i) + "old");
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO fed_received (sender, seq, category,"
                    + " received_ms, keep_until_ms, record_json) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (JdbcFederationStore.ReceivedRow r : received(1, 4, 2)) {
                    ps.setString(1, r.sender());
                    ps.setLong(2, r.sequence());
                    ps.setString(3, r.category());
                    ps.setLong(4, r.receivedMillis());
                    ps.setLong(5, r.keepUntilMillis());
                    ps.setString(6, r.recordJson());
                    ps.executeUpdate();
                }
            }
        }
        try (JdbcFederationStore store = JdbcFederationStore.open(settings)) {
            List<JdbcFederationStore.OutboundRow> old = new ArrayList<>();
            for (int i = 0; i < TEXTS.size(); i++) {
                old.add(new JdbcFederationStore.OutboundRow(i + 1, TEXTS.get(i) + "old"));
            }
            assertThat(store.outboundHead("usa-1")).isEqualTo(TEXTS.size());
            assertThat(store.readOutbound("usa-1", 0, 100)).isEqualTo(old);
            assertThat(store.received("dza-1")).isEqualTo(received(1, 4, 2));
            // The log goes on after the migrated entries, with terms beside the new ones.
            List<JdbcFederationStore.OutboundRow> next = outbound(TEXTS.size() + 1, 3);
            store.appendOutbound("usa-1", next);
            List<JdbcFederationStore.OutboundRow> all = new ArrayList<>(old);
            all.addAll(next);
            assertThat(store.readOutbound("usa-1", TEXTS.size() - 1, 100))
                    .isEqualTo(all.subList(TEXTS.size() - 1, all.size()));
        }
    }

    @Test
    void rowsFromBeforeBlocks_onH2_readBackTheSame() throws Exception {
        rowsFromBeforeBlocks_readBackTheSame(StoreSettings.h2(dir));
    }

    @Test
    void rowsFromBeforeBlocks_onPostgres_readBackTheSame() throws Exception {
        rowsFromBeforeBlocks_readBackTheSame(TestPostgres.newDatabase("fedmigrate"));
    }
}
