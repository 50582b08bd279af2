package io.jisr.app.federation;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

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
         * @param storedForms for each entry of the batch, in order, the text the receiving node stores for
         *     its record: what {@link #writeRecord(ShareableRecord)} writes for it, byte for byte, when
         *     the batch is {@link #write}'s; for a batch written otherwise, a text that {@link
         *     #readRecord} reads back to the same record: the record's own text without its sequence, or
         *     the record written again when it had unknown fields, did not start with its sequence, or
         *     the batch was out of the usual (a critical list, a duplicate field...)
         */
        record Accepted(Batch batch, Set<String> ignored, List<String> storedForms) implements Read {}

        /**
         * A batch that must not be applied.
         *
         * @param message what is wrong and where
         */
        record Refused(String message) implements Read {}
    }

    /*
     * Writing goes straight to a JsonGenerator rather than through a tree of nodes: the same text, field
     * for field and in the same order, at less than half the cost. A record is written once on its way: as
     * the sender appends it to the outbound log; the batch on the wire is made of those texts, and the
     * receiver stores the text as it came (Read.Accepted.storedForms).
     */

    /** Writes {@code batch} as JSON text. */
    public static String write(Batch batch) {
        return generate(256 + 640 * batch.entries().size(), g -> {
            writeHeader(g, batch);
            for (LogEntry entry : batch.entries()) {
                g.writeStartObject();
                g.writeNumberField("sequence", entry.sequence());
                writeRecord(g, entry.record());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /**
     * Writes {@code batch} as {@link #write(Batch)} does, taking each record's text from {@code stored}
     * instead of writing it again: {@code stored} gives, for an entry, exactly what {@link
     * #writeRecord(ShareableRecord)} wrote for its record (the outbound log keeps that text as it appends).
     * The entry's sequence goes in front of the record's fields, so the text is the same as {@link
     * #write(Batch)}'s.
     */
    public static String write(Batch batch, Function<LogEntry, String> stored) {
        ByteArrayOutputStream out =
                new ByteArrayOutputStream(256 + 640 * batch.entries().size());
        try {
            write(batch, stored, out);
        } catch (IOException e) {
            // A ByteArrayOutputStream does not fail; this is only the signature.
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * As {@link #write(Batch, Function)}, in UTF-8 straight to {@code out} (a pull's response body), so that a
     * batch of thousands of records is not also built as a string and then as bytes. Leaves {@code out} open.
     */
    public static void write(Batch batch, Function<LogEntry, String> stored, OutputStream out) throws IOException {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            writeHeader(g, batch);
            for (LogEntry entry : batch.entries()) {
                String record = stored.apply(entry);
                if (record.length() < 3 || record.charAt(0) != '{' || record.charAt(record.length() - 1) != '}') {
                    throw new IllegalArgumentException(
                            "the stored text of log entry " + entry.sequence() + " is not a JSON object");
                }
                g.writeStartObject();
                g.writeNumberField("sequence", entry.sequence());
                // The generator has written the sequence; the record's own members follow it as they are.
                g.writeRaw(',');
                g.writeRaw(record, 1, record.length() - 2);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** The batch's object up to the opening of its records array. */
    private static void writeHeader(JsonGenerator g, Batch batch) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", batch.schemaVersion());
        g.writeObjectFieldStart("sender");
        g.writeStringField("nation", batch.sender().nation().code());
        g.writeStringField("node", batch.sender().node().value());
        g.writeEndObject();
        g.writeNumberField("after", batch.after().sequence());
        g.writeNumberField("upTo", batch.upTo().sequence());
        g.writeArrayFieldStart("records");
    }

    /** Writes one released record (handling terms set), without a sequence, as JSON text. */
    public static String writeRecord(ShareableRecord record) {
        return generate(640, g -> {
            g.writeStartObject();
            writeRecord(g, record);
            g.writeEndObject();
        });
    }

    /**
     * Writes a record as offered, before the policy released it (no handling terms yet; it may come from
     * a partner), for the records held for an annex's delay.
     */
    public static String writeOffered(ShareableRecord record) {
        return generate(640, g -> {
            g.writeStartObject();
            writeFields(g, record);
            if (record.handling().isPresent()) {
                writeHandling(g, record.handling().get());
            }
            if (record.receivedFrom().isPresent()) {
                Partner from = record.receivedFrom().get();
                g.writeObjectFieldStart("receivedFrom");
                g.writeStringField("nation", from.nation().code());
                g.writeStringField("node", from.node().value());
                g.writeEndObject();
            }
            g.writeEndObject();
        });
    }

    /** Reads a record as {@link #writeOffered} wrote it. */
    public static ShareableRecord readOffered(String text) {
        ShareableRecord usual = StreamingReader.stored(text, true);
        if (usual != null) {
            return usual;
        }
        ShareableRecord stored = readStoredTree(text, true);
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

    /** What writes one JSON text. */
    private interface Writing {
        void write(JsonGenerator g) throws IOException;
    }

    private static String generate(int sizeHint, Writing writing) {
        StringWriter out = new StringWriter(sizeHint);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            writing.write(g);
        } catch (IOException e) {
            // A StringWriter does not fail; this is only the generator's signature.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeRecord(JsonGenerator g, ShareableRecord record) throws IOException {
        writeFields(g, record);
        HandlingTerms terms = record.handling()
                .orElseThrow(() -> new IllegalArgumentException(
                        "record " + record.key() + " has no handling terms; only released records are written"));
        writeHandling(g, terms);
    }

    private static void writeFields(JsonGenerator g, ShareableRecord record) throws IOException {
        g.writeStringField("key", record.key());
        g.writeStringField("category", record.category().id());
        g.writeObjectFieldStart("origin");
        g.writeStringField("nation", record.origin().nation().code());
        g.writeStringField("node", record.origin().node().value());
        g.writeStringField("sensor", record.origin().sensor());
        g.writeEndObject();
        g.writeStringField("observedAt", record.observedAt().toString());
        if (record.position().isPresent()) {
            GeoPoint p = record.position().get();
            g.writeObjectFieldStart("position");
            g.writeNumberField("latitude", p.latitude());
            g.writeNumberField("longitude", p.longitude());
            g.writeEndObject();
        }
        g.writeObjectFieldStart("subject");
        switch (record.subject()) {
            case Subject.Vessel v -> {
                g.writeStringField("kind", "vessel");
                if (v.mmsi().isPresent()) {
                    g.writeNumberField("mmsi", v.mmsi().get());
                }
                if (v.shipType().isPresent()) {
                    g.writeNumberField("shipType", v.shipType().get());
                }
                if (v.flag().isPresent()) {
                    g.writeStringField("flag", v.flag().get().code());
                }
                g.writeBooleanField("governmentVessel", v.governmentVessel());
            }
            case Subject.Incident i -> {
                g.writeStringField("kind", "incident");
                g.writeStringField("eventType", i.eventType());
                g.writeStringField("grading", i.grading().toString());
            }
            case Subject.None n -> g.writeStringField("kind", "none");
        }
        g.writeEndObject();
        if (!record.content().isEmpty()) {
            g.writeObjectFieldStart("content");
            for (Map.Entry<String, String> field : record.content().entrySet()) {
                g.writeStringField(field.getKey(), field.getValue());
            }
            g.writeEndObject();
        }
    }

    private static void writeHandling(JsonGenerator g, HandlingTerms terms) throws IOException {
        g.writeObjectFieldStart("handling");
        g.writeStringField("marking", terms.marking().text());
        g.writeNumberField("retentionSeconds", terms.retention().toSeconds());
        g.writeArrayFieldStart("onwardReleaseTo");
        for (Nation n : terms.onwardReleaseTo()) {
            g.writeString(n.code());
        }
        g.writeEndArray();
        g.writeObjectFieldStart("grant");
        g.writeStringField("agreement", terms.grant().agreement().value());
        g.writeNumberField("version", terms.grant().version());
        g.writeStringField("annex", terms.grant().annexId());
        g.writeEndObject();
        g.writeEndObject();
    }

    /*
     * Reading comes in two: the usual batch (every field known, each once, of the right kind, every value
     * valid, no critical list; unknown fields are skipped) is read in one pass over the parser's tokens by StreamingReader, with the
     * values that repeat from record to record (nations, nodes, markings, grants, origins, handling
     * terms) made once per batch. At the first thing it does not expect, it gives up and the text is
     * read again as a tree by Reader, which is the format's reference: it decides whether and with
     * which message a batch is refused. A refusal costs the streaming read up to where it gave up, then
     * the tree read; the usual batch, unknown fields and all, only the one read.
     */

    /** Reads a batch; refuses it, with the reason, when it breaks the format. */
    public static Read read(String text) {
        Read usual = StreamingReader.batch(text);
        return usual != null ? usual : readTree(text);
    }

    /** Reads a batch as a tree only: the reference the streaming read is held to (tests compare the two). */
    static Read readTree(String text) {
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
            List<String> storedForms = new ArrayList<>(batch.entries().size());
            for (LogEntry entry : batch.entries()) {
                storedForms.add(writeRecord(entry.record()));
            }
            return new Read.Accepted(batch, reader.ignored, List.copyOf(storedForms));
        } catch (Refusal e) {
            return new Read.Refused(e.getMessage());
        }
    }

    /** Reads one stored record (as {@link #writeRecord(ShareableRecord)} wrote it). */
    public static ShareableRecord readRecord(String text) {
        return readStored(text, false);
    }

    /**
     * Reads stored records as {@link #readRecord} does, each the same, but with one reader for all, so that
     * what they have in common is read once (a partner's log read back from the database).
     */
    public static List<ShareableRecord> readRecords(List<String> texts) {
        StreamingReader reader = new StreamingReader(null, null);
        List<ShareableRecord> records = new ArrayList<>(texts.size());
        for (String text : texts) {
            ShareableRecord usual = reader.next(text, false);
            records.add(usual != null ? usual : readStoredTree(text, false));
        }
        return records;
    }

    private static ShareableRecord readStored(String text, boolean offered) {
        ShareableRecord usual = StreamingReader.stored(text, offered);
        return usual != null ? usual : readStoredTree(text, offered);
    }

    private static ShareableRecord readStoredTree(String text, boolean offered) {
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

    /**
     * Reads the usual batch, or the usual stored record, in one pass over the parser's tokens; answers
     * null at the first thing it does not expect, for {@link Reader} to decide. It accepts only what
     * {@link Reader} accepts, and makes the same values and the same ignored paths: a critical list, a
     * duplicate field, a value of another kind than this node writes (a whole number where a boolean
     * goes, say, which the tree reads), a value a constructor refuses, or text that is not JSON all
     * give up rather than decide. A field this node does not know is skipped and its path ignored: with
     * no critical list, that is all the format asks.
     */
    private static final class StreamingReader {
        private static final Map<String, DataCategory> CATEGORIES = categoriesById();

        /** Given up: thrown without a stack, caught in {@link #batch} and {@link #stored}. */
        private static final Unusual UNUSUAL = new Unusual();

        // The text being read and its parser: one text for a batch; one after the other for stored records.
        private JsonParser p;
        private String text;
        private final Map<String, Nation> nations = new HashMap<>();
        private final Map<String, NodeId> nodes = new HashMap<>();
        private final Map<String, ReleasabilityMarking> markings = new HashMap<>();
        // The last origin, grant and handling terms made, with the texts they were made from: in a batch
        // nearly every record has the same ones.
        private Origin origin;
        private String originSensor;
        private ReleaseGrant grant;
        private String grantAgreement;
        private String grantAnnex;
        private HandlingTerms handling;
        private String handlingMarking;
        private long handlingRetention;
        private List<String> handlingOnward;
        // The unknown fields skipped (there is no critical list, so all are ignored), by path and in all.
        private final Set<String> ignored = new TreeSet<>();
        private int unknownFields;
        // Of the record last read: its sequence and the text the receiving node stores for it.
        private long sequence;
        private String storedForm;

        private StreamingReader(JsonParser p, String text) {
            this.p = p;
            this.text = text;
        }

        /** The batch read, or null when it is not the usual one. */
        static Read batch(String text) {
            try (JsonParser p = parser(text)) {
                return new StreamingReader(p, text).batch();
            } catch (IOException | RuntimeException unusual) {
                return null;
            }
        }

        /** The stored record read, or null when it is not the usual one. */
        static ShareableRecord stored(String text, boolean offered) {
            return new StreamingReader(null, null).next(text, offered);
        }

        /**
         * Reads one stored record after another with the same reader, so that what they share (nations,
         * nodes, markings, grants) is made once; null when it is not the usual one.
         */
        ShareableRecord next(String stored, boolean offered) {
            try (JsonParser parser = parser(stored)) {
                p = parser;
                text = stored;
                startObject();
                return record(false, offered);
            } catch (IOException | RuntimeException unusual) {
                return null;
            }
        }

        /**
         * A parser of the tree's factory, reading decimals with Jackson's fast parser: it gives the same
         * double as {@link Double#parseDouble}, which the tree uses (both are correctly rounded), for less
         * (parseDouble was a tenth of the streaming read).
         */
        private static JsonParser parser(String text) throws IOException {
            JsonParser p = MAPPER.getFactory().createParser(text);
            p.enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER.mappedFeature());
            return p;
        }

        private Read batch() throws IOException {
            startObject();
            int schemaVersion = 0;
            Partner sender = null;
            long after = 0;
            long upTo = 0;
            List<LogEntry> entries = null;
            List<String> storedForms = null;
            int seen = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                int field;
                String name = name(t);
                switch (name) {
                    case "schemaVersion" -> {
                        field = 1;
                        schemaVersion = integer();
                    }
                    case "sender" -> {
                        field = 2;
                        sender = partner();
                    }
                    case "after" -> {
                        field = 4;
                        after = longValue();
                    }
                    case "upTo" -> {
                        field = 8;
                        upTo = longValue();
                    }
                    case "records" -> {
                        field = 16;
                        if (p.nextToken() != JsonToken.START_ARRAY) {
                            throw UNUSUAL;
                        }
                        entries = new ArrayList<>();
                        storedForms = new ArrayList<>();
                        for (JsonToken r = p.nextToken(); r != JsonToken.END_ARRAY; r = p.nextToken()) {
                            if (r != JsonToken.START_OBJECT) {
                                throw UNUSUAL;
                            }
                            ShareableRecord record = record(true, false);
                            entries.add(new LogEntry(sequence, record));
                            storedForms.add(storedForm != null ? storedForm : writeRecord(record));
                        }
                    }
                    default -> {
                        if (name.equals("critical")) {
                            throw UNUSUAL; // the tree checks it against every object
                        }
                        field = 0;
                        unknown(BatchFormat.Shape.BATCH, name);
                    }
                }
                seen = once(seen, field);
            }
            if (seen != 31
                    || !(BatchFormat.checkHeader(schemaVersion, Set.of()) instanceof BatchFormat.Checked.Accepted)) {
                throw UNUSUAL;
            }
            Batch batch = new Batch(schemaVersion, sender, Cursor.at(after), Cursor.at(upTo), entries);
            return new Read.Accepted(batch, ignored, Collections.unmodifiableList(storedForms));
        }

        /**
         * Reads one record, its start just read: on the wire with its sequence, stored without. Sets
         * {@link #sequence}, and {@link #storedForm} to the record's own text without its sequence when
         * the sequence comes first (null when not).
         */
        private ShareableRecord record(boolean onWire, boolean offered) throws IOException {
            long startOfRecord = p.currentTokenLocation().getCharOffset();
            int unknownBefore = unknownFields;
            long afterSequence = -1;
            String key = null;
            String categoryId = null;
            Origin from = null;
            String observedAt = null;
            GeoPoint position = null;
            Subject subject = null;
            TreeMap<String, String> content = null;
            HandlingTerms terms = null;
            Partner receivedFrom = null;
            int seen = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String name = name(t);
                if (seen == 1) { // the sequence only, and first
                    afterSequence = p.currentTokenLocation().getCharOffset();
                }
                int field;
                switch (name) {
                    case "sequence" -> {
                        if (!onWire) {
                            throw UNUSUAL;
                        }
                        field = 1;
                        sequence = longValue();
                    }
                    case "key" -> {
                        field = 2;
                        key = string();
                    }
                    case "category" -> {
                        field = 4;
                        categoryId = string();
                    }
                    case "origin" -> {
                        field = 8;
                        from = origin();
                    }
                    case "observedAt" -> {
                        field = 16;
                        observedAt = string();
                    }
                    case "position" -> {
                        field = 32;
                        position = position();
                    }
                    case "subject" -> {
                        field = 64;
                        subject = subject();
                    }
                    case "content" -> {
                        field = 128;
                        content = content();
                    }
                    case "handling" -> {
                        field = 256;
                        terms = handling();
                    }
                    case "receivedFrom" -> {
                        field = 512;
                        if (offered) {
                            receivedFrom = partner();
                        } else {
                            unknown(BatchFormat.Shape.RECORD, name);
                        }
                    }
                    default -> {
                        field = 0;
                        unknown(BatchFormat.Shape.RECORD, name);
                    }
                }
                seen = once(seen, field);
            }
            int required = (onWire ? 1 : 0) | 2 | 4 | 8 | 16 | 64 | (offered ? 0 : 256);
            if ((seen & required) != required) {
                throw UNUSUAL;
            }
            DataCategory category = CATEGORIES.get(categoryId);
            if (category == null) {
                throw UNUSUAL;
            }
            storedForm = null;
            if (afterSequence > startOfRecord && unknownFields == unknownBefore) {
                long end = p.currentTokenLocation().getCharOffset() + 1;
                storedForm = "{" + text.substring((int) afterSequence, (int) end);
            }
            return new ShareableRecord(
                    key,
                    category,
                    from,
                    instant(observedAt),
                    Optional.ofNullable(position),
                    subject,
                    content != null ? content : Collections.emptySortedMap(),
                    Optional.ofNullable(terms),
                    Optional.ofNullable(receivedFrom));
        }

        private Partner partner() throws IOException {
            startObject();
            String nation = null;
            String node = null;
            int seen = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                int field;
                String name = name(t);
                switch (name) {
                    case "nation" -> {
                        field = 1;
                        nation = string();
                    }
                    case "node" -> {
                        field = 2;
                        node = string();
                    }
                    default -> {
                        field = 0;
                        unknown(BatchFormat.Shape.SENDER, name);
                    }
                }
                seen = once(seen, field);
            }
            if (seen != 3) {
                throw UNUSUAL;
            }
            return new Partner(nation(nation), node(node));
        }

        private Origin origin() throws IOException {
            startObject();
            String nation = null;
            String node = null;
            String sensor = "";
            int seen = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                int field;
                String name = name(t);
                switch (name) {
                    case "nation" -> {
                        field = 1;
                        nation = string();
                    }
                    case "node" -> {
                        field = 2;
                        node = string();
                    }
                    case "sensor" -> {
                        field = 4;
                        sensor = string();
                    }
                    default -> {
                        field = 0;
                        unknown(BatchFormat.Shape.ORIGIN, name);
                    }
                }
                seen = once(seen, field);
            }
            if ((seen & 3) != 3) {
                throw UNUSUAL;
            }
            if (origin == null
                    || !origin.nation().code().equals(nation)
                    || !origin.node().value().equals(node)
                    || !originSensor.equals(sensor)) {
                origin = new Origin(nation(nation), node(node), sensor);
                originSensor = sensor;
            }
            return origin;
        }

        private GeoPoint position() throws IOException {
            startObject();
            double latitude = 0;
            double longitude = 0;
            int seen = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                int field;
                String name = name(t);
                switch (name) {
                    case "latitude" -> {
                        field = 1;
                        latitude = number();
                    }
                    case "longitude" -> {
                        field = 2;
                        longitude = number();
                    }
                    default -> {
                        field = 0;
                        unknown(BatchFormat.Shape.POSITION, name);
                    }
                }
                seen = once(seen, field);
            }
            if (seen != 3) {
                throw UNUSUAL;
            }
            return GeoPoint.of(latitude, longitude);
        }

        private Subject subject() throws IOException {
            startObject();
            String kind = null;
            Integer mmsi = null;
            Integer shipType = null;
            String flag = null;
            boolean governmentVessel = false;
            String eventType = null;
            String grading = null;
            int seen = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                int field;
                String name = name(t);
                switch (name) {
                    case "kind" -> {
                        field = 1;
                        kind = string();
                    }
                    case "mmsi" -> {
                        field = 2;
                        mmsi = integer();
                    }
                    case "shipType" -> {
                        field = 4;
                        shipType = integer();
                    }
                    case "flag" -> {
                        field = 8;
                        flag = string();
                    }
                    case "governmentVessel" -> {
                        field = 16;
                        JsonToken b = p.nextToken();
                        if (b != JsonToken.VALUE_TRUE && b != JsonToken.VALUE_FALSE) {
                            throw UNUSUAL;
                        }
                        governmentVessel = b == JsonToken.VALUE_TRUE;
                    }
                    case "eventType" -> {
                        field = 32;
                        eventType = string();
                    }
                    case "grading" -> {
                        field = 64;
                        grading = string();
                    }
                    default -> {
                        field = 0;
                        unknown(BatchFormat.Shape.SUBJECT, name);
                    }
                }
                seen = once(seen, field);
            }
            if (kind == null) {
                throw UNUSUAL;
            }
            return switch (kind) {
                case "vessel" ->
                    new Subject.Vessel(
                            Optional.ofNullable(mmsi),
                            Optional.ofNullable(shipType),
                            flag != null ? Optional.of(nation(flag)) : Optional.empty(),
                            governmentVessel);
                case "incident" -> {
                    if (eventType == null || grading == null) {
                        throw UNUSUAL;
                    }
                    yield new Subject.Incident(eventType, Grading.parse(grading));
                }
                case "none" -> new Subject.None();
                default -> throw UNUSUAL;
            };
        }

        private TreeMap<String, String> content() throws IOException {
            startObject();
            TreeMap<String, String> content = new TreeMap<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String name = name(t);
                if (content.put(name, string()) != null) {
                    throw UNUSUAL;
                }
            }
            return content;
        }

        private HandlingTerms handling() throws IOException {
            startObject();
            String marking = null;
            long retention = 0;
            List<String> onward = List.of();
            ReleaseGrant released = null;
            int seen = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                int field;
                String name = name(t);
                switch (name) {
                    case "marking" -> {
                        field = 1;
                        marking = string();
                    }
                    case "retentionSeconds" -> {
                        field = 2;
                        retention = longValue();
                    }
                    case "onwardReleaseTo" -> {
                        field = 4;
                        if (p.nextToken() != JsonToken.START_ARRAY) {
                            throw UNUSUAL;
                        }
                        List<String> codes = new ArrayList<>(4);
                        for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                            if (n != JsonToken.VALUE_STRING) {
                                throw UNUSUAL;
                            }
                            codes.add(p.getText());
                        }
                        onward = codes;
                    }
                    case "grant" -> {
                        field = 8;
                        released = grant();
                    }
                    default -> {
                        field = 0;
                        unknown(BatchFormat.Shape.HANDLING, name);
                    }
                }
                seen = once(seen, field);
            }
            if ((seen & 11) != 11) {
                throw UNUSUAL;
            }
            if (handling == null
                    || handling.grant() != released
                    || handlingRetention != retention
                    || !handlingMarking.equals(marking)
                    || !handlingOnward.equals(onward)) {
                Set<Nation> onwardNations = new LinkedHashSet<>();
                for (String code : onward) {
                    onwardNations.add(nation(code));
                }
                handling = new HandlingTerms(marking(marking), Duration.ofSeconds(retention), onwardNations, released);
                handlingMarking = marking;
                handlingRetention = retention;
                handlingOnward = onward;
            }
            return handling;
        }

        private ReleaseGrant grant() throws IOException {
            startObject();
            String agreement = null;
            int version = 0;
            String annex = null;
            int seen = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                int field;
                String name = name(t);
                switch (name) {
                    case "agreement" -> {
                        field = 1;
                        agreement = string();
                    }
                    case "version" -> {
                        field = 2;
                        version = integer();
                    }
                    case "annex" -> {
                        field = 4;
                        annex = string();
                    }
                    default -> {
                        field = 0;
                        unknown(BatchFormat.Shape.GRANT, name);
                    }
                }
                seen = once(seen, field);
            }
            if (seen != 7) {
                throw UNUSUAL;
            }
            if (grant == null
                    || grant.version() != version
                    || !grantAgreement.equals(agreement)
                    || !grantAnnex.equals(annex)) {
                grant = new ReleaseGrant(AgreementId.of(agreement), version, annex);
                grantAgreement = agreement;
                grantAnnex = annex;
            }
            return grant;
        }

        private Nation nation(String code) {
            Nation nation = nations.get(code);
            if (nation == null) {
                nation = Nation.of(code);
                nations.put(code, nation);
            }
            return nation;
        }

        private NodeId node(String value) {
            NodeId node = nodes.get(value);
            if (node == null) {
                node = NodeId.of(value);
                nodes.put(value, node);
            }
            return node;
        }

        private ReleasabilityMarking marking(String text) {
            ReleasabilityMarking marking = markings.get(text);
            if (marking == null) {
                if (!(ReleasabilityMarking.parse(text) instanceof ReleasabilityMarking.Parsed.Valid valid)) {
                    throw UNUSUAL;
                }
                marking = valid.marking();
                markings.put(text, marking);
            }
            return marking;
        }

        /**
         * Skips the value of a field this node does not know, as the tree would have read it: each
         * string and number is read, so the parser's limits on them apply as in the tree.
         */
        private void unknown(BatchFormat.Shape shape, String name) throws IOException {
            ignored.add(shape.pathOf(name));
            unknownFields++;
            int depth = 0;
            do {
                JsonToken t = p.nextToken();
                if (t == null) {
                    throw UNUSUAL;
                }
                switch (t) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case VALUE_STRING -> p.getText();
                    case VALUE_NUMBER_INT -> {
                        switch (p.getNumberType()) {
                            case INT -> p.getIntValue();
                            case LONG -> p.getLongValue();
                            default -> p.getBigIntegerValue();
                        }
                    }
                    case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
                    default -> {} // a name, true, false, null
                }
            } while (depth > 0);
        }

        private void startObject() throws IOException {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw UNUSUAL;
            }
        }

        private String name(JsonToken t) throws IOException {
            if (t != JsonToken.FIELD_NAME) {
                throw UNUSUAL;
            }
            return p.currentName();
        }

        private String string() throws IOException {
            if (p.nextToken() != JsonToken.VALUE_STRING) {
                throw UNUSUAL;
            }
            return p.getText();
        }

        /** A whole number the tree holds as an int (its IntNode). */
        private int integer() throws IOException {
            if (p.nextToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                throw UNUSUAL;
            }
            return p.getIntValue();
        }

        /** A whole number the tree holds as an int or a long. */
        private long longValue() throws IOException {
            if (p.nextToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw UNUSUAL;
            }
            return p.getLongValue();
        }

        /** A number the tree holds as a double, an int or a long, as the tree's asDouble gives it. */
        private double number() throws IOException {
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                return p.getDoubleValue();
            }
            if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw UNUSUAL;
            }
            return p.getLongValue();
        }

        /** {@code seen} with {@code field} added; gives up on a field seen twice. */
        private static int once(int seen, int field) {
            if ((seen & field) != 0) {
                throw UNUSUAL;
            }
            return seen | field;
        }

        private static final class Unusual extends RuntimeException {
            Unusual() {
                super("not the usual batch", null, false, false);
            }
        }

        private static Map<String, DataCategory> categoriesById() {
            Map<String, DataCategory> byId = new HashMap<>();
            DataCategory.BUILT_IN.forEach(c -> byId.putIfAbsent(c.id(), c));
            return Map.copyOf(byId);
        }
    }

    /**
     * The instant {@code text} names, as {@link Instant#parse} reads it. The form {@link Instant#toString}
     * writes ({@code 2026-11-26T10:00:00Z}, with a fraction of 1 to 9 digits or none) is read here
     * without the formatter, which made a quarter of the streaming read's garbage; any other text, or a
     * date or time out of range, goes to {@code Instant.parse}, which reads it or throws.
     */
    static Instant instant(String text) {
        int n = text.length();
        if (n < 20
                || n == 21
                || n > 30
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':'
                || text.charAt(n - 1) != 'Z'
                || (n > 20 && text.charAt(19) != '.')) {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int fraction = n > 20 ? digits(text, 20, n - 21) : 0;
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || day > Month.of(month).length(Year.isLeap(year))
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59
                || fraction < 0) {
            return Instant.parse(text);
        }
        for (int d = n - 21; d < 9; d++) {
            fraction *= 10;
        }
        long days = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600 + minute * 60 + second, fraction);
    }

    /** The number the {@code count} ASCII digits at {@code from} write, or -1 when one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static String excerpt(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
