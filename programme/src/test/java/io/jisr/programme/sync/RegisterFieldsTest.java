package io.jisr.programme.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.programme.DocumentRef;
import io.jisr.programme.Instrument;
import io.jisr.programme.InstrumentChange;
import io.jisr.programme.InstrumentKind;
import io.jisr.programme.Nation;
import io.jisr.programme.Participant;
import io.jisr.programme.Term;
import io.jisr.programme.WorkingGroup;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Working groups and instruments as replica fields: round trips, changes as edits, and the ownership rule. */
class RegisterFieldsTest {
    private static final Nation DZA = Nation.of("DZA");
    private static final Nation FRA = Nation.of("FRA");

    @Test
    void workingGroup_roundTrips_andOnlyItsOwnerWritesIt() {
        WorkingGroup group = new WorkingGroup(
                "DZA-WG-1",
                DZA,
                "Maritime security: SAR, « exercices »",
                List.of(new Participant("Col. A. Benali", DZA), new Participant("CV C. Martin", FRA)),
                List.of(new Participant("Cdt S. Haddad", DZA)),
                "Meets twice a year; 3:2 quorum.");
        Replica replica = Replica.empty()
                .applyAll(WorkingGroupFields.edits(
                        Optional.empty(), group, Hlc.zero("dz").tick(1)));
        assertThat(WorkingGroupFields.read(replica, WorkingGroupFields.key(group)))
                .contains(group);

        FieldEdit byParis = new FieldEdit(
                new FieldKey(WorkingGroupFields.key(group), "name"),
                "Renamed",
                Hlc.zero("fr").tick(2),
                FRA);
        assertThat(replica.apply(byParis).refusal())
                .contains("FRA may not edit name of group/DZA/DZA-WG-1: it belongs to DZA, which owns the record");
    }

    @Test
    void instrument_roundTripsThroughEveryChange_eachAFewFieldEdits() {
        Instrument draft = Instrument.draft(
                        "DZA-I-2",
                        DZA,
                        InstrumentKind.IMPLEMENTING_ARRANGEMENT,
                        "Arrangement: SAR exercises",
                        List.of(DZA, FRA),
                        Term.fixed(Period.ofYears(2), Period.ofMonths(3)))
                .linked(Optional.of("DZA-I-1"), List.of("AGR-1", "AGR-2"));
        Hlc clock = Hlc.zero("dz");
        clock = clock.tick(1);
        Replica replica = Replica.empty().applyAll(InstrumentFields.edits(Optional.empty(), draft, clock));
        assertThat(InstrumentFields.read(replica, InstrumentFields.key(draft))).contains(draft);

        Instrument current = draft;
        List<InstrumentChange> changes = List.of(
                new InstrumentChange.Sign(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 2, 1)),
                new InstrumentChange.Renew(Optional.of(Period.ofYears(1))),
                new InstrumentChange.Amend(Term.renewing(Period.ofYears(3), Period.ofYears(1), Period.ofMonths(2))),
                new InstrumentChange.Denounce(LocalDate.of(2026, 6, 1)),
                new InstrumentChange.Terminate(LocalDate.of(2026, 12, 31)));
        for (InstrumentChange change : changes) {
            Instrument next = change.applyTo(current);
            clock = clock.tick(clock.physicalMillis() + 1);
            List<FieldEdit> edits = InstrumentFields.edits(Optional.of(current), next, clock);
            assertThat(edits).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            if (!(change instanceof InstrumentChange.Amend) && !(change instanceof InstrumentChange.Renew)) {
                // The dates travel as one field: a partner never holds half of a change's dates.
                assertThat(edits).extracting(e -> e.field().field()).containsExactly("dates");
            }
            replica = replica.applyAll(edits);
            assertThat(InstrumentFields.read(replica, InstrumentFields.key(next)))
                    .contains(next);
            current = next;
        }
        Instrument withText = current.withText(
                DocumentRef.of("mou.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        replica = replica.applyAll(InstrumentFields.edits(Optional.of(current), withText, clock.tick(10_000)));
        assertThat(InstrumentFields.read(replica, InstrumentFields.key(withText)))
                .contains(withText);
    }
}
