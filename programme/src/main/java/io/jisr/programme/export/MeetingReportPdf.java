package io.jisr.programme.export;

import io.jisr.programme.ActionItem;
import io.jisr.programme.Decision;
import io.jisr.programme.Meeting;
import io.jisr.programme.Participant;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the report of a working-group meeting as a PDF 1.7 file: title, date and place, agenda, attendees,
 * minutes, decisions and action items with owner and due day, overdue items in bold red. A4 pages, as many
 * as the text needs.
 */
public final class MeetingReportPdf {
    /*
     * Implementation note (PDF 1.7, ISO 32000-1): the file is header, objects, cross-reference table and
     * trailer (7.5). Each stream's data is followed by an end-of-line that /Length does not count (7.3.8.1). Objects: 1 the catalog (7.7.2), 2 the page tree (7.7.3.2), 3 and 4 the standard Type 1
     * fonts Helvetica and Helvetica-Bold (9.6.2.2, which every reader provides, so nothing is embedded) with
     * WinAnsiEncoding (Annex D), then for each page a page object and its content stream. Text is shown with
     * BT/Tf/Td/Tj/ET (9.4); strings are literal strings (7.3.4.2) with '(', ')' and '\' escaped, bytes of 128
     * and above written as octal escapes so the file body stays ASCII. The xref table has one 20-byte entry
     * per object with its byte offset (7.5.4); the trailer gives /Size and /Root and startxref the table's
     * offset (7.5.5).
     *
     * WinAnsiEncoding covers Latin-1 and a few extra signs (euro, typographic quotes, dashes, OE ligature),
     * so English and French print fully. Any other character — Arabic among them — prints as '?': showing it
     * would need an embedded font with a CID encoding and, for Arabic, shaping and right-to-left ordering,
     * which this writer does not do.
     */
    private static final int PAGE_WIDTH = 595;
    private static final int PAGE_HEIGHT = 842;
    private static final int MARGIN = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<Integer, Integer> WIN_ANSI_EXTRA = Map.ofEntries(
            Map.entry(0x20AC, 0x80),
            Map.entry(0x201A, 0x82),
            Map.entry(0x0192, 0x83),
            Map.entry(0x201E, 0x84),
            Map.entry(0x2026, 0x85),
            Map.entry(0x2020, 0x86),
            Map.entry(0x2021, 0x87),
            Map.entry(0x02C6, 0x88),
            Map.entry(0x2030, 0x89),
            Map.entry(0x0160, 0x8A),
            Map.entry(0x2039, 0x8B),
            Map.entry(0x0152, 0x8C),
            Map.entry(0x017D, 0x8E),
            Map.entry(0x2018, 0x91),
            Map.entry(0x2019, 0x92),
            Map.entry(0x201C, 0x93),
            Map.entry(0x201D, 0x94),
            Map.entry(0x2022, 0x95),
            Map.entry(0x2013, 0x96),
            Map.entry(0x2014, 0x97),
            Map.entry(0x02DC, 0x98),
            Map.entry(0x2122, 0x99),
            Map.entry(0x0161, 0x9A),
            Map.entry(0x203A, 0x9B),
            Map.entry(0x0153, 0x9C),
            Map.entry(0x017E, 0x9E),
            Map.entry(0x0178, 0x9F));

    /** One line of laid-out text. */
    private record Line(String text, boolean bold, int size, boolean red, int indent) {}

    private MeetingReportPdf() {}

    /** Renders the report as the bytes of a PDF file. */
    public static byte[] render(MeetingReport report) {
        List<Line> lines = layout(report);
        List<List<Line>> pages = paginate(lines);
        return write(pages);
    }

    private static List<Line> layout(MeetingReport report) {
        Meeting m = report.meeting();
        List<Line> lines = new ArrayList<>();
        add(lines, report.group().name(), true, 16, false, 0);
        add(lines, m.title(), true, 13, false, 0);
        add(
                lines,
                WHEN.format(m.start()) + " (" + m.start().getZone().getId() + "), " + m.place(),
                false,
                10,
                false,
                0);
        add(lines, "Report as of " + report.asOf(), false, 9, false, 0);
        heading(lines, "Agenda");
        for (int i = 0; i < m.agenda().size(); i++) {
            add(lines, (i + 1) + ". " + m.agenda().get(i), false, 10, false, 10);
        }
        heading(lines, "Attendees");
        for (Participant p : m.attendees()) {
            add(lines, p.name() + " (" + p.side() + ")", false, 10, false, 10);
        }
        if (!m.minutes().isBlank()) {
            heading(lines, "Minutes");
            for (String paragraph : m.minutes().split("\\R")) {
                add(lines, paragraph, false, 10, false, 10);
            }
        }
        heading(lines, "Decisions");
        for (Decision d : m.decisions()) {
            add(lines, d.id() + ": " + d.text(), false, 10, false, 10);
        }
        heading(lines, "Action items");
        for (ActionItem a : report.actions()) {
            boolean overdue = a.isOverdue(report.asOf());
            add(
                    lines,
                    (overdue ? "OVERDUE  " : "") + a.id() + " [" + a.decisionId() + "] " + a.title() + " - owner: "
                            + a.assignee() + " (" + a.side() + "), due " + a.due() + ", " + a.status(),
                    overdue,
                    10,
                    overdue,
                    10);
        }
        return lines;
    }

    private static void heading(List<Line> lines, String text) {
        lines.add(new Line("", false, 6, false, 0));
        lines.add(new Line(text, true, 12, false, 0));
    }

    /** Adds a text as lines wrapped at word boundaries to the page width (an average glyph of 0.55 em). */
    private static void add(List<Line> lines, String text, boolean bold, int size, boolean red, int indent) {
        int maxChars = (int) ((PAGE_WIDTH - 2 * MARGIN - indent) / (size * 0.55));
        String rest = text.strip();
        while (rest.length() > maxChars) {
            int cut = rest.lastIndexOf(' ', maxChars);
            if (cut <= 0) {
                cut = maxChars;
            }
            lines.add(new Line(rest.substring(0, cut).strip(), bold, size, red, indent));
            rest = rest.substring(cut).strip();
        }
        lines.add(new Line(rest, bold, size, red, indent));
    }

    private static List<List<Line>> paginate(List<Line> lines) {
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        double y = PAGE_HEIGHT - MARGIN;
        for (Line line : lines) {
            double step = line.size() * 1.35;
            if (y - step < MARGIN + 20 && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                y = PAGE_HEIGHT - MARGIN;
            }
            page.add(line);
            y -= step;
        }
        pages.add(page);
        return pages;
    }

    private static String content(List<Line> page, int number, int count) {
        StringBuilder s = new StringBuilder();
        double y = PAGE_HEIGHT - MARGIN;
        for (Line line : page) {
            y -= line.size() * 1.35;
            if (line.text().isEmpty()) {
                continue;
            }
            s.append(line.red() ? "0.8 0 0 rg\n" : "0 0 0 rg\n");
            s.append("BT /")
                    .append(line.bold() ? "F2 " : "F1 ")
                    .append(line.size())
                    .append(" Tf ")
                    .append(MARGIN + line.indent())
                    .append(' ')
                    .append(String.format(java.util.Locale.ROOT, "%.2f", y))
                    .append(" Td ")
                    .append(literal(line.text()))
                    .append(" Tj ET\n");
        }
        s.append("0 0 0 rg\nBT /F1 8 Tf ")
                .append(PAGE_WIDTH - MARGIN - 60)
                .append(' ')
                .append(MARGIN - 20)
                .append(" Td ")
                .append(literal("Page " + number + " of " + count))
                .append(" Tj ET\n");
        return s.toString();
    }

    /** Encodes a text as a PDF literal string in WinAnsiEncoding; characters outside it become '?'. */
    static String literal(String text) {
        StringBuilder s = new StringBuilder("(");
        text.codePoints().forEach(cp -> {
            int code = winAnsi(cp);
            if (code == '(' || code == ')' || code == '\\') {
                s.append('\\').append((char) code);
            } else if (code >= 0x80) {
                s.append('\\').append(String.format("%03o", code));
            } else {
                s.append((char) code);
            }
        });
        return s.append(')').toString();
    }

    private static int winAnsi(int codePoint) {
        if (codePoint >= 0x20 && codePoint <= 0x7E) {
            return codePoint;
        }
        if (codePoint >= 0xA0 && codePoint <= 0xFF) {
            return codePoint;
        }
        if (codePoint == '\t') {
            return ' ';
        }
        return WIN_ANSI_EXTRA.getOrDefault(codePoint, (int) '?');
    }

    private static byte[] write(List<List<Line>> pages) {
        List<String> objects = new ArrayList<>();
        int count = pages.size();
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < count; i++) {
            kids.append(i == 0 ? "" : " ").append(5 + 2 * i).append(" 0 R");
        }
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [" + kids + "] /Count " + count + " >>");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
        for (int i = 0; i < count; i++) {
            int contentObject = 6 + 2 * i;
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + PAGE_WIDTH + " " + PAGE_HEIGHT
                    + "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents " + contentObject + " 0 R >>");
            String stream = content(pages.get(i), i + 1, count);
            objects.add("<< /Length " + stream.getBytes(StandardCharsets.US_ASCII).length + " >>\nstream\n" + stream
                    + "\nendstream");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // The second line's bytes above 127 tell transfer tools the file is binary (7.5.2).
        out.writeBytes("%PDF-1.7\n%".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {(byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
        long[] offsets = new long[objects.size() + 1];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i + 1] = out.size();
            out.writeBytes(((i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n").getBytes(StandardCharsets.US_ASCII));
        }
        long xref = out.size();
        StringBuilder table =
                new StringBuilder("xref\n0 ").append(objects.size() + 1).append('\n');
        table.append("0000000000 65535 f\r\n");
        for (int i = 1; i <= objects.size(); i++) {
            table.append(String.format("%010d 00000 n\r\n", offsets[i]));
        }
        table.append("trailer\n<< /Size ")
                .append(objects.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        out.writeBytes(table.toString().getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
