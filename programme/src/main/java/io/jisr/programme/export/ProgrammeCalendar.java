package io.jisr.programme.export;

import io.jisr.programme.ActionItem;
import io.jisr.programme.Meeting;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * Writes meetings as {@code VEVENT}s and action items as {@code VTODO}s of one iCalendar object (RFC 5545),
 * ready to serve as {@code text/calendar; charset=utf-8}.
 */
public final class ProgrammeCalendar {
    /*
     * RFC 5545 choices:
     * - times are written in UTC (3.3.5, form #2, "Z" suffix) so the file needs no VTIMEZONE component, which
     *   a TZID parameter would require (3.2.19); the meeting's local time and zone go into DESCRIPTION;
     * - an action item is a VTODO with DUE as a DATE (3.8.2.3) and no DTSTART: a DUE must be later than a
     *   DTSTART, and an action has only a due day;
     * - TEXT values escape backslash, semicolon, comma and newline (3.3.11);
     * - content lines are folded so no line exceeds 75 octets excluding CRLF, never inside a UTF-8
     *   sequence (3.1), and every line ends in CRLF.
     */
    private static final DateTimeFormatter UTC_DATE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Pattern UID_DOMAIN = Pattern.compile("[A-Za-z0-9.-]{1,253}");
    private static final int MAX_OCTETS = 75;

    private final String uidDomain;

    /**
     * Creates a writer whose UIDs end in {@code @uidDomain} (the node's host name), so that the two nodes'
     * feeds do not collide in one calendar.
     */
    public ProgrammeCalendar(String uidDomain) {
        if (uidDomain == null || !UID_DOMAIN.matcher(uidDomain).matches()) {
            throw new IllegalArgumentException("calendar UID domain must be a host name, was " + uidDomain);
        }
        this.uidDomain = uidDomain;
    }

    /** Writes the calendar: meetings by start time, then action items by due day, stamped {@code now}. */
    public String write(Collection<Meeting> meetings, Collection<ActionItem> actions, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Jisr//Programme register//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        String stamp = UTC_DATE_TIME.format(now);
        meetings.stream()
                .sorted(Comparator.comparing((Meeting m) -> m.start().toInstant())
                        .thenComparing(Meeting::id))
                .forEach(m -> meeting(out, m, stamp));
        actions.stream()
                .sorted(Comparator.comparing(ActionItem::due).thenComparing(ActionItem::id))
                .forEach(a -> action(out, a, stamp));
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private void meeting(StringBuilder out, Meeting m, String stamp) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:meeting-" + uidPart(m.id()) + "@" + uidDomain);
        line(out, "DTSTAMP:" + stamp);
        line(out, "DTSTART:" + UTC_DATE_TIME.format(m.start().toInstant()));
        line(out, "DTEND:" + UTC_DATE_TIME.format(m.end().toInstant()));
        line(out, "SUMMARY:" + text(m.title()));
        line(out, "LOCATION:" + text(m.place()));
        StringBuilder description = new StringBuilder("Local time: ")
                .append(LOCAL.format(m.start()))
                .append(' ')
                .append(m.start().getZone().getId());
        if (!m.agenda().isEmpty()) {
            description.append("\nAgenda:");
            for (int i = 0; i < m.agenda().size(); i++) {
                description
                        .append('\n')
                        .append(i + 1)
                        .append(". ")
                        .append(m.agenda().get(i));
            }
        }
        line(out, "DESCRIPTION:" + text(description.toString()));
        line(out, "END:VEVENT");
    }

    private void action(StringBuilder out, ActionItem a, String stamp) {
        line(out, "BEGIN:VTODO");
        line(out, "UID:action-" + uidPart(a.id()) + "@" + uidDomain);
        line(out, "DTSTAMP:" + stamp);
        line(out, "DUE;VALUE=DATE:" + date(a.due()));
        line(out, "SUMMARY:" + text(a.title()));
        line(
                out,
                "DESCRIPTION:"
                        + text("Owner: " + a.assignee() + " (" + a.side() + ")\nMeeting: " + a.meetingId()
                                + ", decision " + a.decisionId()));
        line(
                out,
                "STATUS:"
                        + switch (a.status()) {
                            case OPEN -> "NEEDS-ACTION";
                            case IN_PROGRESS -> "IN-PROCESS";
                            case DONE -> "COMPLETED";
                            case CANCELLED -> "CANCELLED";
                        });
        line(out, "END:VTODO");
    }

    private static String date(LocalDate day) {
        return DATE.format(day);
    }

    /** Keeps a UID to safe characters; ids are already restricted, this guards against odd ones. */
    private static String uidPart(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Escapes a TEXT value (RFC 5545 3.3.11); a CR LF or lone CR counts as one newline. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20 && c != '\t' || c == 0x7f) {
                        out.append(' '); // other controls are not allowed in TEXT (3.3.11 ESCAPED-CHAR/TSAFE-CHAR)
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Appends one content line, folded at 75 octets without splitting a character, ending in CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
