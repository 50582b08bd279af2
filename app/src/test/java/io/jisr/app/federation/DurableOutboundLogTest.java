package io.jisr.app.federation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.Partner;
import io.jisr.exchange.agreement.AgreementId;
import io.jisr.exchange.log.Batch;
import io.jisr.exchange.log.BatchFormat;
import io.jisr.exchange.log.Cursor;
import io.jisr.exchange.log.LogEntry;
import io.jisr.exchange.log.PartnerOutbox;
import io.jisr.exchange.record.HandlingTerms;
import io.jisr.exchange.record.ReleaseGrant;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.exchange.record.Subject;
import io.jisr.store.JdbcFederationStore;
import io.jisr.store.StoreSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch written from the texts the log stored as it appended is the batch written from the records: served
 * from the window of recent entries, from the database (after a restart), and for an entry the log did not
 * give out last (written again). Entries read from the database carry the category and grant stored beside
 * them, and their records read back the same when asked for; entries stored without them are served the same.
 */
class DurableOutboundLogTest {
    private static final Partner USA = new Partner(Nation.of("USA"), NodeId.of("usa-1"));

    @TempDir
    Path dir;

    private static ShareableRecord record(int i) {
        ShareableRecord base = BatchJsonTest.released();
        return new ShareableRecord(
                base.key() + "/" + i,
                base.category(),
                base.origin(),
                base.observedAt().plusSeconds(i),
                base.position(),
                new Subject.Vessel(Optional.of(605000000 + i), Optional.empty(), Optional.empty(), i % 2 == 0),
                new TreeMap<>(Map.of("name", "ÉTOILE \"" + i + "\"\n", "speedKnots", Integer.toString(i))),
                base.handling(),
                Optional.empty());
    }

    /** Record 1 with {@code name} as its name (a text the tests make odd). */
    private static ShareableRecord named(String name) {
        ShareableRecord base = record(1);
        TreeMap<String, String> content = new TreeMap<>(base.content());
        content.put("name", name);
        return new ShareableRecord(
                base.key(),
                base.category(),
                base.origin(),
                base.observedAt(),
                base.position(),
                base.subject(),
                content,
                base.handling(),
                Optional.empty());
    }

    private static String served(DurableOutboundLog log, long after, int max) {
        List<LogEntry> entries = log.read(Cursor.at(after), max);
        Batch batch = new Batch(
                BatchFormat.VERSION,
                BatchJsonTest.DZA,
                Cursor.at(after),
                Cursor.at(entries.getLast().sequence()),
                entries);
        String fromStoredTexts = BatchJson.write(batch, log::storedText);
        assertThat(fromStoredTexts).isEqualTo(BatchJson.write(batch));
        return fromStoredTexts;
    }

    @Test
    void batchFromStoredTexts_isTheBatchWrittenFromTheRecords_fromMemoryAndFromTheDatabase() {
        StoreSettings settings = StoreSettings.h2(dir);
        String fromMemory;
        try (JdbcFederationStore store = JdbcFederationStore.open(settings)) {
            DurableOutboundLog log = new DurableOutboundLog(USA, store);
            for (int i = 1; i <= 30; i++) {
                log.append(record(i));
            }
            log.flush(new PartnerOutbox.HeldChanges(List.of(), List.of()));
            fromMemory = served(log, 10, 15);
            assertThat(fromMemory).contains("\"sequence\":11,\"key\":").contains("ÉTOILE \\\"25\\\"\\n");
        }
        try (JdbcFederationStore store = JdbcFederationStore.open(settings)) {
            // A new log has an empty window: the same pull is read from the database.
            DurableOutboundLog restarted = new DurableOutboundLog(USA, store);
            assertThat(served(restarted, 10, 15)).isEqualTo(fromMemory);
        }
    }

    @Test
    void aPartnerCatchingUp_isServedReadsPreparedAhead_thatAreTheReadsOfTheDatabase() {
        StoreSettings settings = StoreSettings.h2(dir);
        try (JdbcFederationStore store = JdbcFederationStore.open(settings)) {
            DurableOutboundLog log = new DurableOutboundLog(USA, store);
            for (int i = 1; i <= 95; i++) {
                log.append(record(i));
            }
            log.flush(new PartnerOutbox.HeldChanges(List.of(), List.of()));
        }
        try (JdbcFederationStore store = JdbcFederationStore.open(settings)) {
            // After a restart the window is empty: every read is from the database.
            DurableOutboundLog restarted = new DurableOutboundLog(USA, store);
            DurableOutboundLog direct = new DurableOutboundLog(USA, store);
            for (long after = 0; after < 95; after += 10) {
                assertThat(served(restarted, after, 10)).isEqualTo(served(direct, after, 10));
                // the direct log is asked out of order each time, so it never finds a read prepared for it
                assertThat(direct.read(Cursor.at(after + 3), 2)).hasSize(2);
            }
            assertThat(restarted.preparedReadsServed())
                    .as("every read after the first was prepared")
                    .isEqualTo(9);
            assertThat(direct.preparedReadsServed()).isZero();
            // Asked elsewhere than expected, and again from the start: the database's answer, not the prepared one.
            assertThat(served(restarted, 42, 7)).isEqualTo(served(direct, 42, 7));
            assertThat(restarted.read(Cursor.at(0), 95))
                    .extracting(LogEntry::sequence)
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 95)
                            .boxed()
                            .toList());
        }
    }

    @Test
    void aBatchStreamedToTheWire_isTheBatchTextInUtf8_evenWithALoneSurrogateInARecord() throws Exception {
        ShareableRecord odd = named("broken \uD800 text, then ⚓ 🚢");
        Batch batch = new Batch(
                BatchFormat.VERSION,
                BatchJsonTest.DZA,
                Cursor.at(0),
                Cursor.at(2),
                List.of(new LogEntry(1, odd), new LogEntry(2, record(2))));
        java.io.ByteArrayOutputStream wire = new java.io.ByteArrayOutputStream();

        BatchJson.write(batch, entry -> BatchJson.writeRecord(entry.record()), wire);

        assertThat(wire.toByteArray())
                .isEqualTo(BatchJson.write(batch).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Record {@code i} released under annex {@code annex} (of an agreement whose id has ':' and '%' in it). */
    private static ShareableRecord underAnnex(int i, String annex) {
        HandlingTerms terms = record(i).handling().orElseThrow();
        return record(i)
                .releasedUnder(new HandlingTerms(
                        terms.marking(),
                        terms.retention(),
                        terms.onwardReleaseTo(),
                        new ReleaseGrant(AgreementId.of("dza-usa.2026_b"), 3 + i % 2, annex)));
    }

    @Test
    void entriesReadFromTheDatabase_carryTheCategoryAndGrantStoredBesideThem_andTheirRecordsReadBackTheSame() {
        StoreSettings settings = StoreSettings.h2(dir);
        List<LogEntry> appended = new java.util.ArrayList<>();
        try (JdbcFederationStore store = JdbcFederationStore.open(settings)) {
            DurableOutboundLog log = new DurableOutboundLog(USA, store);
            for (int i = 1; i <= 12; i++) {
                appended.add(log.append(i % 3 == 0 ? underAnnex(i, "B: 100% / 2") : record(i)));
            }
            log.flush(new PartnerOutbox.HeldChanges(List.of(), List.of()));
        }
        try (JdbcFederationStore store = JdbcFederationStore.open(settings)) {
            List<LogEntry> read = new DurableOutboundLog(USA, store).read(Cursor.at(0), 12);

            assertThat(read)
                    .extracting(LogEntry::grant)
                    .isEqualTo(appended.stream().map(LogEntry::grant).toList());
            assertThat(read)
                    .extracting(LogEntry::category)
                    .isEqualTo(appended.stream().map(LogEntry::category).toList());
            assertThat(read).isEqualTo(appended);
            assertThat(read.get(2).grant().annexId()).isEqualTo("B: 100% / 2");
        }
    }

    @Test
    void entriesStoredWithoutTerms_asBeforeTheyWereKept_areServedTheSame() {
        StoreSettings settings = StoreSettings.h2(dir);
        String fromMemory;
        try (JdbcFederationStore store = JdbcFederationStore.open(settings)) {
            DurableOutboundLog log = new DurableOutboundLog(USA, store);
            for (int i = 1; i <= 8; i++) {
                log.append(record(i));
            }
            log.flush(new PartnerOutbox.HeldChanges(List.of(), List.of()));
            fromMemory = served(log, 0, 8);
        }
        StoreSettings old = StoreSettings.h2(dir.resolve("old"));
        try (JdbcFederationStore store = JdbcFederationStore.open(old)) {
            List<JdbcFederationStore.OutboundRow> rows = new java.util.ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                rows.add(new JdbcFederationStore.OutboundRow(i, BatchJson.writeRecord(record(i))));
            }
            store.appendOutbound(DurableOutboundLog.key(USA), rows);

            DurableOutboundLog log = new DurableOutboundLog(USA, store);
            assertThat(served(log, 0, 8)).isEqualTo(fromMemory);
            assertThat(log.read(Cursor.at(0), 8))
                    .extracting(LogEntry::grant)
                    .containsOnly(record(1).handling().orElseThrow().grant());
        }
    }

    @Test
    void aLoneSurrogate_readFromTheDatabase_goesOnTheWireAsFromMemory() throws Exception {
        ShareableRecord odd = named("broken \uD800 text");
        StoreSettings settings = StoreSettings.h2(dir);
        byte[] fromMemory;
        try (JdbcFederationStore store = JdbcFederationStore.open(settings)) {
            DurableOutboundLog log = new DurableOutboundLog(USA, store);
            log.append(odd);
            log.append(record(2));
            log.flush(new PartnerOutbox.HeldChanges(List.of(), List.of()));
            fromMemory = wire(log);
        }
        try (JdbcFederationStore store = JdbcFederationStore.open(settings)) {
            assertThat(wire(new DurableOutboundLog(USA, store))).isEqualTo(fromMemory);
        }
        assertThat(new String(fromMemory, java.nio.charset.StandardCharsets.UTF_8))
                .contains("broken ? text");
    }

    private static byte[] wire(DurableOutboundLog log) throws java.io.IOException {
        List<LogEntry> entries = log.read(Cursor.at(0), 10);
        Batch batch = new Batch(BatchFormat.VERSION, BatchJsonTest.DZA, Cursor.at(0), Cursor.at(2), entries);
        java.io.ByteArrayOutputStream wire = new java.io.ByteArrayOutputStream();
        BatchJson.write(batch, log::storedText, wire);
        return wire.toByteArray();
    }

    @Test
    void storedText_ofAnEntryNotGivenOutLast_isWrittenAgain() {
        try (JdbcFederationStore store = JdbcFederationStore.open(StoreSettings.h2(dir))) {
            DurableOutboundLog log = new DurableOutboundLog(USA, store);
            log.append(record(1));
            log.flush(new PartnerOutbox.HeldChanges(List.of(), List.of()));
            assertThat(log.read(Cursor.at(0), 10)).hasSize(1);
            LogEntry equalButNotTheSame = new LogEntry(1, record(1));

            assertThat(log.storedText(equalButNotTheSame)).isEqualTo(BatchJson.writeRecord(record(1)));
        }
    }
}
