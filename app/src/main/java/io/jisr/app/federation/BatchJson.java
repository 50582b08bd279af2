package io.jisr.app.federation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
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
import java.util.function.Function;

/**
 * The JSON form of a {@link Batch} on the wire, with the {@link BatchFormat} rules: a required field
 * missing, a field marked critical that this node does not know, or a value of the wrong kind refuses
 * the whole batch with a message naming the place; an unknown field that is not critical is ignored.
 * Reading never throws on hostile input. One released record alone (without its sequence) is also
 * the form the outbound log and the received-record store keep.
 */
public final class BatchJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

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
        return write(batch, entry -> writeRecord(entry.record()));
    }

    /**
     * Writes {@code batch} as {@link #write(Batch)} does, taking each record's text from {@code stored}
     * instead of writing it again: {@code stored} gives, for an entry, exactly what {@link
     * #writeRecord(ShareableRecord)} wrote for its record (the outbound log keeps that text as it appends).
     * The entry's sequence goes in front of the record's fields, so the text is the same as {@link
     * #write(Batch)}'s.
     */
    public static String write(Batch batch, Function<LogEntry, String> stored) {
        StringWriter out = new StringWriter(256 + 640 * batch.entries().size());
        try {
            write(batch, stored, out);
        } catch (IOException e) {
            // A StringWriter does not fail; this is only the signature.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * As {@link #write(Batch, Function)}, in UTF-8 straight to {@code out} (a pull's response body), so that a
     * batch of thousands of records is not also built as a string and then as bytes. Leaves {@code out} open.
     * The bytes are those of {@code write(batch, stored).getBytes(UTF_8)}: the encoding goes through a writer,
     * which, like {@code getBytes}, writes '?' for a lone surrogate a record's text may hold (Jackson's own
     * UTF-8 generator refuses one, which would stop the partner's log at that record).
     */
    public static void write(Batch batch, Function<LogEntry, String> stored, OutputStream out) throws IOException {
        Writer utf8 = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(batch, stored, utf8);
        utf8.flush();
    }

    private static void write(Batch batch, Function<LogEntry, String> stored, Writer out) throws IOException {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
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
        ShareableRecord usual = BatchStreamingReader.stored(text, true);
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
     * valid, no critical list; unknown fields are skipped) is read in one pass over the parser's tokens by BatchStreamingReader, with the
     * values that repeat from record to record (nations, nodes, markings, grants, origins, handling
     * terms) made once per batch. At the first thing it does not expect, it gives up and the text is
     * read again as a tree by Reader, which is the format's reference: it decides whether and with
     * which message a batch is refused. A refusal costs the streaming read up to where it gave up, then
     * the tree read; the usual batch, unknown fields and all, only the one read.
     */

    /** Reads a batch; refuses it, with the reason, when it breaks the format. */
    public static Read read(String text) {
        Read usual = BatchStreamingReader.batch(text);
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

    private static ShareableRecord readStored(String text, boolean offered) {
        ShareableRecord usual = BatchStreamingReader.stored(text, offered);
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
            DataCategory category = DataCategory.builtIn(categoryId)
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
