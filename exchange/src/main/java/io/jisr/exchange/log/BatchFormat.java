package io.jisr.exchange.log;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields of a batch on the wire, which are required, and the rule for fields this node does not
 * know. The JSON codec in the application reads each object, then asks {@link #check} about the names
 * it found.
 *
 * <p>The version rule: {@code schemaVersion} says which version the sender wrote. A new version may
 * only add fields; it never changes what an existing field means (a change that would is a new wire
 * protocol, not a new version). A receiver ignores a field it does not know, unless the batch lists
 * it in {@code critical}: a sender that needs the receiver to understand a new field (an embargo
 * time, say) names it there, and an older receiver refuses the batch instead of applying it wrongly.
 * This is the "crit" header of JSON Web Signatures (RFC 7515, section 4.1.11) applied to a batch.
 */
public final class BatchFormat {
    /** The version this node writes and fully understands. */
    public static final int VERSION = 1;

    private BatchFormat() {}

    /** One field of an object on the wire. */
    public record Field(String name, boolean required, String meaning) {}

    /** The objects of a batch, each with its path (as {@code critical} names fields) and fields. */
    public enum Shape {
        /** The batch itself. */
        BATCH(
                "",
                List.of(
                        new Field("schemaVersion", true, "integer, the version the sender wrote"),
                        new Field("sender", true, "object: the sending node and its nation"),
                        new Field("after", true, "integer, the cursor the pull started from (exclusive)"),
                        new Field("upTo", true, "integer, the last sequence covered (inclusive)"),
                        new Field("records", true, "array of records, sequences increasing"),
                        new Field("critical", false, "array of field paths the receiver must understand"))),
        /** The sender. */
        SENDER("sender", List.of(new Field("nation", true, "ISO 3166-1 alpha-3"), new Field("node", true, "node id"))),
        /** One record. */
        RECORD(
                "records",
                List.of(
                        new Field("sequence", true, "integer, the record's sequence in the sender's log"),
                        new Field("key", true, "the record's identity at its origin"),
                        new Field("category", true, "data category id"),
                        new Field("origin", true, "object: where it was made"),
                        new Field("observedAt", true, "ISO-8601 instant, UTC"),
                        new Field("position", false, "object: latitude and longitude, absent when none"),
                        new Field("subject", true, "object: what it is about"),
                        new Field("content", false, "object of strings: the category's other fields"),
                        new Field("handling", true, "object: the terms it is released under"))),
        /** A record's origin. */
        ORIGIN(
                "records.origin",
                List.of(
                        new Field("nation", true, "ISO 3166-1 alpha-3"),
                        new Field("node", true, "node id"),
                        new Field("sensor", false, "sensor or source, empty when not known"))),
        /** A record's position. */
        POSITION(
                "records.position",
                List.of(
                        new Field("latitude", true, "decimal degrees, WGS84"),
                        new Field("longitude", true, "decimal degrees, WGS84"))),
        /** A record's subject. */
        SUBJECT(
                "records.subject",
                List.of(
                        new Field("kind", true, "vessel, incident or none"),
                        new Field("mmsi", false, "vessel: 9 digits"),
                        new Field("shipType", false, "vessel: AIS ship type 1-99"),
                        new Field("flag", false, "vessel: ISO 3166-1 alpha-3"),
                        new Field("governmentVessel", false, "vessel: boolean, false when absent"),
                        new Field("eventType", false, "incident: required for kind incident"),
                        new Field("grading", false, "incident: Admiralty grading, required for kind incident"))),
        /** A record's handling terms. */
        HANDLING(
                "records.handling",
                List.of(
                        new Field("marking", true, "REL TO ..., must name the receiver"),
                        new Field("retentionSeconds", true, "integer, how long the receiver may keep it"),
                        new Field("onwardReleaseTo", false, "array of ISO 3166-1 alpha-3, empty when absent"),
                        new Field("grant", true, "object: the annex that released it"))),
        /** The annex a record was released under. */
        GRANT(
                "records.handling.grant",
                List.of(
                        new Field("agreement", true, "agreement id"),
                        new Field("version", true, "integer, agreement version"),
                        new Field("annex", true, "annex id")));

        private final String path;
        private final Map<String, Field> fields;

        Shape(String path, List<Field> fields) {
            this.path = path;
            var byName = new LinkedHashMap<String, Field>();
            fields.forEach(f -> byName.put(f.name(), f));
            this.fields = byName;
        }

        /** The object's path, as {@code critical} entries name its fields ({@code records.handling}). */
        public String path() {
            return path;
        }

        /** The fields, in wire order. */
        public List<Field> fields() {
            return List.copyOf(fields.values());
        }

        /** The path of field {@code name} of this object ({@code records.handling.marking}). */
        public String pathOf(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }
    }

    /** What {@link #check} found. */
    public sealed interface Checked {
        /**
         * The object may be read; the fields in {@code ignored} are unknown and are to be skipped.
         *
         * @param ignored unknown, non-critical field names, sorted
         */
        record Accepted(Set<String> ignored) implements Checked {}

        /**
         * The batch must be refused.
         *
         * @param problems what is wrong, each saying where
         */
        record Refused(List<String> problems) implements Checked {}
    }

    /**
     * Checks the field names of one object of a batch.
     *
     * @param shape which object it is
     * @param where where it is, for messages ({@code records[3].handling})
     * @param present the field names it has
     * @param critical the batch's {@code critical} list: field paths the receiver must understand
     */
    public static Checked check(Shape shape, String where, Set<String> present, Set<String> critical) {
        Objects.requireNonNull(where, "where must not be null");
        var problems = new ArrayList<String>();
        for (Field field : shape.fields.values()) {
            if (field.required() && !present.contains(field.name())) {
                problems.add(at(where) + "required field \"" + field.name() + "\" is missing");
            }
        }
        var ignored = new TreeSet<String>();
        for (String name : new TreeSet<>(present)) {
            if (shape.fields.containsKey(name)) {
                continue;
            }
            if (critical.contains(shape.pathOf(name))) {
                problems.add(at(where) + "field \"" + shape.pathOf(name) + "\" is marked critical by the sender,"
                        + " but this node reads schema version " + VERSION + ", which has no such field");
            } else {
                ignored.add(name);
            }
        }
        return problems.isEmpty() ? new Checked.Accepted(ignored) : new Checked.Refused(problems);
    }

    /**
     * Checks the batch's {@code critical} list on its own: every entry must name a field this node
     * knows, or the batch is refused even if the field is absent (the sender meant something this node
     * cannot honour). Also refuses a schema version below 1.
     */
    public static Checked checkHeader(int schemaVersion, Set<String> critical) {
        var problems = new ArrayList<String>();
        if (schemaVersion < 1) {
            problems.add("schemaVersion must be 1 or more, was " + schemaVersion);
        }
        for (String path : new TreeSet<>(critical)) {
            if (!known(path)) {
                problems.add("critical: field \"" + path + "\" is required by the sender, but this node reads"
                        + " schema version " + VERSION + ", which has no such field");
            }
        }
        return problems.isEmpty() ? new Checked.Accepted(Set.of()) : new Checked.Refused(problems);
    }

    private static boolean known(String path) {
        for (Shape shape : Shape.values()) {
            for (String name : shape.fields.keySet()) {
                if (shape.pathOf(name).equals(path)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String at(String where) {
        return where.isEmpty() ? "" : where + ": ";
    }
}
