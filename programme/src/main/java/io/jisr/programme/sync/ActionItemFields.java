package io.jisr.programme.sync;

import io.jisr.programme.ActionChange;
import io.jisr.programme.ActionItem;
import io.jisr.programme.ActionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How an {@link ActionItem} maps to replica fields and back. The side that must act owns the item and writes
 * every field; the history is one field, rewritten whole by the owner with each change, so it cannot lose an
 * entry to a concurrent write from the other side (which may not write it at all).
 */
public final class ActionItemFields {
    /** The kind of an action item's {@link RecordKey}. */
    public static final String KIND = "action";

    private static final List<String> FIELDS =
            List.of("meetingId", "decisionId", "title", "assignee", "due", "status", "history");

    private ActionItemFields() {}

    /** Returns the record key of an action item. */
    public static RecordKey key(ActionItem item) {
        return new RecordKey(KIND, item.side(), item.id());
    }

    /** Returns the fields of an action item. */
    public static SortedMap<String, String> fields(ActionItem a) {
        SortedMap<String, String> fields = new TreeMap<>();
        fields.put("meetingId", a.meetingId());
        fields.put("decisionId", a.decisionId());
        fields.put("title", a.title());
        fields.put("assignee", a.assignee());
        fields.put("due", a.due().toString());
        fields.put("status", a.status().name());
        List<String> history = new ArrayList<>();
        for (ActionChange c : a.history()) {
            history.add(c.at().toString());
            history.add(c.by());
            history.add(c.what());
        }
        fields.put("history", MeetingFields.join(history));
        return fields;
    }

    /** Returns one edit per field that differs between {@code before} (empty when new) and {@code after}. */
    public static List<FieldEdit> edits(Optional<ActionItem> before, ActionItem after, Hlc stamp) {
        before.ifPresent(b -> {
            if (!key(b).equals(key(after))) {
                throw new IllegalArgumentException("cannot diff action item " + key(b) + " against " + key(after));
            }
        });
        Map<String, String> old = before.map(ActionItemFields::fields).orElse(new TreeMap<>());
        List<FieldEdit> edits = new ArrayList<>();
        fields(after).forEach((field, value) -> {
            if (!value.equals(old.get(field))) {
                edits.add(new FieldEdit(new FieldKey(key(after), field), value, stamp, after.side()));
            }
        });
        return edits;
    }

    /**
     * Returns the action item as this replica holds it, or empty while a field has not arrived.
     *
     * @throws IllegalArgumentException if the fields are present but do not make a valid item
     */
    public static Optional<ActionItem> read(Replica replica, RecordKey key) {
        if (!key.kind().equals(KIND)) {
            throw new IllegalArgumentException("record " + key + " is not an action item");
        }
        SortedMap<String, String> f = replica.record(key);
        if (!f.keySet().containsAll(FIELDS)) {
            return Optional.empty();
        }
        List<String> parts = MeetingFields.split(key, "history", f.get("history"));
        if (parts.size() % 3 != 0) {
            throw new IllegalArgumentException("action item " + key + " field history is not time, author, change");
        }
        try {
            List<ActionChange> history = new ArrayList<>();
            for (int i = 0; i < parts.size(); i += 3) {
                history.add(new ActionChange(Instant.parse(parts.get(i)), parts.get(i + 1), parts.get(i + 2)));
            }
            ActionStatus status;
            try {
                status = ActionStatus.valueOf(f.get("status"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "action item " + key + " has an unknown status " + f.get("status"), e);
            }
            return Optional.of(new ActionItem(
                    key.id(),
                    key.owner(),
                    f.get("meetingId"),
                    f.get("decisionId"),
                    f.get("title"),
                    f.get("assignee"),
                    LocalDate.parse(f.get("due")),
                    status,
                    history));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "action item " + key + " has a bad date or time: " + e.getParsedString(), e);
        }
    }
}
