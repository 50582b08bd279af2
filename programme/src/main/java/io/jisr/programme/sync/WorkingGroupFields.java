package io.jisr.programme.sync;

import io.jisr.programme.WorkingGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How a {@link WorkingGroup} maps to replica fields and back: every field belongs to the owning side (its name,
 * co-chairs, members and terms of reference); the other side writes none of them.
 */
public final class WorkingGroupFields {
    /** The kind of a working group's {@link RecordKey}. */
    public static final String KIND = "group";

    private static final List<String> FIELDS = List.of("name", "coChairs", "members", "termsOfReference");

    private WorkingGroupFields() {}

    /** Returns the record key of a working group. */
    public static RecordKey key(WorkingGroup group) {
        return new RecordKey(KIND, group.owningSide(), group.id());
    }

    /** Returns the fields of a working group. */
    public static SortedMap<String, String> fields(WorkingGroup g) {
        SortedMap<String, String> fields = new TreeMap<>();
        fields.put("name", g.name());
        fields.put("coChairs", MeetingFields.people(g.coChairs()));
        fields.put("members", MeetingFields.people(g.members()));
        fields.put("termsOfReference", g.termsOfReference());
        return fields;
    }

    /** Returns one edit per field that differs between {@code before} (empty when new) and {@code after}. */
    public static List<FieldEdit> edits(Optional<WorkingGroup> before, WorkingGroup after, Hlc stamp) {
        before.ifPresent(b -> {
            if (!key(b).equals(key(after))) {
                throw new IllegalArgumentException("cannot diff working group " + key(b) + " against " + key(after));
            }
        });
        Map<String, String> old = before.map(WorkingGroupFields::fields).orElse(new TreeMap<>());
        List<FieldEdit> edits = new ArrayList<>();
        fields(after).forEach((field, value) -> {
            if (!value.equals(old.get(field))) {
                edits.add(new FieldEdit(new FieldKey(key(after), field), value, stamp, after.owningSide()));
            }
        });
        return edits;
    }

    /**
     * Returns the working group as this replica holds it, or empty while a field has not arrived.
     *
     * @throws IllegalArgumentException if the fields are present but do not make a valid group
     */
    public static Optional<WorkingGroup> read(Replica replica, RecordKey key) {
        if (!key.kind().equals(KIND)) {
            throw new IllegalArgumentException("record " + key + " is not a working group");
        }
        SortedMap<String, String> f = replica.record(key);
        if (!f.keySet().containsAll(FIELDS)) {
            return Optional.empty();
        }
        return Optional.of(new WorkingGroup(
                key.id(),
                key.owner(),
                f.get("name"),
                MeetingFields.parsePeople(key, "coChairs", f.get("coChairs")),
                MeetingFields.parsePeople(key, "members", f.get("members")),
                f.get("termsOfReference")));
    }
}
