package io.jisr.programme.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.programme.Nation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplicaTest {
    private static final Nation DZA = Nation.of("DZA");
    private static final Nation FRA = Nation.of("FRA");
    private static final RecordKey MEETING = new RecordKey("meeting", DZA, "M-3");

    @Test
    void meetingCreatedOnOneNode_updatedOnBoth_converges() {
        Hlc algiers = Hlc.zero("dz-node");
        Hlc paris = Hlc.zero("fr-node");

        algiers = algiers.tick(1_000);
        Replica dz = Replica.empty()
                .apply(new FieldEdit(new FieldKey(MEETING, "title"), "3rd session", algiers, DZA))
                .replica();
        algiers = algiers.tick(1_001);
        dz = dz.apply(new FieldEdit(new FieldKey(MEETING, "place"), "Algiers", algiers, DZA))
                .replica();

        Replica fr = Replica.empty().merge(dz); // the meeting reaches Paris
        paris = paris.observe(fr.latestStamp().orElseThrow(), 900); // Paris's wall clock is behind
        paris = paris.tick(905);
        Replica.ApplyOutcome refused = fr.apply(new FieldEdit(new FieldKey(MEETING, "place"), "Toulon", paris, FRA));
        assertThat(refused.refusal())
                .contains("FRA may not edit place of meeting/DZA/M-3: it belongs to DZA, which owns the record");
        fr = fr.apply(new FieldEdit(new FieldKey(MEETING, "side.FRA.attendees"), "CV C. Martin", paris, FRA))
                .replica();
        assertThat(paris.physicalMillis()).isEqualTo(1_001); // ordered after what it saw despite the clock

        algiers = algiers.tick(1_002);
        dz = dz.apply(new FieldEdit(new FieldKey(MEETING, "place"), "Algiers, Naval HQ", algiers, DZA))
                .replica();

        Replica dzAfter = dz.merge(fr);
        Replica frAfter = fr.merge(dz);
        assertThat(dzAfter).isEqualTo(frAfter);
        assertThat(dzAfter.record(MEETING))
                .isEqualTo(Map.of(
                        "title", "3rd session",
                        "place", "Algiers, Naval HQ",
                        "side.FRA.attendees", "CV C. Martin"));
    }

    @Test
    void sideScopedField_isRefusedToTheOwner() {
        FieldEdit edit = new FieldEdit(new FieldKey(MEETING, "side.FRA.attendees"), "x", Hlc.zero("n"), DZA);
        assertThat(Replica.check(edit))
                .isEqualTo(new EditDecision.Refused(
                        "DZA may not edit side.FRA.attendees of meeting/DZA/M-3: it is set aside for FRA"));
    }

    @Test
    void replicaFromAPeer_withACellWrittenByTheWrongSide_isRefused() {
        FieldKey place = new FieldKey(MEETING, "place");
        assertThatThrownBy(() -> new Replica(Map.of(place, new Stamped("Toulon", Hlc.zero("fr"), FRA))))
                .hasMessage("cell meeting/DZA/M-3#place was written by FRA but only DZA may write it");
    }

    @Test
    void fieldKey_refusesAnUnassignedSideScope() {
        assertThatThrownBy(() -> new FieldKey(MEETING, "side.XYZ.note"))
                .hasMessage("nation must be an ISO 3166-1 alpha-3 code such as DZA, was \"XYZ\"");
    }
}
