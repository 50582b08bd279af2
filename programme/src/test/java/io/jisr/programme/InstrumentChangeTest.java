package io.jisr.programme;

import static io.jisr.programme.Fixtures.DZA;
import static io.jisr.programme.Fixtures.FRA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstrumentChangeTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    private static Instrument fixed() {
        return Instrument.draft(
                        "IA-1",
                        DZA,
                        InstrumentKind.IMPLEMENTING_ARRANGEMENT,
                        "Arrangement",
                        List.of(DZA, FRA),
                        Term.fixed(Period.ofYears(2), Period.ofMonths(3)))
                .signed(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 2, 1));
    }

    @Test
    void sign_thenSignAgain_isAConflict() {
        Instrument draft = Instrument.draft(
                "L-1",
                DZA,
                InstrumentKind.LETTER,
                "Letter",
                List.of(DZA, FRA),
                Term.fixed(Period.ofYears(1), Period.ZERO));
        InstrumentChange sign = new InstrumentChange.Sign(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 1));
        assertThat(sign.conflict(draft, DAY)).isEmpty();
        Instrument signed = sign.applyTo(draft);
        assertThat(signed.status(DAY)).isEqualTo(InstrumentStatus.IN_FORCE);
        assertThat(sign.conflict(signed, DAY)).contains("instrument L-1 was already signed on 2026-01-05");
        assertThatThrownBy(() ->
                        new InstrumentChange.Sign(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1)).applyTo(draft))
                .hasMessageContaining("must not be before its signature");
    }

    @Test
    void denounce_aRenewingInstrument_stopsTheRenewal_butNotTwice_norAFixedTerm() {
        Instrument mou = Fixtures.mou(); // in force 2021-03-01, 5 years, renewed for 5, notice 6 months
        InstrumentChange denounce = new InstrumentChange.Denounce(LocalDate.of(2025, 9, 1));
        assertThat(denounce.conflict(mou, DAY)).isEmpty();
        Instrument denounced = denounce.applyTo(mou);
        assertThat(denounced.termEnd()).contains(LocalDate.of(2026, 3, 1));
        assertThat(denounce.conflict(denounced, DAY)).get().asString().contains("already denounced on 2025-09-01");
        assertThat(denounce.conflict(fixed(), DAY)).get().asString().contains("fixed term ending on 2027-02-01");
        assertThatThrownBy(() -> new InstrumentChange.Denounce(LocalDate.of(2021, 2, 1)).applyTo(mou))
                .hasMessageContaining("must not be before its entry into force 2021-03-01");
    }

    @Test
    void renew_prolongsAFixedTerm_orWithdrawsADenunciation_andRefusesWhatRenewsByItself() {
        Instrument arrangement = fixed();
        InstrumentChange renew = new InstrumentChange.Renew(Optional.of(Period.ofYears(3)));
        assertThat(renew.conflict(arrangement, DAY)).isEmpty();
        assertThat(renew.applyTo(arrangement).termEnd()).contains(LocalDate.of(2030, 2, 1));

        Instrument mou = Fixtures.mou();
        InstrumentChange withdraw = new InstrumentChange.Renew(Optional.empty());
        assertThat(withdraw.conflict(mou, DAY)).get().asString().contains("renews tacitly");
        Instrument denounced = mou.denouncedOn(LocalDate.of(2026, 8, 1));
        assertThat(withdraw.conflict(denounced, DAY)).isEmpty();
        assertThat(withdraw.applyTo(denounced).termEnd()).isEmpty();
        assertThatThrownBy(() -> renew.applyTo(denounced)).hasMessageContaining("renews by its own term");

        Instrument expired = arrangement;
        assertThat(renew.conflict(expired, LocalDate.of(2027, 2, 1)))
                .get()
                .asString()
                .contains("expired on 2027-02-01");
        assertThat(renew.conflict(
                        Instrument.draft("D", DZA, InstrumentKind.LETTER, "D", List.of(DZA, FRA), arrangement.term()),
                        DAY))
                .get()
                .asString()
                .contains("DRAFT");
    }

    @Test
    void terminate_onceAndNotAfterTheTermEnds_thenNothingElseChanges() {
        Instrument arrangement = fixed();
        InstrumentChange late = new InstrumentChange.Terminate(LocalDate.of(2027, 3, 1));
        assertThat(late.conflict(arrangement, DAY)).get().asString().contains("expires on 2027-02-01");
        InstrumentChange terminate = new InstrumentChange.Terminate(LocalDate.of(2026, 12, 31));
        assertThat(terminate.conflict(arrangement, DAY)).isEmpty();
        Instrument ended = terminate.applyTo(arrangement);
        assertThat(ended.status(LocalDate.of(2026, 12, 31))).isEqualTo(InstrumentStatus.TERMINATED);
        assertThat(terminate.conflict(ended, DAY)).get().asString().contains("already terminated on 2026-12-31");
        assertThat(new InstrumentChange.Renew(Optional.of(Period.ofYears(1))).conflict(ended, DAY))
                .isPresent();
        assertThat(new InstrumentChange.Amend(Term.fixed(Period.ofYears(5), Period.ZERO)).conflict(ended, DAY))
                .isPresent();
        assertThatThrownBy(() -> new InstrumentChange.Terminate(LocalDate.of(2025, 1, 1)).applyTo(arrangement))
                .hasMessageContaining("must not be before its entry into force");
    }

    @Test
    void amend_changesTheTerm_butNotToTheSameTerm() {
        Instrument arrangement = fixed();
        Term renewing = Term.renewing(Period.ofYears(2), Period.ofYears(1), Period.ofMonths(2));
        InstrumentChange amend = new InstrumentChange.Amend(renewing);
        Instrument amended = amend.applyTo(arrangement);
        assertThat(amended.term()).isEqualTo(renewing);
        assertThat(amended.termEnd()).isEmpty();
        assertThat(amend.conflict(amended, DAY)).contains("instrument IA-1 already has this term");
    }
}
