package io.jisr.app.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.programme.ActionStatus;
import io.jisr.programme.Meeting;
import io.jisr.programme.Nation;
import io.jisr.programme.Participant;
import io.jisr.programme.WorkingGroup;
import io.jisr.programme.sync.FieldEdit;
import io.jisr.programme.sync.FieldKey;
import io.jisr.programme.sync.Hlc;
import io.jisr.programme.sync.MeetingFields;
import io.jisr.programme.sync.RecordKey;
import io.jisr.store.JdbcProgrammeStore;
import io.jisr.store.StoreSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two registers on their own H2 databases, with the edits each makes handed to the other by the test instead
 * of a federation link: the conflict rule as the node applies it — any order and repetition of delivery, equal
 * stamps, refusals, and a restart that goes on from the stored replica.
 */
class ProgrammeBookSyncTest {
    private static final Nation DZA = Nation.of("DZA");
    private static final Nation USA = Nation.of("USA");
    private static final InstantSource CLOCK = InstantSource.system();

    @TempDir
    Path dir;

    private final List<FieldEdit> fromDza = new ArrayList<>();
    private final List<FieldEdit> fromUsa = new ArrayList<>();

    private ProgrammeBook open(JdbcProgrammeStore store, Nation side, String node, List<FieldEdit> outbox) {
        return new ProgrammeBook(store, store, Optional.of(side), node, CLOCK, outbox::addAll);
    }

    private static Meeting held(ProgrammeBook dza) {
        WorkingGroup group = dza.createGroup(
                DZA,
                id -> new WorkingGroup(
                        id,
                        DZA,
                        "Maritime security and SAR",
                        List.of(new Participant("Col. A. Benali", DZA), new Participant("Capt. J. Smith", USA)),
                        List.of(),
                        "Meets twice a year."));
        return dza.holdMeeting(
                        DZA,
                        group.id(),
                        (id, groupId, decisions) -> new Meeting(
                                id,
                                DZA,
                                groupId,
                                "3rd session",
                                ZonedDateTime.of(2027, 3, 1, 9, 30, 0, 0, ZoneId.of("Africa/Algiers")),
                                Duration.ofHours(3),
                                "Algiers, Naval HQ",
                                List.of("Opening"),
                                List.of(new Participant("Col. A. Benali", DZA)),
                                "",
                                decisions),
                        List.of("Hold a joint SAR exercise"),
                        List.of(new ProgrammeBook.ActionDraft(
                                1, "Draft the plan", "Cdt S. Haddad", DZA, LocalDate.of(2027, 4, 1))),
                        "po")
                .meeting();
    }

    /** Delivers the edits shuffled, with some twice, as a link that retries and reorders might. */
    private static List<FieldEdit> scrambled(List<FieldEdit> edits, long seed) {
        List<FieldEdit> out = new ArrayList<>(edits);
        Random random = new Random(seed);
        for (FieldEdit e : edits) {
            if (random.nextBoolean()) {
                out.add(e);
            }
        }
        Collections.shuffle(out, random);
        return out;
    }

    @Test
    void editsOnBothSides_deliveredInAnyOrderWithRepeats_giveTheSameMeetingOnBoth() {
        try (JdbcProgrammeStore dzaStore = JdbcProgrammeStore.open(StoreSettings.h2(dir.resolve("dza")));
                JdbcProgrammeStore usaStore = JdbcProgrammeStore.open(StoreSettings.h2(dir.resolve("usa")))) {
            ProgrammeBook dza = open(dzaStore, DZA, "dza-1", fromDza);
            ProgrammeBook usa = open(usaStore, USA, "usa-1", fromUsa);
            Meeting meeting = held(dza);
            assertThat(usa.receive(DZA, scrambled(fromDza, 1))).isEmpty();
            assertThat(usa.meeting(meeting.id())).contains(meeting);
            fromDza.clear();

            usa.sendAttendees(meeting.id(), List.of(new Participant("Capt. J. Smith", USA)));
            dza.changeMeeting(meeting.id(), Optional.of("Oran, Naval base"), Optional.of("Dates agreed."));
            dza.changeStatus("DZA-A-1", ActionStatus.DONE, "po");
            dza.changeMeeting(meeting.id(), Optional.empty(), Optional.of("Dates agreed; plan due in 30 days."));
            assertThat(dza.receive(USA, scrambled(fromUsa, 2))).isEmpty();
            assertThat(usa.receive(DZA, scrambled(fromDza, 3))).isEmpty();

            Meeting expected = dza.meeting(meeting.id()).orElseThrow();
            assertThat(usa.meeting(meeting.id())).contains(expected);
            assertThat(usa.action("DZA-A-1")).isEqualTo(dza.action("DZA-A-1"));
            assertThat(expected.place()).isEqualTo("Oran, Naval base");
            assertThat(expected.minutes()).isEqualTo("Dates agreed; plan due in 30 days.");
            assertThat(expected.attendees())
                    .containsExactly(new Participant("Col. A. Benali", DZA), new Participant("Capt. J. Smith", USA));

            // Restarted from their databases, both show the same again. DZA's wall clock is now an hour behind,
            // yet its clock goes on above every stamp stored, so its next edit still wins over its earlier ones.
            Hlc lastOwn =
                    fromDza.stream().map(FieldEdit::stamp).max(Hlc::compareTo).orElseThrow();
            ProgrammeBook dzaAgain = new ProgrammeBook(
                    dzaStore,
                    dzaStore,
                    Optional.of(DZA),
                    "dza-1",
                    InstantSource.fixed(CLOCK.instant().minus(Duration.ofHours(1))),
                    fromDza::addAll);
            ProgrammeBook usaAgain = open(usaStore, USA, "usa-1", fromUsa);
            assertThat(dzaAgain.meeting(meeting.id())).contains(expected);
            assertThat(usaAgain.meeting(meeting.id())).contains(expected);
            assertThat(stampOf(dzaAgain.syncStatus().clock())).isGreaterThan(lastOwn);
            fromDza.clear();
            dzaAgain.changeMeeting(meeting.id(), Optional.of("Algiers, Naval HQ"), Optional.empty());
            assertThat(usaAgain.receive(DZA, fromDza)).isEmpty();
            assertThat(usaAgain.meeting(meeting.id()).orElseThrow().place()).isEqualTo("Algiers, Naval HQ");
            assertThat(usaAgain.meeting(meeting.id())).isEqualTo(dzaAgain.meeting(meeting.id()));
        }
    }

    @Test
    void actionRescheduledAndReassignedByItsSide_convergesOnBoth_andTheOtherSideMayNotMoveIt() {
        try (JdbcProgrammeStore dzaStore = JdbcProgrammeStore.open(StoreSettings.h2(dir.resolve("dza")));
                JdbcProgrammeStore usaStore = JdbcProgrammeStore.open(StoreSettings.h2(dir.resolve("usa")))) {
            ProgrammeBook dza = open(dzaStore, DZA, "dza-1", fromDza);
            ProgrammeBook usa = open(usaStore, USA, "usa-1", fromUsa);
            held(dza);
            assertThat(usa.receive(DZA, fromDza)).isEmpty();
            fromDza.clear();

            // Algiers moves the item twice and hands it to another officer; the edits reach Washington out of order
            // and partly twice, so the first new due day may arrive after the second.
            dza.reschedule("DZA-A-1", LocalDate.of(2027, 5, 2), "The range is closed in April", "po");
            dza.reschedule("DZA-A-1", LocalDate.of(2027, 6, 1), "The ships are in refit in May", "po");
            dza.reassign("DZA-A-1", "Col. A. Benali", Optional.empty(), "po");
            for (long seed = 4; seed < 8; seed++) {
                assertThat(usa.receive(DZA, scrambled(fromDza, seed))).isEmpty();
                assertThat(usa.action("DZA-A-1")).isEqualTo(dza.action("DZA-A-1"));
            }
            var item = usa.action("DZA-A-1").orElseThrow();
            assertThat(item.due()).isEqualTo(LocalDate.of(2027, 6, 1));
            assertThat(item.assignee()).isEqualTo("Col. A. Benali");
            assertThat(item.history())
                    .extracting(io.jisr.programme.ActionChange::what)
                    .containsExactly(
                            "created, due 2027-04-01, assigned to Cdt S. Haddad",
                            "due 2027-04-01 -> 2027-05-02: The range is closed in April",
                            "due 2027-05-02 -> 2027-06-01: The ships are in refit in May",
                            "assignee Cdt S. Haddad -> Col. A. Benali");

            // Washington does not act on DZA's item, so it may not move it, nor hand it over.
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> usa.reschedule("DZA-A-1", LocalDate.of(2027, 7, 1), "later", "po"))
                    .isInstanceOf(ProgrammeRefusal.class)
                    .hasMessage("this node keeps the records of USA only, not action item DZA-A-1");
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> dza.reassign("DZA-A-1", "Capt. J. Smith", Optional.of(USA), "po"))
                    .isInstanceOf(ProgrammeRefusal.Conflict.class)
                    .hasMessage("action item DZA-A-1 is DZA's to act on; an item for USA is recorded by USA's node");
            assertThat(fromUsa).isEmpty();
        }
    }

    @Test
    void anEditWhoseReleaseFailed_isOfferedAgain_withTheNextChange_onRetry_andAfterARestart() {
        try (JdbcProgrammeStore dzaStore = JdbcProgrammeStore.open(StoreSettings.h2(dir.resolve("dza")));
                JdbcProgrammeStore usaStore = JdbcProgrammeStore.open(StoreSettings.h2(dir.resolve("usa")))) {
            // The federation store fails as many times as asked, then takes the edits.
            java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();
            java.util.function.Consumer<List<FieldEdit>> federation = edits -> {
                if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    throw new IllegalStateException("the released entries cannot be stored");
                }
                fromDza.addAll(edits);
            };
            ProgrammeBook dza = new ProgrammeBook(dzaStore, dzaStore, Optional.of(DZA), "dza-1", CLOCK, federation);
            ProgrammeBook usa = open(usaStore, USA, "usa-1", fromUsa);
            Meeting meeting = held(dza);
            assertThat(usa.receive(DZA, fromDza)).isEmpty();
            fromDza.clear();

            // The release fails: the change is made and shown here, counted, and nothing reached the partner.
            failures.set(1);
            dza.changeMeeting(meeting.id(), Optional.of("Oran, Naval base"), Optional.empty());
            assertThat(dza.meeting(meeting.id()).orElseThrow().place()).isEqualTo("Oran, Naval base");
            assertThat(fromDza).isEmpty();
            assertThat(dza.syncStatus().notOffered()).isEqualTo(1);
            assertThat(dza.syncStatus().offerFailures()).isEqualTo(1);
            assertThat(dza.syncStatus().lastOfferFailure()).isEqualTo("the released entries cannot be stored");

            // The periodic retry releases it; once released it is not offered again.
            dza.offerUnreleased();
            assertThat(fromDza).extracting(FieldEdit::value).containsExactly("Oran, Naval base");
            assertThat(dza.syncStatus().notOffered()).isZero();
            assertThat(usa.receive(DZA, fromDza)).isEmpty();
            assertThat(usa.meeting(meeting.id())).isEqualTo(dza.meeting(meeting.id()));
            fromDza.clear();
            dza.offerUnreleased();
            assertThat(fromDza).isEmpty();

            // Fails again; the next change carries the earlier edit with its own.
            failures.set(1);
            dza.changeMeeting(meeting.id(), Optional.empty(), Optional.of("Dates agreed."));
            assertThat(fromDza).isEmpty();
            dza.changeStatus("DZA-A-1", ActionStatus.IN_PROGRESS, "po");
            assertThat(fromDza).extracting(FieldEdit::value).contains("Dates agreed.", "IN_PROGRESS");
            assertThat(usa.receive(DZA, fromDza)).isEmpty();
            assertThat(usa.meeting(meeting.id())).isEqualTo(dza.meeting(meeting.id()));
            assertThat(usa.action("DZA-A-1")).isEqualTo(dza.action("DZA-A-1"));
            fromDza.clear();

            // Fails, and the node stops before any retry: the edit is still marked in the store, and the restarted
            // node offers it at start.
            failures.set(1);
            dza.reschedule("DZA-A-1", LocalDate.of(2027, 5, 2), "The range is closed in April", "po");
            assertThat(fromDza).isEmpty();
            ProgrammeBook restarted =
                    new ProgrammeBook(dzaStore, dzaStore, Optional.of(DZA), "dza-1", CLOCK, federation);
            assertThat(restarted.syncStatus().notOffered()).isEqualTo(2); // the due day and the history
            restarted.offerUnreleased();
            assertThat(fromDza).extracting(FieldEdit::value).contains("2027-05-02");
            assertThat(restarted.syncStatus().notOffered()).isZero();
            assertThat(usa.receive(DZA, fromDza)).isEmpty();
            assertThat(usa.action("DZA-A-1")).isEqualTo(restarted.action("DZA-A-1"));
            assertThat(usa.action("DZA-A-1").orElseThrow().due()).isEqualTo(LocalDate.of(2027, 5, 2));
        }
    }

    @Test
    void twoWritesWithTheSameStamp_giveTheGreaterValueOnBothWhateverTheOrder() {
        try (JdbcProgrammeStore dzaStore = JdbcProgrammeStore.open(StoreSettings.h2(dir.resolve("dza")));
                JdbcProgrammeStore usaStore = JdbcProgrammeStore.open(StoreSettings.h2(dir.resolve("usa")))) {
            ProgrammeBook dza = open(dzaStore, DZA, "dza-1", fromDza);
            ProgrammeBook usa = open(usaStore, USA, "usa-1", fromUsa);
            Meeting meeting = held(dza);
            usa.receive(DZA, fromDza);
            // A faulty USA node issued one stamp twice, for two different lists of attendees.
            Hlc same = new Hlc(CLOCK.millis() + 1_000, 0, "usa-1");
            FieldKey field = new FieldKey(MeetingFields.key(meeting), "side.USA.attendees");
            FieldEdit alpha = new FieldEdit(field, "12:Cdr K. Alpha3:USA", same, USA);
            FieldEdit bravo = new FieldEdit(field, "12:Cdr K. Bravo3:USA", same, USA);

            dza.receive(USA, List.of(alpha, bravo));
            usa.receive(USA, List.of(bravo, alpha));

            assertThat(dza.meeting(meeting.id()).orElseThrow().attendees())
                    .containsExactly(new Participant("Col. A. Benali", DZA), new Participant("Cdr K. Bravo", USA));
            assertThat(usa.meeting(meeting.id())).isEqualTo(dza.meeting(meeting.id()));
        }
    }

    @Test
    void editOfAFieldTheSideDoesNotWrite_isRefusedCountedAndNotApplied() {
        try (JdbcProgrammeStore dzaStore = JdbcProgrammeStore.open(StoreSettings.h2(dir.resolve("dza")))) {
            ProgrammeBook dza = open(dzaStore, DZA, "dza-1", fromDza);
            Meeting meeting = held(dza);
            FieldEdit place = new FieldEdit(
                    new FieldKey(MeetingFields.key(meeting), "place"),
                    "Norfolk",
                    new Hlc(CLOCK.millis() + 60_000, 0, "usa-1"),
                    USA);
            FieldEdit unknownKind = new FieldEdit(
                    new FieldKey(new RecordKey("case", USA, "USA-C-1"), "title"),
                    "Radios",
                    new Hlc(CLOCK.millis(), 0, "usa-1"),
                    USA);

            assertThat(dza.receive(USA, List.of(place, unknownKind)))
                    .containsExactly(
                            "USA may not edit place of meeting/DZA/DZA-M-1: it belongs to DZA, which owns the record",
                            "record kind case of case/USA/USA-C-1 is not exchanged yet");
            assertThat(dza.meeting(meeting.id())).contains(meeting);
            assertThat(dza.syncStatus().refused()).isEqualTo(2);
            assertThat(dza.syncStatus().applied()).isZero();
            assertThat(fromDza).noneMatch(e -> e.value().equals("Norfolk"));
        }
    }

    private static Hlc stampOf(String text) {
        String[] timeAndNode = text.split("@", 2);
        String[] parts = timeAndNode[0].split("\\.");
        return new Hlc(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), timeAndNode[1]);
    }
}
