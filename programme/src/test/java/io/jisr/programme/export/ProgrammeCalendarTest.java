package io.jisr.programme.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.programme.ActionItem;
import io.jisr.programme.ActionStatus;
import io.jisr.programme.Decision;
import io.jisr.programme.Meeting;
import io.jisr.programme.Nation;
import io.jisr.programme.Participant;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ProgrammeCalendarTest {
    private static final Nation DZA = Nation.of("DZA");
    private static final Instant NOW = Instant.parse("2026-11-26T08:15:00Z");
    private static final ProgrammeCalendar CALENDAR = new ProgrammeCalendar("dz.jisr.example");

    static Meeting meeting(String title, String place, List<String> agenda) {
        return new Meeting(
                "M-3",
                DZA,
                "WG-MAR",
                title,
                ZonedDateTime.of(2026, 12, 3, 9, 30, 0, 0, ZoneId.of("Africa/Algiers")),
                Duration.ofHours(3),
                place,
                agenda,
                List.of(new Participant("Col. A. Benali", DZA)),
                "",
                List.of(new Decision("D1", "Exercise")));
    }

    @Test
    void write_meetingAndAction_parseStrictlyWithTheExpectedValues() {
        Meeting m = meeting("3rd session; SAR, AIS", "Algiers, Naval HQ", List.of("Opening", "SAR exercise 2027"));
        ActionItem a = ActionItem.fromDecision(
                        "A1",
                        DZA,
                        m,
                        m.decisions().get(0),
                        "Draft the exercise plan",
                        "Cdt S. Haddad",
                        LocalDate.of(2027, 1, 15),
                        "benali",
                        NOW)
                .withStatus(ActionStatus.IN_PROGRESS, "haddad", NOW);

        StrictICalendarParser.Component cal = StrictICalendarParser.parse(CALENDAR.write(List.of(m), List.of(a), NOW));

        assertThat(cal.name()).isEqualTo("VCALENDAR");
        assertThat(cal.one("VERSION")).isEqualTo("2.0");
        assertThat(cal.one("PRODID")).isEqualTo("-//Jisr//Programme register//EN");
        assertThat(cal.children())
                .extracting(StrictICalendarParser.Component::name)
                .containsExactly("VEVENT", "VTODO");
        StrictICalendarParser.Component event = cal.children().get(0);
        assertThat(event.one("UID")).isEqualTo("meeting-M-3@dz.jisr.example");
        assertThat(event.one("DTSTAMP")).isEqualTo("20261126T081500Z");
        assertThat(event.one("DTSTART")).isEqualTo("20261203T083000Z"); // 09:30 in Algiers is UTC+1
        assertThat(event.one("DTEND")).isEqualTo("20261203T113000Z");
        assertThat(event.one("SUMMARY")).isEqualTo("3rd session; SAR, AIS");
        assertThat(event.one("LOCATION")).isEqualTo("Algiers, Naval HQ");
        assertThat(event.one("DESCRIPTION"))
                .isEqualTo("Local time: 2026-12-03 09:30 Africa/Algiers\nAgenda:\n1. Opening\n2. SAR exercise 2027");
        StrictICalendarParser.Component todo = cal.children().get(1);
        assertThat(todo.one("UID")).isEqualTo("action-A1@dz.jisr.example");
        assertThat(todo.all("DUE").get(0).parameters()).containsEntry("VALUE", "DATE");
        assertThat(todo.one("DUE")).isEqualTo("20270115");
        assertThat(todo.one("STATUS")).isEqualTo("IN-PROCESS");
        assertThat(todo.one("DESCRIPTION")).isEqualTo("Owner: Cdt S. Haddad (DZA)\nMeeting: M-3, decision D1");
    }

    @Test
    void line_foldsAt75OctetsWithoutSplittingACharacter() {
        StringBuilder out = new StringBuilder();
        ProgrammeCalendar.line(out, "SUMMARY:" + "é".repeat(40)); // 8 + 80 octets
        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0].getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(74); // 8 + 33 × 2
        assertThat(lines[1]).startsWith(" é");
    }

    @Test
    void text_escapesTheFourSpecials() {
        assertThat(ProgrammeCalendar.text("a\\b;c,d\r\ne\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }

    @Test
    void parser_rejectsWhatItClaimsToCheck() {
        assertThatThrownBy(() -> StrictICalendarParser.parse("BEGIN:VCALENDAR\nEND:VCALENDAR\r\n"))
                .hasMessageContaining("bare LF");
        assertThatThrownBy(() -> StrictICalendarParser.parse(
                        "BEGIN:VCALENDAR\r\nSUMMARY:" + "x".repeat(70) + "\r\nEND:VCALENDAR\r\n"))
                .hasMessageContaining("octets");
        assertThatThrownBy(() -> StrictICalendarParser.parse("BEGIN:VCALENDAR\r\nSUMMARY:a,b\r\nEND:VCALENDAR\r\n"))
                .hasMessageContaining("unescaped ','");
        assertThatThrownBy(() -> StrictICalendarParser.parse("BEGIN:VCALENDAR\r\nEND:VEVENT\r\n"))
                .hasMessageContaining("does not close VCALENDAR");
    }

    @Test
    void constructor_refusesABadDomain() {
        assertThatThrownBy(() -> new ProgrammeCalendar("a b"))
                .hasMessage("calendar UID domain must be a host name, was a b");
    }

    /** Any title and place — French, Arabic, emoji, specials, long — survive folding and escaping exactly. */
    @Property(tries = 300)
    void write_anyText_roundTripsThroughTheStrictParser(
            @ForAll("texts") String title, @ForAll("texts") String place, @ForAll("texts") String agendaItem) {
        Meeting m = meeting(title, place, List.of(agendaItem));
        StrictICalendarParser.Component event = StrictICalendarParser.parse(CALENDAR.write(List.of(m), List.of(), NOW))
                .children()
                .get(0);
        assertThat(event.one("SUMMARY")).isEqualTo(m.title());
        assertThat(event.one("LOCATION")).isEqualTo(m.place());
        assertThat(event.one("DESCRIPTION")).endsWith("\n1. " + m.agenda().get(0));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withChars("aé,;\\:\" ")
                .withChars('\n', 'é', 'ç', 'ش', 'ر', 'ك', '€')
                .ofMinLength(1)
                .ofMaxLength(200)
                .filter(s -> !s.isBlank());
    }
}
