package io.jisr.programme;

import static io.jisr.programme.Fixtures.DZA;
import static io.jisr.programme.Fixtures.FRA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class InstrumentTest {

    @Test
    void status_followsTheDates() {
        Instrument draft = Instrument.draft(
                "MOU-1",
                DZA,
                InstrumentKind.MEMORANDUM_OF_UNDERSTANDING,
                "MoU",
                List.of(DZA, FRA),
                Term.fixed(Period.ofYears(2), Period.ofMonths(3)));
        assertThat(draft.status(LocalDate.of(2030, 1, 1))).isEqualTo(InstrumentStatus.DRAFT);
        Instrument signed = draft.signed(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 2, 1));
        assertThat(signed.status(LocalDate.of(2024, 1, 9))).isEqualTo(InstrumentStatus.DRAFT);
        assertThat(signed.status(LocalDate.of(2024, 1, 10))).isEqualTo(InstrumentStatus.SIGNED);
        assertThat(signed.status(LocalDate.of(2024, 2, 1))).isEqualTo(InstrumentStatus.IN_FORCE);
        assertThat(signed.status(LocalDate.of(2026, 1, 31))).isEqualTo(InstrumentStatus.IN_FORCE);
        assertThat(signed.status(LocalDate.of(2026, 2, 1))).isEqualTo(InstrumentStatus.EXPIRED);
        Instrument terminated = signed.terminatedOn(LocalDate.of(2025, 6, 1));
        assertThat(terminated.status(LocalDate.of(2025, 5, 31))).isEqualTo(InstrumentStatus.IN_FORCE);
        assertThat(terminated.status(LocalDate.of(2025, 6, 1))).isEqualTo(InstrumentStatus.TERMINATED);
    }

    @Test
    void tacitRenewal_withoutDenunciation_staysInForceAndIsNotExpiring() {
        Instrument mou = Fixtures.mou(); // in force 2021-03-01, 5 years, renewed for 5, notice 6 months
        assertThat(mou.isInForce(LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(mou.isInForce(LocalDate.of(2040, 1, 1))).isTrue();
        assertThat(mou.isExpiringWithin(LocalDate.of(2026, 2, 1), 60)).isFalse();
        assertThat(mou.currentTermEnd(LocalDate.of(2026, 2, 28))).contains(LocalDate.of(2026, 3, 1));
        assertThat(mou.currentTermEnd(LocalDate.of(2026, 3, 1))).contains(LocalDate.of(2031, 3, 1));
        assertThat(mou.denunciationDeadline(LocalDate.of(2026, 11, 26))).contains(LocalDate.of(2030, 9, 1));
    }

    @Test
    void denunciation_inTime_endsTheRunningTerm_late_endsTheNext() {
        Instrument mou = Fixtures.mou();
        Instrument inTime = mou.denouncedOn(LocalDate.of(2025, 9, 1)); // exactly 6 months before 2026-03-01
        assertThat(inTime.termEnd()).contains(LocalDate.of(2026, 3, 1));
        assertThat(inTime.status(LocalDate.of(2026, 2, 28))).isEqualTo(InstrumentStatus.IN_FORCE);
        assertThat(inTime.status(LocalDate.of(2026, 3, 1))).isEqualTo(InstrumentStatus.EXPIRED);
        assertThat(inTime.isExpiringWithin(LocalDate.of(2026, 2, 1), 28)).isTrue();
        assertThat(inTime.isExpiringWithin(LocalDate.of(2026, 2, 1), 27)).isFalse();
        Instrument late = mou.denouncedOn(LocalDate.of(2025, 9, 2));
        assertThat(late.termEnd()).contains(LocalDate.of(2031, 3, 1));
        assertThat(late.isInForce(LocalDate.of(2030, 12, 31))).isTrue();
    }

    @Test
    void leapDayEntryIntoForce_termsDoNotDrift() {
        Term term = Term.renewing(Period.ofYears(1), Period.ofYears(1), Period.ofMonths(1));
        LocalDate leap = LocalDate.of(2024, 2, 29);
        assertThat(term.endOfTerm(leap, 0)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(term.endOfTerm(leap, 3)).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void constructor_refusesEntryIntoForceBeforeSignature_namingTheDates() {
        Instrument draft = Fixtures.mou();
        assertThatThrownBy(() -> draft.signed(LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("instrument MOU-1 entry into force 2024-05-01 must not be before its signature 2024-05-02");
    }

    @Test
    void constructor_refusesAnOwnerThatIsNotAParty() {
        assertThatThrownBy(() -> Instrument.draft(
                        "L-1",
                        Nation.of("ESP"),
                        InstrumentKind.LETTER,
                        "Letter",
                        List.of(DZA, FRA),
                        Term.fixed(Period.ofYears(1), Period.ZERO)))
                .hasMessage("instrument L-1 owning side ESP must be one of its parties [DZA, FRA]");
    }

    @Test
    void nation_refusesUnassignedCodes() {
        assertThatThrownBy(() -> Nation.of("XYZ"))
                .hasMessage("nation must be an ISO 3166-1 alpha-3 code such as DZA, was \"XYZ\"");
    }

    @Test
    void documentRef_computesSha256() {
        DocumentRef ref = DocumentRef.of("mou.pdf", "application/pdf", "abc".getBytes());
        assertThat(ref.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThatThrownBy(() -> new DocumentRef("../mou.pdf", ref.sha256(), "application/pdf"))
                .hasMessageStartingWith("document file name must be a plain name");
    }

    /**
     * In force on a day exactly when, walking the terms one by one from entry into force, the day falls in a
     * term that started before any timely denunciation took effect — an independent restatement of the rule.
     */
    @Property(tries = 300)
    void isInForce_agreesWithWalkingTheTerms(
            @ForAll @IntRange(min = 0, max = 3000) int eifOffset,
            @ForAll @IntRange(min = 1, max = 60) int initialMonths,
            @ForAll @IntRange(min = 0, max = 60) int renewalMonths,
            @ForAll @IntRange(min = 0, max = 12) int noticeMonths,
            @ForAll @IntRange(min = -1, max = 6000) int denounceOffset,
            @ForAll @IntRange(min = 0, max = 9000) int dayOffset) {
        LocalDate base = LocalDate.of(2015, 1, 1);
        LocalDate eif = base.plusDays(eifOffset);
        Term term = renewalMonths == 0
                ? Term.fixed(Period.ofMonths(initialMonths), Period.ofMonths(noticeMonths))
                : Term.renewing(
                        Period.ofMonths(initialMonths), Period.ofMonths(renewalMonths), Period.ofMonths(noticeMonths));
        Instrument i = Fixtures.mou().signed(eif, eif);
        i = new Instrument(
                i.id(),
                i.owningSide(),
                i.kind(),
                i.title(),
                i.parties(),
                i.parentId(),
                i.signed(),
                i.entryIntoForce(),
                term,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of());
        if (denounceOffset >= 0) {
            i = i.denouncedOn(eif.plusDays(denounceOffset));
        }
        LocalDate day = base.plusDays(dayOffset);

        boolean expected = false;
        if (!day.isBefore(eif)) {
            LocalDate end = eif.plusMonths(initialMonths);
            int k = 0;
            while (true) {
                if (day.isBefore(end)) {
                    expected = true;
                    break;
                }
                boolean stopped = renewalMonths == 0
                        || (denounceOffset >= 0
                                && !eif.plusDays(denounceOffset).isAfter(end.minusMonths(noticeMonths)));
                if (stopped) {
                    break;
                }
                k++;
                end = eif.plusMonths(initialMonths + (long) renewalMonths * k);
            }
        }
        assertThat(i.isInForce(day))
                .as("in force on %s (from %s, %s)", day, eif, term)
                .isEqualTo(expected);
    }
}
