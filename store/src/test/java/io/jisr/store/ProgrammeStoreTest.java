package io.jisr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.programme.ActionItem;
import io.jisr.programme.ActionStatus;
import io.jisr.programme.Decision;
import io.jisr.programme.DocumentRef;
import io.jisr.programme.Instrument;
import io.jisr.programme.InstrumentKind;
import io.jisr.programme.Meeting;
import io.jisr.programme.Nation;
import io.jisr.programme.Participant;
import io.jisr.programme.ProgrammeRegister;
import io.jisr.programme.Term;
import io.jisr.programme.WorkingGroup;
import io.jisr.programme.acquisition.AcquisitionCase;
import io.jisr.programme.acquisition.AssetDetails;
import io.jisr.programme.acquisition.AssetKind;
import io.jisr.programme.acquisition.CaseStep;
import io.jisr.programme.acquisition.DeliveryOutcome;
import io.jisr.programme.acquisition.EquipmentCategory;
import io.jisr.programme.acquisition.EquipmentLine;
import io.jisr.programme.acquisition.Milestone;
import io.jisr.programme.acquisition.Money;
import io.jisr.programme.acquisition.SearchCapability;
import io.jisr.programme.acquisition.StepKind;
import io.jisr.programme.sync.ActionItemFields;
import io.jisr.programme.sync.FieldEdit;
import io.jisr.programme.sync.FieldKey;
import io.jisr.programme.sync.Hlc;
import io.jisr.programme.sync.MeetingFields;
import io.jisr.programme.sync.Replica;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Programme records (acquisition cases and delivered assets too) and attached documents come back equal after reopening, on H2 and on a real PostgreSQL 18. */
class ProgrammeStoreTest {
    private static final Nation DZA = Nation.of("DZA");
    private static final Nation FRA = Nation.of("FRA");
    private static final Participant BENALI = new Participant("Col. A. Benali", DZA);
    private static final Participant MARTIN = new Participant("CV C. Martin", FRA);
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00.123456Z");

    @TempDir
    Path dir;

    /** Every optional field filled on one instrument, none on the other, and text that needs escaping. */
    private static List<Instrument> instruments(DocumentRef text) {
        Instrument mou = Instrument.draft(
                        "I-1",
                        DZA,
                        InstrumentKind.MEMORANDUM_OF_UNDERSTANDING,
                        "Mémorandum « sécurité maritime » — مذكرة تفاهم \"1\"",
                        List.of(DZA, FRA),
                        Term.renewing(Period.ofYears(5), Period.ofYears(5), Period.ofMonths(6)))
                .signed(LocalDate.of(2021, 2, 10), LocalDate.of(2021, 3, 1))
                .denouncedOn(LocalDate.of(2025, 6, 1))
                .withText(text)
                .linked(Optional.empty(), List.of("AGR-DZA-FRA-1"));
        Instrument arrangement = Instrument.draft(
                        "I-2",
                        DZA,
                        InstrumentKind.IMPLEMENTING_ARRANGEMENT,
                        "SAR arrangement",
                        List.of(DZA, FRA),
                        Term.fixed(Period.ofYears(2), Period.ZERO))
                .linked(Optional.of("I-1"), List.of());
        return List.of(mou, arrangement);
    }

    private static WorkingGroup group() {
        return new WorkingGroup(
                "WG-1", DZA, "Maritime security and SAR", List.of(BENALI, MARTIN), List.of(), "Coordinate\nSAR.");
    }

    private static Meeting meeting() {
        return new Meeting(
                "M-1",
                DZA,
                "WG-1",
                "3rd session",
                ZonedDateTime.of(2026, 12, 3, 9, 30, 0, 0, ZoneId.of("Africa/Algiers")),
                Duration.ofMinutes(150),
                "Algiers, Naval HQ",
                List.of("Opening", "SAR exercise 2027"),
                List.of(BENALI, MARTIN),
                "Minutes, with a comma; and a \\ backslash.",
                List.of(new Decision("D1", "Hold a joint SAR exercise"), new Decision("D2", "Share AIS tracks")));
    }

    /** Two lines (one tracked unit by unit, one with a decimal value), a reached and an open milestone. */
    private static AcquisitionCase acceptedCase() {
        return AcquisitionCase.requested(
                        "C-1",
                        DZA,
                        DZA,
                        FRA,
                        "Patrol vessels",
                        new CaseStep(StepKind.LETTER_OF_REQUEST, LocalDate.of(2024, 1, 10), "LOR-1"))
                .withStep(new CaseStep(StepKind.OFFER, LocalDate.of(2024, 3, 1), "LOA-1"))
                .withStep(new CaseStep(StepKind.ACCEPTANCE, LocalDate.of(2024, 4, 2), "ACC-1"))
                .withLine(new EquipmentLine(
                        "L1",
                        EquipmentCategory.PATROL_VESSELS,
                        "Offshore patrol vessel, 60 m",
                        2,
                        Money.of("41000000.00", "EUR"),
                        Optional.of(AssetKind.PATROL_VESSEL)))
                .withLine(new EquipmentLine(
                        "L2",
                        EquipmentCategory.COMMUNICATION_EQUIPMENT,
                        "HF radios",
                        40,
                        Money.of("12500.50", "EUR"),
                        Optional.empty()))
                .withMilestone(new Milestone("Keel laying", LocalDate.of(2025, 1, 15), Optional.empty()))
                .milestoneReached("Keel laying", LocalDate.of(2025, 2, 1))
                .withMilestone(new Milestone("Sea trials", LocalDate.of(2026, 6, 1), Optional.empty()));
    }

    private static void roundTrip(StoreSettings settings) {
        byte[] pdf = "%PDF-1.7\n% the signed text\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        DocumentRef text = DocumentRef.of("mou.pdf", "application/pdf", pdf);
        List<Instrument> instruments = instruments(text);
        Meeting meeting = meeting();
        ActionItem open = ActionItem.fromDecision(
                "A-1",
                DZA,
                meeting,
                meeting.decisions().get(0),
                "Draft the plan",
                "Cdt Haddad",
                LocalDate.of(2026, 12, 1),
                "po",
                AT);
        ActionItem done = ActionItem.fromDecision(
                        "A-2",
                        FRA,
                        meeting,
                        meeting.decisions().get(1),
                        "Open the link",
                        "CV Martin",
                        LocalDate.of(2027, 1, 15),
                        "po",
                        AT)
                .withStatus(ActionStatus.DONE, "po", AT.plusSeconds(60));
        DeliveryOutcome.Delivered delivered;
        try (JdbcProgrammeStore store = JdbcProgrammeStore.open(settings)) {
            assertThat(store.load()).isEqualTo(ProgrammeRegister.empty());
            instruments.forEach(store::save);
            store.save(group());
            store.save(meeting.recorded("", List.of()));
            store.save(meeting);
            store.saveActions(List.of(open, done.withStatus(ActionStatus.OPEN, "po", AT)));
            store.saveActions(List.of(done));
            store.saveDocument(text, pdf);
            store.saveDocument(text, pdf);
            store.save(acceptedCase());
            delivered = (DeliveryOutcome.Delivered) acceptedCase()
                    .deliver(
                            "L1",
                            LocalDate.of(2026, 9, 1),
                            1,
                            List.of(new AssetDetails(
                                    "AS-1",
                                    "El Kasseh",
                                    "P-501",
                                    Optional.of(new SearchCapability(12, 72, 0, List.of("surface search radar"))))));
            store.saveDelivery(delivered.acquisitionCase(), delivered.assets());
            assertThatThrownBy(() -> store.saveDocument(text, new byte[] {1}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("document mou.pdf: the bytes do not have SHA-256 " + text.sha256());
        }
        try (JdbcProgrammeStore again = JdbcProgrammeStore.open(settings)) {
            assertThat(again.load())
                    .isEqualTo(new ProgrammeRegister(
                            instruments,
                            List.of(group()),
                            List.of(meeting),
                            List.of(open, done),
                            List.of(delivered.acquisitionCase()),
                            delivered.assets()));
            assertThat(delivered.assets()).hasSize(1);
            assertThat(again.document(text.sha256()))
                    .hasValueSatisfying(b -> assertThat(b).isEqualTo(pdf));
            assertThat(again.document("0".repeat(64))).isEmpty();
        }
    }

    /**
     * The replica cells of a meeting (the owner's fields and the partner's attendees) and of an action item
     * come back equal after reopening, beside the records they make; a later cell replaces an earlier one.
     */
    private static void replicaRoundTrip(StoreSettings settings) {
        Meeting meeting = meeting();
        Hlc first = new Hlc(AT.toEpochMilli(), 0, "dza-1");
        Hlc later = new Hlc(AT.toEpochMilli() + 5, 3, "dza-1");
        Replica replica = Replica.empty()
                .applyAll(MeetingFields.ownerEdits(Optional.empty(), meeting, first))
                .applyAll(List.of(MeetingFields.partnerAttendees(
                        MeetingFields.key(meeting),
                        FRA,
                        List.of(new Participant("LV Dupont, « adjoint »", FRA)),
                        new Hlc(AT.toEpochMilli() + 2, 0, "fra-1"))));
        ActionItem item = ActionItem.fromDecision(
                "A-1",
                DZA,
                meeting,
                meeting.decisions().get(0),
                "Draft the plan",
                "Cdt Haddad",
                LocalDate.of(2026, 12, 1),
                "po",
                AT);
        replica = replica.applyAll(ActionItemFields.edits(Optional.empty(), item, first));
        Meeting shown = MeetingFields.read(replica, MeetingFields.key(meeting)).orElseThrow();
        try (JdbcProgrammeStore store = JdbcProgrammeStore.open(settings)) {
            assertThat(store.loadReplica()).isEqualTo(Replica.empty());
            store.saveSynced(replica.cells(), List.of(shown), List.of(item));
            Replica placeChanged = replica.applyAll(
                    List.of(new FieldEdit(new FieldKey(MeetingFields.key(meeting), "place"), "Oran", later, DZA)));
            store.saveSynced(
                    Map.of(
                            new FieldKey(MeetingFields.key(meeting), "place"),
                            placeChanged.cells().get(new FieldKey(MeetingFields.key(meeting), "place"))),
                    List.of(),
                    List.of());
            replica = placeChanged;
        }
        try (JdbcProgrammeStore again = JdbcProgrammeStore.open(settings)) {
            assertThat(again.loadReplica()).isEqualTo(replica);
            assertThat(again.load().meetings()).containsExactly(shown);
            assertThat(again.load().actions()).containsExactly(item);
            assertThat(again.unreleased()).isEmpty();

            // An own edit stored marked unreleased comes back as the edit, across a reopen, until released; a
            // release of an older stamp of the same field leaves the mark.
            FieldKey minutes = new FieldKey(MeetingFields.key(meeting), "minutes");
            FieldEdit edit = new FieldEdit(minutes, "Dates agreed.", new Hlc(AT.toEpochMilli() + 10, 0, "dza-1"), DZA);
            again.saveSynced(
                    Map.of(minutes, edit.stamped()),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    java.util.Set.of(minutes));
            FieldEdit older = new FieldEdit(minutes, "Draft", new Hlc(AT.toEpochMilli() + 5, 0, "dza-1"), DZA);
            again.released(List.of(older));
            assertThat(again.unreleased()).containsExactly(edit);
        }
        try (JdbcProgrammeStore third = JdbcProgrammeStore.open(settings)) {
            FieldKey minutes = new FieldKey(MeetingFields.key(meeting), "minutes");
            FieldEdit edit = new FieldEdit(minutes, "Dates agreed.", new Hlc(AT.toEpochMilli() + 10, 0, "dza-1"), DZA);
            assertThat(third.unreleased()).containsExactly(edit);
            third.released(List.of(edit));
            assertThat(third.unreleased()).isEmpty();
            assertThat(third.loadReplica().cells().get(minutes)).isEqualTo(edit.stamped());
        }
    }

    @Test
    void saveSyncedThenReopen_onH2_returnsTheSameReplica() {
        replicaRoundTrip(StoreSettings.h2(dir));
    }

    @Test
    void saveSyncedThenReopen_onPostgres_returnsTheSameReplica() throws Exception {
        replicaRoundTrip(TestPostgres.newDatabase("programme_replica"));
    }

    @Test
    void saveThenReopen_onH2_returnsEveryRecordUnchanged() {
        roundTrip(StoreSettings.h2(dir));
    }

    @Test
    void saveThenReopen_onPostgres_returnsEveryRecordUnchanged() throws Exception {
        roundTrip(TestPostgres.newDatabase("programme"));
    }
}
