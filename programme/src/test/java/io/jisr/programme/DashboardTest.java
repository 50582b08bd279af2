package io.jisr.programme;

import static io.jisr.programme.Fixtures.DZA;
import static io.jisr.programme.Fixtures.FRA;
import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.programme.acquisition.AcquisitionCase;
import io.jisr.programme.acquisition.CaseStep;
import io.jisr.programme.acquisition.Milestone;
import io.jisr.programme.acquisition.StepKind;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DashboardTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @Test
    void of_collectsEachPanelForTheDay() {
        Instrument mou = Fixtures.mou();
        Instrument letter = Instrument.draft(
                        "L-2",
                        FRA,
                        InstrumentKind.LETTER,
                        "Letter on training",
                        List.of(DZA, FRA),
                        Term.fixed(Period.ofYears(1), Period.ZERO))
                .signed(LocalDate.of(2025, 12, 10), LocalDate.of(2025, 12, 10)); // ends 2026-12-10
        Instrument draft = Instrument.draft(
                "IA-3",
                DZA,
                InstrumentKind.IMPLEMENTING_ARRANGEMENT,
                "Draft IA",
                List.of(DZA, FRA),
                Term.fixed(Period.ofYears(1), Period.ZERO));
        Meeting soon = Fixtures.meeting(); // 2026-12-03
        Meeting past = new Meeting(
                "M-2",
                DZA,
                "WG-MAR",
                "2nd session",
                ZonedDateTime.of(2026, 6, 1, 9, 0, 0, 0, ZoneId.of("Europe/Paris")),
                soon.duration(),
                "Toulon",
                List.of(),
                List.of(),
                "",
                List.of());
        ActionItem overdue = Fixtures.action("A1", DZA, "Haddad", DAY.minusDays(1));
        ActionItem notYet = Fixtures.action("A2", FRA, "Martin", DAY);
        AcquisitionCase acquisition = AcquisitionCase.requested(
                        "AC-1",
                        DZA,
                        DZA,
                        FRA,
                        "Patrol vessels",
                        new CaseStep(StepKind.LETTER_OF_REQUEST, LocalDate.of(2025, 1, 5), "LOR-1"))
                .withMilestone(new Milestone("contract signature", LocalDate.of(2026, 10, 1), Optional.empty()))
                .withMilestone(new Milestone("first hull", LocalDate.of(2026, 12, 20), Optional.empty()))
                .withMilestone(new Milestone(
                        "design review", LocalDate.of(2026, 9, 1), Optional.of(LocalDate.of(2026, 9, 20))));
        ProgrammeRegister register = new ProgrammeRegister(
                List.of(mou, letter, draft),
                List.of(Fixtures.maritimeGroup()),
                List.of(past, soon),
                List.of(overdue, notYet),
                List.of(acquisition),
                List.of());

        Dashboard d = Dashboard.of(register, DAY, 30);

        assertThat(d.inForce()).extracting(Instrument::id).containsExactly("L-2", "MOU-1");
        assertThat(d.expiring()).extracting(Instrument::id).containsExactly("L-2");
        assertThat(d.denunciationDue()).isEmpty();
        assertThat(d.nextMeetings()).extracting(Meeting::id).containsExactly("M-3");
        assertThat(d.overdue()).containsOnlyKeys("Haddad");
        assertThat(d.lateMilestones()).extracting(cm -> cm.milestone().name()).containsExactly("contract signature");
        assertThat(d.comingMilestones()).extracting(cm -> cm.milestone().name()).containsExactly("first hull");

        Dashboard renewalSeason = Dashboard.of(register, LocalDate.of(2030, 8, 15), 30);
        assertThat(renewalSeason.denunciationDue()).extracting(Instrument::id).containsExactly("MOU-1");
    }
}
