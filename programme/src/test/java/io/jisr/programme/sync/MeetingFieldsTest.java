package io.jisr.programme.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.programme.Decision;
import io.jisr.programme.Meeting;
import io.jisr.programme.Nation;
import io.jisr.programme.Participant;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MeetingFieldsTest {
    private static final Nation DZA = Nation.of("DZA");
    private static final Nation FRA = Nation.of("FRA");
    private static final Participant BENALI = new Participant("Col. A. Benali", DZA);
    private static final Participant MARTIN = new Participant("CV C. Martin", FRA);

    private static Meeting meeting(String place, List<String> agenda, String minutes) {
        return new Meeting(
                "M-3",
                DZA,
                "WG-MAR",
                "3rd session",
                ZonedDateTime.of(2026, 12, 3, 9, 30, 0, 0, ZoneId.of("Africa/Algiers")),
                Duration.ofMinutes(150),
                place,
                agenda,
                List.of(BENALI),
                minutes,
                List.of(new Decision("D1", "Hold a joint SAR exercise"), new Decision("D2", "Share: AIS 12:30")));
    }

    /** Acceptance 2 in miniature: created in Algiers, updated on both nodes, the same meeting on both. */
    @Test
    void meetingCreatedOnOneNode_updatedOnTheOther_readsTheSameOnBoth() {
        Meeting created = meeting("Algiers", List.of("Opening"), "");
        Hlc algiers = Hlc.zero("dz-node").tick(1_000);
        Replica dz = Replica.empty().applyAll(MeetingFields.ownerEdits(Optional.empty(), created, algiers));
        RecordKey key = MeetingFields.key(created);

        Replica fr = Replica.empty().merge(dz);
        Hlc paris = Hlc.zero("fr-node").observe(fr.latestStamp().orElseThrow(), 1_005);
        fr = fr.apply(MeetingFields.partnerAttendees(key, FRA, List.of(MARTIN), paris))
                .replica();

        Meeting moved = created.recorded("Agreed on both items.", created.decisions());
        moved = new Meeting(
                moved.id(),
                DZA,
                moved.workingGroupId(),
                moved.title(),
                moved.start(),
                moved.duration(),
                "Algiers, Naval HQ",
                moved.agenda(),
                moved.attendees(),
                moved.minutes(),
                moved.decisions());
        algiers = algiers.tick(1_010);
        List<FieldEdit> edits = MeetingFields.ownerEdits(Optional.of(created), moved, algiers);
        assertThat(edits).extracting(e -> e.field().field()).containsExactlyInAnyOrder("place", "minutes");
        dz = dz.applyAll(edits);

        Replica dzAfter = dz.merge(fr);
        Replica frAfter = fr.merge(dz);
        Meeting onDz = MeetingFields.read(dzAfter, key).orElseThrow();
        Meeting onFr = MeetingFields.read(frAfter, key).orElseThrow();
        assertThat(onDz).isEqualTo(onFr);
        assertThat(onDz.place()).isEqualTo("Algiers, Naval HQ");
        assertThat(onDz.minutes()).isEqualTo("Agreed on both items.");
        assertThat(onDz.attendees()).containsExactly(BENALI, MARTIN);
    }

    @Test
    void read_beforeTheOwnerFieldsArrive_isEmpty() {
        RecordKey key = new RecordKey("meeting", DZA, "M-9");
        Replica onlyPartner = Replica.empty()
                .apply(MeetingFields.partnerAttendees(key, FRA, List.of(MARTIN), Hlc.zero("fr")))
                .replica();
        assertThat(MeetingFields.read(onlyPartner, key)).isEmpty();
    }

    @Test
    void split_refusesABrokenList_namingTheField() {
        RecordKey key = new RecordKey("meeting", DZA, "M-9");
        assertThatThrownBy(() -> MeetingFields.split(key, "agenda", "5:abc"))
                .hasMessage("meeting meeting/DZA/M-9 field agenda is not a length-prefixed list at character 0");
    }

    @Property(tries = 200)
    void ownerFields_roundTripThroughAReplica(
            @ForAll("texts") String place, @ForAll("lists") List<String> agenda, @ForAll("texts") String minutes) {
        Meeting m = meeting(place, agenda, minutes);
        Replica replica = Replica.empty().applyAll(MeetingFields.ownerEdits(Optional.empty(), m, Hlc.zero("dz")));
        assertThat(MeetingFields.read(replica, MeetingFields.key(m))).contains(m);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withChars("ab:12 \n")
                .withChars('é', 'ش')
                .ofMinLength(1)
                .ofMaxLength(40)
                .filter(s -> !s.isBlank())
                .map(String::strip);
    }

    @Provide
    Arbitrary<List<String>> lists() {
        return texts().list().ofMaxSize(5);
    }
}
