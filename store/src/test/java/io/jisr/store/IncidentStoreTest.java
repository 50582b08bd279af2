package io.jisr.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.incident.CountryCode;
import io.jisr.incident.Incident;
import io.jisr.incident.sample.SahelSample;
import io.jisr.incident.workflow.IncidentRecord;
import io.jisr.incident.workflow.LinkKind;
import io.jisr.incident.workflow.PartnerSource;
import io.jisr.incident.workflow.ReportLink;
import io.jisr.incident.workflow.ReportLinks;
import io.jisr.incident.workflow.Transition;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incident reports stored as CSV lines come back equal, and so do workflow records (versions, history)
 * and links, on H2 and on a real PostgreSQL 18.
 */
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

    private static void recordRoundTrip(StoreSettings settings) {
        List<Incident> sample = SahelSample.incidents(5, 3);
        Instant t0 = Instant.parse("2026-11-26T08:00:00Z");
        IncidentRecord record = IncidentRecord.create("JSR-1", sample.get(0).report(), "amina", t0);
        record = done(record.submit("amina", t0.plusSeconds(60)));
        record = done(record.confirm("bilal", t0.plusSeconds(120)));
        record = done(record.publish("bilal", t0.plusSeconds(180)));
        record =
                done(record.revise(sample.get(1).report(), "amina", "casualty figures corrected", t0.plusSeconds(240)));
        IncidentRecord draft = IncidentRecord.create("JSR-2", sample.get(2).report(), "bilal", t0);
        ReportLink link = new ReportLink("JSR-2", LinkKind.FOLLOW_UP, "JSR-1");
        try (JdbcIncidentStore store = JdbcIncidentStore.open(settings)) {
            store.saveRecord(record);
            store.saveRecord(draft);
            store.addLink(link);
        }
        try (JdbcIncidentStore again = JdbcIncidentStore.open(settings)) {
            assertThat(again.loadRecords()).containsExactly(record, draft);
            assertThat(again.loadLinks()).isEqualTo(new ReportLinks(List.of(link)));
            // The map sees version 1, published; version 2 is a draft correction.
            assertThat(again.load())
                    .containsExactly(new Incident("JSR-1", 1, sample.get(0).report()));
        }
    }

    private static void receivedRoundTrip(StoreSettings settings) {
        List<Incident> sample = SahelSample.incidents(7, 2);
        Instant t0 = Instant.parse("2026-11-26T08:00:00Z");
        PartnerSource first = new PartnerSource(CountryCode.of("DZA"), "dza-1", "JSR-7", 1, "REL TO DZA, USA", t0);
        PartnerSource second =
                new PartnerSource(CountryCode.of("DZA"), "dza-1", "JSR-7", 3, "REL TO DZA, USA", t0.plusSeconds(60));
        IncidentRecord received =
                IncidentRecord.received("DZA:dza-1:JSR-7", sample.get(0).report(), first, "created");
        IncidentRecord corrected = received.receivedVersion(sample.get(1).report(), second, "toll corrected");
        try (JdbcIncidentStore store = JdbcIncidentStore.open(settings)) {
            store.saveReceived(received, first);
            store.saveReceived(corrected, second);
        }
        try (JdbcIncidentStore again = JdbcIncidentStore.open(settings)) {
            assertThat(again.loadRecords()).containsExactly(corrected);
            assertThat(again.loadSources()).isEqualTo(java.util.Map.of("DZA:dza-1:JSR-7", second));
            assertThat(again.load())
                    .containsExactly(
                            new Incident("DZA:dza-1:JSR-7", 2, sample.get(1).report()));
        }
    }

    @Test
    void partnersReport_savedTwice_loadsItsLatestSourceVersionsAndPublishedVersion_onH2() {
        receivedRoundTrip(StoreSettings.h2(dir));
    }

    @Test
    void partnersReport_savedTwice_loadsItsLatestSourceVersionsAndPublishedVersion_onPostgres() throws Exception {
        receivedRoundTrip(TestPostgres.newDatabase("incident_received"));
    }

    private static IncidentRecord done(Transition t) {
        return ((Transition.Done) t).record();
    }

    @Test
    void saveRecordThenLoad_onH2_returnsVersionsHistoryAndLinks() {
        recordRoundTrip(StoreSettings.h2(dir));
    }

    @Test
    void saveRecordThenLoad_onPostgres_returnsVersionsHistoryAndLinks() throws Exception {
        recordRoundTrip(TestPostgres.newDatabase("incident_records"));
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
