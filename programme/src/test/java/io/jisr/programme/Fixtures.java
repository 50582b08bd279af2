package io.jisr.programme;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** Shared test records: an Algerian–French programme. */
final class Fixtures {
    static final Nation DZA = Nation.of("DZA");
    static final Nation FRA = Nation.of("FRA");
    static final Participant BENALI = new Participant("Col. A. Benali", DZA);
    static final Participant MARTIN = new Participant("CV C. Martin", FRA);
    static final Participant HADDAD = new Participant("Cdt S. Haddad", DZA);
    static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    private Fixtures() {}

    static Instrument mou() {
        return Instrument.draft(
                        "MOU-1",
                        DZA,
                        InstrumentKind.MEMORANDUM_OF_UNDERSTANDING,
                        "Memorandum on maritime security cooperation",
                        List.of(DZA, FRA),
                        Term.renewing(Period.ofYears(5), Period.ofYears(5), Period.ofMonths(6)))
                .signed(LocalDate.of(2021, 2, 10), LocalDate.of(2021, 3, 1));
    }

    static WorkingGroup maritimeGroup() {
        return new WorkingGroup(
                "WG-MAR",
                DZA,
                "Maritime security and SAR",
                List.of(BENALI, MARTIN),
                List.of(HADDAD),
                "Coordinate maritime surveillance, SAR and information sharing.");
    }

    static Meeting meeting() {
        return new Meeting(
                "M-3",
                DZA,
                "WG-MAR",
                "3rd session",
                ZonedDateTime.of(2026, 12, 3, 9, 30, 0, 0, ZoneId.of("Africa/Algiers")),
                Duration.ofHours(3),
                "Algiers, Naval HQ",
                List.of("Opening", "SAR exercise 2027", "AIS data sharing"),
                List.of(BENALI, MARTIN, HADDAD),
                "",
                List.of(
                        new Decision("D1", "Hold a joint SAR exercise in spring 2027"),
                        new Decision("D2", "Share AIS tracks under the agreement")));
    }

    static ActionItem action(String id, Nation side, String assignee, LocalDate due) {
        Meeting m = meeting();
        return ActionItem.fromDecision(id, side, m, m.decisions().get(0), "Action " + id, assignee, due, "officer", AT);
    }
}
