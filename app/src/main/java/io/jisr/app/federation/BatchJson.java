package io.jisr.app.federation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jisr.exchange.DataCategory;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.Partner;
import io.jisr.exchange.ReleasabilityMarking;
import io.jisr.exchange.agreement.AgreementId;
import io.jisr.exchange.agreement.Grading;
import io.jisr.exchange.log.Batch;
import io.jisr.exchange.log.BatchFormat;
import io.jisr.exchange.log.Cursor;
import io.jisr.exchange.log.LogEntry;
import io.jisr.exchange.record.HandlingTerms;
import io.jisr.exchange.record.Origin;
import io.jisr.exchange.record.ReleaseGrant;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.exchange.record.Subject;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The JSON form of a {@link Batch} on the wire, with the {@link BatchFormat} rules: a required field
 * missing, a field marked critical that this node does not know, or a value of the wrong kind refuses
 * the whole batch with a message naming the place; an unknown field that is not critical is ignored.
 * Reading never throws on hostile input. One released record alone (without its sequence) is also
 * the form the outbound log and the received-record store keep.
 */
public final class BatchJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BatchJson() {}

    /** What reading a batch gave. */
    public sealed interface Read {
        /**
         * A batch that may be applied.
         *
         * @param batch the batch
         * @param ignored unknown, non-critical field paths that were skipped
         */
        record Accepted(Batch batch, Set<String> ignored) implements Read {}

        /**
         * A batch that must not be applied.
         *
         * @param message what is wrong and where
         */
        record Refused(String message) implements Read {}
    }

    /** Writes {@code batch} as JSON text. */
    public static String write(Batch batch) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", batch.schemaVersion());
        ObjectNode sender = root.putObject("sender");
        sender.put("nation", batch.sender().nation().code());
        sender.put("node", batch.sender().node().value());
        root.put("after", batch.after().sequence());
        root.put("upTo", batch.upTo().sequence());
        ArrayNode records = root.putArray("records");
        for (LogEntry entry : batch.entries()) {
            ObjectNode r = records.addObject();
            r.put("sequence", entry.sequence());
            writeRecord(r, entry.record());
        }
        return root.toString();
    }

    /** Writes one released record (handling terms set), without a sequence, as JSON text. */
    public static String writeRecord(ShareableRecord record) {
        ObjectNode r = MAPPER.createObjectNode();
        writeRecord(r, record);
        return r.toString();
    }

    /**
     * Writes a record as offered, before the policy released it (no handling terms yet; it may come from
     * a partner), for the records held for an annex's delay.
     */
    public static String writeOffered(ShareableRecord record) {
        ObjectNode r = MAPPER.createObjectNode();
        writeFields(r, record);
        record.handling().ifPresent(terms -> writeHandling(r, terms));
        record.receivedFrom().ifPresent(from -> {
            ObjectNode partner = r.putObject("receivedFrom");
            partner.put("nation", from.nation().code());
            partner.put("node", from.node().value());
        });
        return r.toString();
    }

    /** Reads a record as {@link #writeOffered} wrote it. */
    public static ShareableRecord readOffered(String text) {
        ShareableRecord stored = readStored(text, true);
        try {
            JsonNode from = MAPPER.readTree(text).path("receivedFrom");
            if (from.isMissingNode()) {
                return stored;
            }
            Partner partner = new Partner(
                    Nation.of(from.path("nation").asText()),
                    NodeId.of(from.path("node").asText()));
            return new ShareableRecord(
                    stored.key(),
                    stored.category(),
                    stored.origin(),
                    stored.observedAt(),
                    stored.position(),
                    stored.subject(),
                    stored.content(),
                    stored.handling(),
                    Optional.of(partner));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("a held federation record cannot be read: " + e.getMessage(), e);
        }
    }

    private static void writeRecord(ObjectNode r, ShareableRecord record) {
        writeFields(r, record);
        HandlingTerms terms = record.handling()
                .orElseThrow(() -> new IllegalArgumentException(
                        "record " + record.key() + " has no handling terms; only released records are written"));
        writeHandling(r, terms);
    }

    private static void writeFields(ObjectNode r, ShareableRecord record) {
        r.put("key", record.key());
        r.put("category", record.category().id());
        ObjectNode origin = r.putObject("origin");
        origin.put("nation", record.origin().nation().code());
        origin.put("node", record.origin().node().value());
        origin.put("sensor", record.origin().sensor());
        r.put("observedAt", record.observedAt().toString());
        record.position().ifPresent(p -> {
            ObjectNode position = r.putObject("position");
            position.put("latitude", p.latitude());
            position.put("longitude", p.longitude());
        });
        ObjectNode subject = r.putObject("subject");
        switch (record.subject()) {
            case Subject.Vessel v -> {
                subject.put("kind", "vessel");
                v.mmsi().ifPresent(m -> subject.put("mmsi", m));
                v.shipType().ifPresent(t -> subject.put("shipType", t));
                v.flag().ifPresent(f -> subject.put("flag", f.code()));
                subject.put("governmentVessel", v.governmentVessel());
            }
            case Subject.Incident i -> {
                subject.put("kind", "incident");
                subject.put("eventType", i.eventType());
                subject.put("grading", i.grading().toString());
            }
            case Subject.None n -> subject.put("kind", "none");
        }
        if (!record.content().isEmpty()) {
            ObjectNode content = r.putObject("content");
            record.content().forEach(content::put);
        }
    }

    private static void writeHandling(ObjectNode r, HandlingTerms terms) {
        ObjectNode handling = r.putObject("handling");
        handling.put("marking", terms.marking().text());
        handling.put("retentionSeconds", terms.retention().toSeconds());
        ArrayNode onward = handling.putArray("onwardReleaseTo");
        terms.onwardReleaseTo().forEach(n -> onward.add(n.code()));
        ObjectNode grant = handling.putObject("grant");
        grant.put("agreement", terms.grant().agreement().value());
        grant.put("version", terms.grant().version());
        grant.put("annex", terms.grant().annexId());
    }

    /** Reads a batch; refuses it, with the reason, when it breaks the format. */
    public static Read read(String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return new Read.Refused("the batch is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return new Read.Refused("the batch must be a JSON object");
        }
        try {
            Reader reader = new Reader(criticalPaths(root));
            Batch batch = reader.batch(root);
            return new Read.Accepted(batch, reader.ignored);
        } catch (Refusal e) {
            return new Read.Refused(e.getMessage());
        }
    }

    /** Reads one stored record (as {@link #writeRecord(ShareableRecord)} wrote it). */
    public static ShareableRecord readRecord(String text) {
        return readStored(text, false);
    }

    private static ShareableRecord readStored(String text, boolean offered) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalStateException("a stored federation record is not a JSON object");
            }
            // Stored alone, a record has no sequence (the row holds it); the wire shape requires one.
            object.put("sequence", 1);
            Reader reader = new Reader(Set.of());
            reader.offered = offered;
            return reader.record(object, "record");
        } catch (JsonProcessingException | Refusal e) {
            throw new IllegalStateException("a stored federation record cannot be read: " + e.getMessage(), e);
        }
    }

    private static Set<String> criticalPaths(JsonNode root) {
        JsonNode critical = root.path("critical");
        if (critical.isMissingNode()) {
            return Set.of();
        }
        if (!critical.isArray()) {
            throw new Refusal("critical must be an array of field paths");
        }
        Set<String> paths = new TreeSet<>();
        critical.forEach(c -> paths.add(c.asText()));
        return paths;
    }

    /** A broken batch; caught in {@link #read} and never escapes. */
    private static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message, null, false, false);
        }
    }

    /** Reads one batch, collecting the ignored fields. */
    private static final class Reader {
        private final Set<String> critical;
        private final Set<String> ignored = new TreeSet<>();
        // A record stored as offered (held for a delay) may have no handling terms yet.
        private boolean offered;

        Reader(Set<String> critical) {
            this.critical = critical;
        }

        Batch batch(JsonNode root) {
            int schemaVersion = integer(root, "schemaVersion", "");
            if (BatchFormat.checkHeader(schemaVersion, critical) instanceof BatchFormat.Checked.Refused refused) {
                throw new Refusal(String.join("; ", refused.problems()));
            }
            check(BatchFormat.Shape.BATCH, "", root);
            JsonNode s = object(root, "sender", "");
            check(BatchFormat.Shape.SENDER, "sender", s);
            Partner sender = guarded(
                    "sender",
                    () -> new Partner(Nation.of(text(s, "nation", "sender")), NodeId.of(text(s, "node", "sender"))));
            long after = longValue(root, "after", "");
            long upTo = longValue(root, "upTo", "");
            JsonNode list = root.path("records");
            if (!list.isArray()) {
                throw new Refusal("records must be an array");
            }
            List<LogEntry> entries = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                String at = "records[" + i + "]";
                JsonNode r = list.get(i);
                if (!r.isObject()) {
                    throw new Refusal(at + " must be an object");
                }
                long sequence = longValue(r, "sequence", at);
                ShareableRecord record = record(r, at);
                entries.add(guarded(at, () -> new LogEntry(sequence, record)));
            }
            return guarded("batch", () -> new Batch(schemaVersion, sender, Cursor.at(after), Cursor.at(upTo), entries));
        }

        ShareableRecord record(JsonNode r, String at) {
            check(BatchFormat.Shape.RECORD, at, r);
            String key = text(r, "key", at);
            String categoryId = text(r, "category", at);
            DataCategory category = DataCategory.BUILT_IN.stream()
                    .filter(c -> c.id().equals(categoryId))
                    .findFirst()
                    .orElseThrow(() -> new Refusal(at + ".category: unknown data category \"" + excerpt(categoryId)
                            + "\"; this node knows " + DataCategory.BUILT_IN));
            JsonNode o = object(r, "origin", at);
            check(BatchFormat.Shape.ORIGIN, at + ".origin", o);
            Origin origin = guarded(
                    at + ".origin",
                    () -> new Origin(
                            Nation.of(text(o, "nation", at + ".origin")),
                            NodeId.of(text(o, "node", at + ".origin")),
                            o.path("sensor").asText("")));
            Instant observedAt;
            try {
                observedAt = Instant.parse(text(r, "observedAt", at));
            } catch (DateTimeParseException e) {
                throw new Refusal(at + ".observedAt must be an ISO-8601 UTC instant, was \""
                        + excerpt(r.path("observedAt").asText()) + "\"");
            }
            Optional<GeoPoint> position = Optional.empty();
            if (r.has("position")) {
                JsonNode p = object(r, "position", at);
                check(BatchFormat.Shape.POSITION, at + ".position", p);
                double lat = number(p, "latitude", at + ".position");
                double lon = number(p, "longitude", at + ".position");
                position = Optional.of(guarded(at + ".position", () -> GeoPoint.of(lat, lon)));
            }
            Subject subject = subject(object(r, "subject", at), at + ".subject");
            TreeMap<String, String> content = new TreeMap<>();
            if (r.has("content")) {
                JsonNode c = object(r, "content", at);
                for (Iterator<Map.Entry<String, JsonNode>> it = c.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    if (!field.getValue().isTextual()) {
                        throw new Refusal(at + ".content." + excerpt(field.getKey()) + " must be a string");
                    }
                    content.put(field.getKey(), field.getValue().asText());
                }
            }
            Optional<HandlingTerms> handling = offered && !r.has("handling")
                    ? Optional.empty()
                    : Optional.of(handling(object(r, "handling", at), at + ".handling"));
            Optional<GeoPoint> where = position;
            return guarded(
                    at,
                    () -> new ShareableRecord(
                            key, category, origin, observedAt, where, subject, content, handling, Optional.empty()));
        }

        private Subject subject(JsonNode s, String at) {
            check(BatchFormat.Shape.SUBJECT, at, s);
            String kind = text(s, "kind", at);
            return switch (kind) {
                case "vessel" ->
                    guarded(
                            at,
                            () -> new Subject.Vessel(
                                    s.has("mmsi") ? Optional.of(integer(s, "mmsi", at)) : Optional.empty(),
                                    s.has("shipType") ? Optional.of(integer(s, "shipType", at)) : Optional.empty(),
                                    s.has("flag") ? Optional.of(Nation.of(text(s, "flag", at))) : Optional.empty(),
                                    s.path("governmentVessel").asBoolean(false)));
                case "incident" ->
                    guarded(
                            at,
                            () -> new Subject.Incident(
                                    text(s, "eventType", at), Grading.parse(text(s, "grading", at))));
                case "none" -> new Subject.None();
                default ->
                    throw new Refusal(at + ".kind must be vessel, incident or none, was \"" + excerpt(kind) + "\"");
            };
        }

        private HandlingTerms handling(JsonNode h, String at) {
            check(BatchFormat.Shape.HANDLING, at, h);
            String markingText = text(h, "marking", at);
            ReleasabilityMarking marking = switch (ReleasabilityMarking.parse(markingText)) {
                case ReleasabilityMarking.Parsed.Valid valid -> valid.marking();
                case ReleasabilityMarking.Parsed.Invalid invalid ->
                    throw new Refusal(at + ".marking: " + invalid.message() + " (column " + invalid.column() + ")");
            };
            long retentionSeconds = longValue(h, "retentionSeconds", at);
            Set<Nation> onward = new LinkedHashSet<>();
            if (h.has("onwardReleaseTo")) {
                JsonNode list = h.path("onwardReleaseTo");
                if (!list.isArray()) {
                    throw new Refusal(at + ".onwardReleaseTo must be an array");
                }
                for (JsonNode n : list) {
                    onward.add(guarded(at + ".onwardReleaseTo", () -> Nation.of(n.asText())));
                }
            }
            JsonNode g = object(h, "grant", at);
            check(BatchFormat.Shape.GRANT, at + ".grant", g);
            ReleaseGrant grant = guarded(
                    at + ".grant",
                    () -> new ReleaseGrant(
                            AgreementId.of(text(g, "agreement", at + ".grant")),
                            integer(g, "version", at + ".grant"),
                            text(g, "annex", at + ".grant")));
            return guarded(at, () -> new HandlingTerms(marking, Duration.ofSeconds(retentionSeconds), onward, grant));
        }

        private void check(BatchFormat.Shape shape, String where, JsonNode node) {
            Set<String> present = new TreeSet<>();
            node.fieldNames().forEachRemaining(present::add);
            if (offered && shape == BatchFormat.Shape.RECORD) {
                // Held before release: the handling terms the format requires are not set yet.
                present.add("handling");
            }
            switch (BatchFormat.check(shape, where, present, critical)) {
                case BatchFormat.Checked.Accepted accepted ->
                    accepted.ignored().forEach(name -> ignored.add(shape.pathOf(name)));
                case BatchFormat.Checked.Refused refused -> throw new Refusal(String.join("; ", refused.problems()));
            }
        }

        private static JsonNode object(JsonNode parent, String name, String at) {
            JsonNode node = parent.path(name);
            if (!node.isObject()) {
                throw new Refusal(prefix(at) + name + " must be an object");
            }
            return node;
        }

        private static String text(JsonNode parent, String name, String at) {
            JsonNode node = parent.path(name);
            if (!node.isTextual()) {
                throw new Refusal(prefix(at) + name + " must be a string");
            }
            return node.asText();
        }

        private static int integer(JsonNode parent, String name, String at) {
            JsonNode node = parent.path(name);
            if (!node.isInt()) {
                throw new Refusal(prefix(at) + name + " must be an integer, was " + excerpt(node.toString()));
            }
            return node.asInt();
        }

        private static long longValue(JsonNode parent, String name, String at) {
            JsonNode node = parent.path(name);
            if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                throw new Refusal(prefix(at) + name + " must be an integer, was " + excerpt(node.toString()));
            }
            return node.asLong();
        }

        private static double number(JsonNode parent, String name, String at) {
            JsonNode node = parent.path(name);
            if (!node.isNumber()) {
                throw new Refusal(prefix(at) + name + " must be a number, was " + excerpt(node.toString()));
            }
            return node.asDouble();
        }

        private static String prefix(String at) {
            return at.isEmpty() ? "" : at + ".";
        }

        /** Runs a constructor and turns its refusal into the batch's, with the place. */
        private static <T> T guarded(String at, java.util.function.Supplier<T> make) {
            try {
                return make.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new Refusal(at + ": " + e.getMessage());
            }
        }
    }

    static String excerpt(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
