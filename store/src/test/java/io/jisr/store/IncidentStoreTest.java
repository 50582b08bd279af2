package io.jisr.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.incident.Incident;
import io.jisr.incident.sample.SahelSample;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incident reports stored as CSV lines come back equal, on H2 and on a real PostgreSQL 18. */
class IncidentStoreTest {
    @TempDir
    Path dir;

    private static void roundTrip(StoreSettings settings) {
        List<Incident> sample = SahelSample.incidents(3, 300);
        try (JdbcIncidentStore store = JdbcIncidentStore.open(settings)) {
            store.save(sample.subList(0, 200));
            store.save(sample.subList(150, 300));
            assertThat(store.load()).containsExactlyInAnyOrderElementsOf(sample).hasSize(300);
        }
        try (JdbcIncidentStore again = JdbcIncidentStore.open(settings)) {
            assertThat(again.load().stream()
                            .sorted(Comparator.comparing(Incident::id))
                            .toList())
                    .isEqualTo(sample.stream()
                            .sorted(Comparator.comparing(Incident::id))
                            .toList());
        }
    }

    @Test
    void saveThenLoad_onH2_returnsEveryReportUnchanged() {
        roundTrip(StoreSettings.h2(dir));
    }

    @Test
    void saveThenLoad_onPostgres_returnsEveryReportUnchanged() throws Exception {
        roundTrip(TestPostgres.newDatabase("incidents"));
    }
}
