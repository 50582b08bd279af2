package io.jisr.programme.sync;

import io.jisr.programme.Decision;
import io.jisr.programme.Meeting;
import io.jisr.programme.Nation;
import io.jisr.programme.Participant;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How a {@link Meeting} maps to replica fields and back, so that both nodes edit a meeting field by field.
 * The owning side writes every field; the other side writes only {@code side.XXX.attendees}, the people it
 * sends, which the decoded meeting lists after the owner's attendees.
 */
public final class MeetingFields {
    /*
     * Lists are written as length-prefixed items ("5:Alpha3:Bob"), so any text — newlines, colons, the
     * separator itself — round-trips without escaping rules; a person is "name" then "side", a decision "id"
     * then "text". A meeting decodes only when all its owner fields are present and valid: a replica that
     * has seen the partner's attendees but not yet the meeting itself shows nothing.
     */
    /** The kind of a meeting's {@link RecordKey}. */
    public static final String KIND = "meeting";

    private static final List<String> OWNER_FIELDS = List.of(
            "workingGroupId", "title", "start", "duration", "place", "agenda", "attendees", "minutes", "decisions");

    private MeetingFields() {}

    /** Returns the record key of a meeting. */
    public static RecordKey key(Meeting meeting) {
        return new RecordKey(KIND, meeting.owningSide(), meeting.id());
    }

    /**
     * Returns the owner's fields of a meeting: all attendees of the owning side's record, whatever their
     * side. The partner's own additions are written with {@link #partnerAttendees}.
     */
    public static SortedMap<String, String> ownerFields(Meeting m) {
        SortedMap<String, String> fields = new TreeMap<>();
        fields.put("workingGroupId", m.workingGroupId());
        fields.put("title", m.title());
        fields.put("start", m.start().toString());
        fields.put("duration", m.duration().toString());
        fields.put("place", m.place());
        fields.put("agenda", join(m.agenda()));
        fields.put("attendees", people(m.attendees()));
        fields.put("minutes", m.minutes());
        List<String> decisions = new ArrayList<>();
        for (Decision d : m.decisions()) {
            decisions.add(d.id());
            decisions.add(d.text());
        }
        fields.put("decisions", join(decisions));
        return fields;
    }

    /**
     * Returns the edits that turn {@code before} (empty for a new meeting) into {@code after} on the owner's
     * node: one per owner field that changed, all stamped {@code stamp}.
     */
    public static List<FieldEdit> ownerEdits(Optional<Meeting> before, Meeting after, Hlc stamp) {
        before.ifPresent(b -> {
            if (!key(b).equals(key(after))) {
                throw new IllegalArgumentException("cannot diff meeting " + key(b) + " against " + key(after));
            }
        });
        Map<String, String> old = before.map(MeetingFields::ownerFields).orElse(new TreeMap<>());
        List<FieldEdit> edits = new ArrayList<>();
        ownerFields(after).forEach((field, value) -> {
            if (!value.equals(old.get(field))) {
                edits.add(new FieldEdit(new FieldKey(key(after), field), value, stamp, after.owningSide()));
            }
        });
        return edits;
    }

    /** Returns the edit by which {@code side} sets the attendees it sends to a meeting it does not own. */
    public static FieldEdit partnerAttendees(RecordKey meeting, Nation side, List<Participant> attendees, Hlc stamp) {
        return new FieldEdit(
                new FieldKey(meeting, "side." + side.alpha3() + ".attendees"), people(attendees), stamp, side);
    }

    /**
     * Returns the meeting as this replica holds it: the owner's fields, with each other side's attendees
     * appended (those already listed once); empty while an owner field is missing.
     *
     * @throws IllegalArgumentException if the fields are present but do not make a valid meeting
     */
    public static Optional<Meeting> read(Replica replica, RecordKey key) {
        if (!key.kind().equals(KIND)) {
            throw new IllegalArgumentException("record " + key + " is not a meeting");
        }
        SortedMap<String, String> f = replica.record(key);
        if (!f.keySet().containsAll(OWNER_FIELDS)) {
            return Optional.empty();
        }
        LinkedHashSet<Participant> attendees = new LinkedHashSet<>(parsePeople(key, f.get("attendees")));
        f.forEach((field, value) -> {
            if (field.startsWith("side.") && field.endsWith(".attendees")) {
                attendees.addAll(parsePeople(key, value));
            }
        });
        List<String> decisionParts = split(key, "decisions", f.get("decisions"));
        if (decisionParts.size() % 2 != 0) {
            throw new IllegalArgumentException("meeting " + key + " field decisions has an odd number of parts");
        }
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < decisionParts.size(); i += 2) {
            decisions.add(new Decision(decisionParts.get(i), decisionParts.get(i + 1)));
        }
        try {
            return Optional.of(new Meeting(
                    key.id(),
                    key.owner(),
                    f.get("workingGroupId"),
                    f.get("title"),
                    ZonedDateTime.parse(f.get("start")),
                    Duration.parse(f.get("duration")),
                    f.get("place"),
                    split(key, "agenda", f.get("agenda")),
                    List.copyOf(attendees),
                    f.get("minutes"),
                    decisions));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "meeting " + key + " has a bad start or duration: " + e.getParsedString(), e);
        }
    }

    static String people(List<Participant> people) {
        List<String> parts = new ArrayList<>();
        for (Participant p : people) {
            parts.add(p.name());
            parts.add(p.side().alpha3());
        }
        return join(parts);
    }

    private static List<Participant> parsePeople(RecordKey key, String value) {
        return parsePeople(key, "attendees", value);
    }

    static List<Participant> parsePeople(RecordKey key, String field, String value) {
        List<String> parts = split(key, field, value);
        if (parts.size() % 2 != 0) {
            throw new IllegalArgumentException(key + " field " + field + " has an odd number of parts");
        }
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < parts.size(); i += 2) {
            people.add(new Participant(parts.get(i), Nation.of(parts.get(i + 1))));
        }
        return people;
    }

    static String join(List<String> items) {
        StringBuilder out = new StringBuilder();
        for (String item : items) {
            out.append(item.length()).append(':').append(item);
        }
        return out.toString();
    }

    static List<String> split(RecordKey key, String field, String value) {
        List<String> items = new ArrayList<>();
        int i = 0;
        while (i < value.length()) {
            int colon = value.indexOf(':', i);
            int length;
            try {
                length = colon < 0 ? -1 : Integer.parseInt(value.substring(i, colon));
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length < 0 || colon + 1 + length > value.length()) {
                throw new IllegalArgumentException(
                        "meeting " + key + " field " + field + " is not a length-prefixed list at character " + i);
            }
            items.add(value.substring(colon + 1, colon + 1 + length));
            i = colon + 1 + length;
        }
        return items;
    }
}
