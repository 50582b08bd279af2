package io.jisr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Received records go once their keep-until (the annex's retention) has passed, and only they: whole blocks,
 * records out of the middle of a block, blocks stored before the purge column existed; the rest reads back as
 * it was, the cursor stays, and a record older than the last one received is still refused afterwards. On H2
 * and PostgreSQL 18.
 */
class FederationRetentionTest {
    private static final long NOW = 1_800_000_000_000L;

    @TempDir
    Path dir;

    private static JdbcFederationStore.ReceivedRow record(long sequence, long keepUntil) {
        return new JdbcFederationStore.ReceivedRow(
                "dza-1",
                sequence,
                sequence % 2 == 0 ? "vessel-positions" : "detections-and-alerts",
                NOW - 86_400_000L,
                keepUntil,
                "{\"key\":\"r:" + sequence + "\",\"text\":\"12:7:{}\\n\"}");
    }

    private static void expiredRecordsGo(StoreSettings settings) {
        try (JdbcFederationStore store = JdbcFederationStore.open(settings)) {
            List<JdbcFederationStore.ReceivedRow> kept = new ArrayList<>();
            // all expired; mixed (expired, kept, expired at this very millisecond, kept); all kept; all expired (last)
            store.applyReceived("dza-1", List.of(record(1, NOW - 10), record(2, NOW - 1)), 2);
            List<JdbcFederationStore.ReceivedRow> mixed =
                    List.of(record(3, NOW - 5), record(4, NOW + 1), record(5, NOW), record(6, NOW + 7_000));
            store.applyReceived("dza-1", mixed, 6);
            kept.add(mixed.get(1));
            kept.add(mixed.get(3));
            List<JdbcFederationStore.ReceivedRow> fresh = List.of(record(8, NOW + 1_000), record(9, NOW + 2_000));
            store.applyReceived("dza-1", fresh, 9);
            kept.addAll(fresh);
            store.applyReceived("dza-1", List.of(record(10, NOW - 3)), 10);

            assertThat(store.purgeReceived(NOW)).isEqualTo(5);
            assertThat(store.received("dza-1")).isEqualTo(kept);
            assertThat(store.inboxCursor("dza-1")).hasValue(10);
            assertThat(store.purgeReceived(NOW)).as("nothing more is due").isZero();

            // The last block stays, empty: an old sequence is still refused, the next one taken.
            assertThatThrownBy(() -> store.applyReceived("dza-1", List.of(record(10, NOW + 5)), 10))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("dza-1/10 cannot be stored after dza-1/10");
            store.applyReceived("dza-1", List.of(record(11, NOW + 5)), 11);
            kept.add(record(11, NOW + 5));
            assertThat(store.received("dza-1")).isEqualTo(kept);

            // Later, the rest goes as each falls due.
            assertThat(store.purgeReceived(NOW + 1_000)).isEqualTo(3); // 4 (NOW+1), 11 (NOW+5), 8 (NOW+1000)
            assertThat(store.received("dza-1")).isEqualTo(List.of(mixed.get(3), fresh.get(1)));
            assertThat(store.purgeReceived(NOW + 10_000)).isEqualTo(2);
            assertThat(store.received("dza-1")).isEmpty();
            assertThat(store.inboxCursor("dza-1")).hasValue(11);
        }
    }

    @Test
    void expiredRecordsGo_onH2() {
        expiredRecordsGo(StoreSettings.h2(dir));
    }

    @Test
    void expiredRecordsGo_onPostgres() throws Exception {
        expiredRecordsGo(TestPostgres.newDatabase("fedretention"));
    }

    @Test
    void manyDueBlocks_goInSeveralTransactions() {
        try (JdbcFederationStore store = JdbcFederationStore.open(StoreSettings.h2(dir))) {
            for (long s = 1; s <= 650; s++) {
                store.applyReceived("dza-1", List.of(record(s, s % 3 == 0 ? NOW + 60_000 : NOW - s)), s);
            }
            assertThat(store.purgeReceived(NOW)).isEqualTo(650 - 216);
            assertThat(store.received("dza-1"))
                    .extracting(JdbcFederationStore.ReceivedRow::sequence)
                    .hasSize(216)
                    .allMatch(s -> s % 3 == 0);
        }
    }

    /** Blocks stored under schema version 4 have no purge time: the first purge reads them and sets it. */
    private static void blocksFromBeforeThePurgeColumn(StoreSettings settings) throws Exception {
        FederationBlocksTest.migrateTo(settings, "4");
        List<JdbcFederationStore.ReceivedRow> old =
                List.of(record(1, NOW - 1), record(2, NOW + 50), record(3, NOW - 2));
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                PreparedStatement ps = c.prepareStatement("INSERT INTO fed_received_block (sender, last_seq,"
                        + " first_seq, records) VALUES (?, ?, ?, ?)")) {
            for (int block = 0; block < 2; block++) {
                List<JdbcFederationStore.ReceivedRow> rows = block == 0 ? old.subList(0, 2) : old.subList(2, 3);
                StringBuilder text = new StringBuilder();
                for (JdbcFederationStore.ReceivedRow r : rows) {
                    RecordBlock.append(
                            text,
                            r.recordJson(),
                            Long.toString(r.sequence()),
                            r.category(),
                            Long.toString(r.receivedMillis()),
                            Long.toString(r.keepUntilMillis()));
                }
                ps.setString(1, "dza-1");
                ps.setLong(2, rows.getLast().sequence());
                ps.setLong(3, rows.getFirst().sequence());
                ps.setString(4, text.toString());
                ps.executeUpdate();
            }
        }
        try (JdbcFederationStore store = JdbcFederationStore.open(settings)) {
            assertThat(store.received("dza-1")).isEqualTo(old);
            assertThat(store.purgeReceived(NOW)).isEqualTo(2);
            assertThat(store.received("dza-1")).containsExactly(old.get(1));
        }
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT last_seq, purge_at_ms FROM fed_received_block ORDER BY last_seq")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getLong(1) + "=" + rs.getLong(2));
            }
            // the first block keeps record 2; the last, emptied, is kept with nothing due
            assertThat(rows).containsExactly("2=" + (NOW + 50), "3=" + Long.MAX_VALUE);
        }
    }

    @Test
    void blocksFromBeforeThePurgeColumn_onH2() throws Exception {
        blocksFromBeforeThePurgeColumn(StoreSettings.h2(dir));
    }

    @Test
    void blocksFromBeforeThePurgeColumn_onPostgres() throws Exception {
        blocksFromBeforeThePurgeColumn(TestPostgres.newDatabase("fedretentionv4"));
    }
}
