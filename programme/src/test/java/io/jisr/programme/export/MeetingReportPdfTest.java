package io.jisr.programme.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.programme.ActionItem;
import io.jisr.programme.ActionStatus;
import io.jisr.programme.Decision;
import io.jisr.programme.Meeting;
import io.jisr.programme.Nation;
import io.jisr.programme.Participant;
import io.jisr.programme.WorkingGroup;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MeetingReportPdfTest {
    private static final Nation DZA = Nation.of("DZA");
    private static final Nation FRA = Nation.of("FRA");
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 20);
    private static final Participant BENALI = new Participant("Col. A. Benali", DZA);
    private static final Participant MARTIN = new Participant("CV C. Martin", FRA);
    private static final WorkingGroup GROUP = new WorkingGroup(
            "WG-MAR", DZA, "Maritime security and SAR", List.of(BENALI, MARTIN), List.of(), "Coordinate SAR.");

    private static Meeting meeting(String minutes) {
        return new Meeting(
                "M-3",
                DZA,
                "WG-MAR",
                "3rd session (Algiers)",
                ZonedDateTime.of(2026, 12, 3, 9, 30, 0, 0, ZoneId.of("Africa/Algiers")),
                Duration.ofHours(3),
                "Algiers, Naval HQ",
                List.of("Opening", "Exercice SAR 2027 : coopération"),
                List.of(BENALI, MARTIN),
                minutes,
                List.of(new Decision("D1", "Hold a joint SAR exercise"), new Decision("D2", "Share AIS")));
    }

    private static ActionItem action(Meeting m, String id, String assignee, Nation side, LocalDate due) {
        return ActionItem.fromDecision(id, side, m, m.decisions().get(0), "Task " + id, assignee, due, "x", AT);
    }

    @Test
    void render_isAValidPdfWithTheMeetingsText_andOverdueHighlighted() {
        Meeting m = meeting("Opened by both co-chairs.\nCosts \\ budget (2027) noted; 5 € per item.");
        ActionItem overdue = action(m, "A1", "Cdt S. Haddad", DZA, LocalDate.of(2026, 12, 15));
        ActionItem done = action(m, "A2", "CV C. Martin", FRA, LocalDate.of(2026, 12, 10))
                .withStatus(ActionStatus.DONE, "martin", AT);
        ActionItem later = action(m, "A3", "Col. A. Benali", DZA, LocalDate.of(2027, 2, 1));

        PdfReader pdf = new PdfReader(
                MeetingReportPdf.render(new MeetingReport(GROUP, m, List.of(overdue, done, later), AS_OF)));

        assertThat(pdf.pageTexts).hasSize(1);
        assertThat(pdf.size).isEqualTo(7); // free entry, catalog, pages, two fonts, one page and its content
        assertThat(pdf.object(3)).contains("/BaseFont /Helvetica ").contains("/Encoding /WinAnsiEncoding");
        assertThat(pdf.object(4)).contains("/BaseFont /Helvetica-Bold ");
        String text = pdf.pageTexts.get(0);
        assertThat(text)
                .contains("Maritime security and SAR\n3rd session (Algiers)\n2026-12-03 09:30 (Africa/Algiers), "
                        + "Algiers, Naval HQ\n")
                .contains("Agenda\n1. Opening\n2. Exercice SAR 2027 : coopération\n")
                .contains("Attendees\nCol. A. Benali (DZA)\nCV C. Martin (FRA)\n")
                .contains("Opened by both co-chairs.\nCosts \\ budget (2027) noted; 5 € per item.\n")
                .contains("Decisions\nD1: Hold a joint SAR exercise\nD2: Share AIS\n")
                .contains("OVERDUE  A1 [D1] Task A1 - owner: Cdt S. Haddad (DZA), due 2026-12-15, OPEN\n")
                .contains("A2 [D1] Task A2 - owner: CV C. Martin (FRA), due 2026-12-10, DONE\n")
                .contains("A3 [D1] Task A3 - owner: Col. A. Benali (DZA), due 2027-02-01, OPEN\n")
                .contains("Page 1 of 1\n")
                .doesNotContain("OVERDUE  A2")
                .doesNotContain("OVERDUE  A3");
        String stream = pdf.contentStreams.get(0);
        assertThat(stream).contains("0.8 0 0 rg\nBT /F2 10 Tf 60 ");
        int overdueLine = stream.indexOf("(OVERDUE  A1");
        assertThat(stream.lastIndexOf("rg\n", overdueLine))
                .isEqualTo(stream.lastIndexOf("0.8 0 0 rg\n", overdueLine) + 8);
        assertThat(stream).contains("(Costs \\\\ budget \\(2027\\) noted; 5 \\200 per item.) Tj");
    }

    @Test
    void render_manyActions_breaksIntoPagesCountedInTheTree() {
        Meeting m = meeting("");
        List<ActionItem> actions = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            actions.add(action(m, "A" + i, "Officer " + i, DZA, LocalDate.of(2027, 1, 1)));
        }
        PdfReader pdf = new PdfReader(MeetingReportPdf.render(new MeetingReport(GROUP, m, actions, AS_OF)));
        int pages = pdf.pageTexts.size();
        assertThat(pages).isGreaterThan(1);
        assertThat(pdf.size).isEqualTo(5 + 2 * pages);
        assertThat(pdf.pageTexts.get(pages - 1))
                .contains("A120 [D1] Task A120")
                .contains("Page " + pages + " of " + pages);
        assertThat(String.join("", pdf.pageTexts)).contains("A60 [D1] Task A60 - owner: Officer 60 (DZA)");
    }

    @Test
    void literal_escapesParenthesesAndBackslash_andReplacesWhatWinAnsiLacks() {
        assertThat(MeetingReportPdf.literal("a(b)c\\d")).isEqualTo("(a\\(b\\)c\\\\d)");
        assertThat(MeetingReportPdf.literal("été œ ’")).isEqualTo("(\\351t\\351 \\234 \\222)");
        assertThat(MeetingReportPdf.literal("بحر 😀")).isEqualTo("(??? ?)");
    }

    /** Whatever the minutes say, the file stays structurally valid and the Latin text comes back exactly. */
    @Property(tries = 100)
    void render_anyMinutes_staysValidAndReadable(@ForAll("minutes") String minutes) {
        Meeting m = meeting(minutes);
        PdfReader pdf = new PdfReader(MeetingReportPdf.render(new MeetingReport(GROUP, m, List.of(), AS_OF)));
        String all = String.join("", pdf.pageTexts).replace("\n", "");
        for (String word : minutes.split("[\\s]+")) {
            assertThat(all).contains(word);
        }
    }

    @Provide
    Arbitrary<String> minutes() {
        return Arbitraries.strings().withChars("abcXYZ()\\é€ ").withChars('\n').ofMaxLength(600);
    }
}
