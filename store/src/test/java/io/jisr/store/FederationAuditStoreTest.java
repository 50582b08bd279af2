package io.jisr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit chain read a page at a time: backwards below an index (newest first) and forwards above one
 * (oldest first), bounded by the limit; on H2 and PostgreSQL 18.
 */
class FederationAuditStoreTest {
    @TempDir
    Path dir;

    private static List<Long> indices(List<JdbcFederationStore.AuditRow> rows) {
        return rows.stream().map(JdbcFederationStore.AuditRow::index).toList();
    }

    private static void pages(StoreSettings settings) {
        try (JdbcFederationStore store = JdbcFederationStore.open(settings)) {
            assertThat(store.auditBefore(Long.MAX_VALUE, 10)).isEmpty();
            assertThat(store.auditAfter(-1, 10)).isEmpty();
            for (int i = 0; i < 7; i++) {
                store.appendAudit(i, new byte[] {(byte) i, 1}, new byte[] {(byte) i, 2});
            }
            assertThat(indices(store.auditBefore(Long.MAX_VALUE, 3))).containsExactly(6L, 5L, 4L);
            assertThat(indices(store.auditBefore(4, 3))).containsExactly(3L, 2L, 1L);
            assertThat(indices(store.auditBefore(1, 3))).containsExactly(0L);
            assertThat(indices(store.auditBefore(0, 3))).isEmpty();
            assertThat(indices(store.auditAfter(-1, 3))).containsExactly(0L, 1L, 2L);
            assertThat(indices(store.auditAfter(2, 10))).containsExactly(3L, 4L, 5L, 6L);
            assertThat(indices(store.auditAfter(6, 10))).isEmpty();
            JdbcFederationStore.AuditRow row = store.auditBefore(3, 1).getFirst();
            assertThat(row.content()).containsExactly(2, 1);
            assertThat(row.hash()).containsExactly(2, 2);
        }
    }

    @Test
    void auditPages_onH2() {
        pages(StoreSettings.h2(dir));
    }

    @Test
    void auditPages_onPostgres() throws Exception {
        pages(TestPostgres.newDatabase("fedaudit"));
    }
}
