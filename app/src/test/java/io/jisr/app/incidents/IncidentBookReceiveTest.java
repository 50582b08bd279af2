package io.jisr.app.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.incident.CountryCode;
import io.jisr.incident.IncidentReport;
import io.jisr.incident.sample.SahelSample;
import io.jisr.incident.workflow.HistoryEntry;
import io.jisr.incident.workflow.IncidentRecord;
import io.jisr.incident.workflow.PartnerSource;
import io.jisr.incident.workflow.ReportStatus;
import io.jisr.incident.workflow.Transition;
import io.jisr.store.JdbcIncidentStore;
import io.jisr.store.StoreSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partner's report in the incident book: stored as the partner's, on the map, the same version twice or an
 * older one changing nothing, a newer one appended; read-only for local analysts; never offered back to the
 * partners; kept with its source across a restart.
 */
class IncidentBookReceiveTest {
    static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");
    static final String ID = "DZA:dza-1:JSR-7";

    @TempDir
    Path dir;

    static PartnerSource source(int version, Instant at) {
        return new PartnerSource(CountryCode.of("DZA"), "dza-1", "JSR-7", version, "REL TO DZA, USA", at);
    }

    @Test
    void partnersReport_storedOnce_newerVersionAppended_olderOrSameIgnored_readOnly_keptAcrossARestart() {
        List<IncidentReport> reports =
                SahelSample.incidents(11, 3).stream().map(i -> i.report()).toList();
        List<IncidentRecord> offered = new ArrayList<>();
        try (JdbcIncidentStore store = JdbcIncidentStore.open(StoreSettings.h2(dir))) {
            IncidentBook book = new IncidentBook(store, store, InstantSource.fixed(T0), offered::add);

            assertThat(book.receive(ID, reports.get(0), source(1, T0), "created"))
                    .isEqualTo(IncidentBook.Receipt.ADDED);
            assertThat(book.receive(ID, reports.get(0), source(1, T0.plusSeconds(5)), "created"))
                    .isEqualTo(IncidentBook.Receipt.UNCHANGED);
            assertThat(book.receive(ID, reports.get(1), source(3, T0.plusSeconds(10)), "toll corrected"))
                    .isEqualTo(IncidentBook.Receipt.NEW_VERSION);
            // Version 2 (never published there, or arriving late) changes nothing once 3 is held.
            assertThat(book.receive(ID, reports.get(2), source(2, T0.plusSeconds(20)), "late"))
                    .isEqualTo(IncidentBook.Receipt.UNCHANGED);

            IncidentRecord r = book.record(ID).orElseThrow();
            assertThat(r.versions())
                    .extracting(v -> v.status())
                    .containsExactly(ReportStatus.SUPERSEDED, ReportStatus.PUBLISHED);
            assertThat(r.history())
                    .extracting(HistoryEntry::action, HistoryEntry::by)
                    .containsOnly(org.assertj.core.groups.Tuple.tuple(HistoryEntry.Action.RECEIVED, "DZA dza-1"));
            assertThat(book.published(ID).orElseThrow().report()).isEqualTo(reports.get(1));
            assertThat(book.index().count(io.jisr.incident.query.IncidentFilter.ALL))
                    .isEqualTo(1);
            assertThat(book.source(ID)).contains(source(3, T0.plusSeconds(10)));

            // Read-only: no step of the workflow, and never offered on to the partners.
            Transition t = book.act(ID, (rec, at) -> rec.revise(reports.get(2), "amina", "mine now", at))
                    .orElseThrow();
            assertThat(t).isInstanceOf(Transition.Refused.class);
            assertThat(((Transition.Refused) t).reason())
                    .isEqualTo("incident " + ID + " was written and published by DZA dza-1 and is read-only on this"
                            + " node: corrections come from its origin");
            assertThat(offered).isEmpty();

            // A report of this node is never overwritten by a partner's.
            IncidentRecord own = book.create(reports.get(2), "amina");
            assertThatThrownBy(() -> book.receive(own.id(), reports.get(0), source(1, T0), "created"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("incident " + own.id() + " is a report of this node, not of DZA dza-1");
        }
        try (JdbcIncidentStore store = JdbcIncidentStore.open(StoreSettings.h2(dir))) {
            IncidentBook again = new IncidentBook(store, store, InstantSource.fixed(T0));
            assertThat(again.source(ID)).contains(source(3, T0.plusSeconds(10)));
            assertThat(again.record(ID).orElseThrow().versions()).hasSize(2);
            assertThat(again.receive(ID, reports.get(1), source(3, T0.plusSeconds(30)), "toll corrected"))
                    .isEqualTo(IncidentBook.Receipt.UNCHANGED);
        }
    }

    @Test
    void publishingHere_offersTheRecordToThePartners_eachPublishedVersionOnce() {
        IncidentReport report = SahelSample.incidents(12, 1).getFirst().report();
        List<IncidentRecord> offered = new ArrayList<>();
        try (JdbcIncidentStore store = JdbcIncidentStore.open(StoreSettings.h2(dir))) {
            IncidentBook book = new IncidentBook(store, store, InstantSource.fixed(T0), offered::add);
            IncidentRecord r = book.create(report, "amina");
            book.act(r.id(), (rec, at) -> rec.submit("amina", at));
            book.act(r.id(), (rec, at) -> rec.confirm("bilal", at));
            assertThat(offered).isEmpty();
            book.act(r.id(), (rec, at) -> rec.publish("bilal", at));

            assertThat(offered).hasSize(1);
            assertThat(offered.getFirst().published().orElseThrow().number()).isEqualTo(1);
        }
    }
}
