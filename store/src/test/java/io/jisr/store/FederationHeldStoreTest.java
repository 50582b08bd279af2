package io.jisr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records held for an annex's delay are stored with the log entries in one transaction, replaced when held
 * again, deleted when let go, and still there after the store is opened again; on H2 and PostgreSQL 18.
 */
class FederationHeldStoreTest {
    @TempDir
    Path dir;

    private static void heldRecords(StoreSettings settings) {
        try (JdbcFederationStore store = JdbcFederationStore.open(settings)) {
            store.appendOutbound(
                    "usa-1",
                    List.of(new JdbcFederationStore.OutboundRow(1, "{\"n\":1}")),
                    List.of(
                            new JdbcFederationStore.HeldRow(0, 1_000, "{\"held\":0}"),
                            new JdbcFederationStore.HeldRow(1, 2_000, "{\"held\":1}"),
                            new JdbcFederationStore.HeldRow(2, 3_000, "{\"held\":2}")),
                    List.of());
            // Order 0 released (its log entry in the same transaction), order 2 held again with a new time.
            store.appendOutbound(
                    "usa-1",
                    List.of(new JdbcFederationStore.OutboundRow(2, "{\"n\":2}")),
                    List.of(new JdbcFederationStore.HeldRow(2, 9_000, "{\"held\":2}")),
                    List.of(0L));
            assertThat(store.held("other-1")).isEmpty();
        }
        try (JdbcFederationStore again = JdbcFederationStore.open(settings)) {
            assertThat(again.held("usa-1"))
                    .containsExactly(
                            new JdbcFederationStore.HeldRow(1, 2_000, "{\"held\":1}"),
                            new JdbcFederationStore.HeldRow(2, 9_000, "{\"held\":2}"));
            assertThat(again.outboundHead("usa-1")).isEqualTo(2);
        }
    }

    @Test
    void heldRecords_onH2_surviveAReopenWithTheirChanges() {
        heldRecords(StoreSettings.h2(dir));
    }

    @Test
    void heldRecords_onPostgres_surviveAReopenWithTheirChanges() throws Exception {
        heldRecords(TestPostgres.newDatabase("fedheld"));
    }

    @Test
    void aFailedAppend_changesNoHeldRecord() {
        StoreSettings settings = StoreSettings.h2(dir);
        try (JdbcFederationStore store = JdbcFederationStore.open(settings)) {
            store.appendOutbound(
                    "usa-1",
                    List.of(new JdbcFederationStore.OutboundRow(1, "{}")),
                    List.of(new JdbcFederationStore.HeldRow(0, 1_000, "{}")),
                    List.of());
            // Sequence 1 again: it does not follow the head, so it is refused, and the held change goes with it.
            assertThatThrownBy(() -> store.appendOutbound(
                            "usa-1", List.of(new JdbcFederationStore.OutboundRow(1, "{}")), List.of(), List.of(0L)))
                    .isInstanceOf(StoreException.class);
            assertThat(store.held("usa-1"))
                    .extracting(JdbcFederationStore.HeldRow::order)
                    .containsExactly(0L);
        }
    }
}
