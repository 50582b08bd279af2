package io.jisr.app.federation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.jisr.app.federation.BatchJson.Read;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the usual batch, or the usual stored record, in one pass over the parser's tokens; answers
 * null at the first thing it does not expect, for {@link BatchJson}'s tree reader to decide. It accepts only what
 * {@link BatchJson}'s tree reader accepts, and makes the same values and the same ignored paths: a critical list, a
 * duplicate field, a value of another kind than this node writes (a whole number where a boolean
 * goes, say, which the tree reads), a value a constructor refuses, or text that is not JSON all
 * give up rather than decide. A field this node does not know is skipped and its path ignored: with
 * no critical list, that is all the format asks.
 */
final class BatchStreamingReader {
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

    BatchStreamingReader(JsonParser p, String text) {
        this.p = p;
        this.text = text;
    }

    /** The batch read, or null when it is not the usual one. */
    static Read batch(String text) {
        try (JsonParser p = parser(text)) {
            return new BatchStreamingReader(p, text).batch();
        } catch (IOException | RuntimeException unusual) {
            return null;
        }
    }

    /** The stored record read, or null when it is not the usual one. */
    static ShareableRecord stored(String text, boolean offered) {
        return new BatchStreamingReader(null, null).next(text, offered);
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
        JsonParser p = BatchJson.MAPPER.getFactory().createParser(text);
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
                        storedForms.add(storedForm != null ? storedForm : BatchJson.writeRecord(record));
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
        if (seen != 31 || !(BatchFormat.checkHeader(schemaVersion, Set.of()) instanceof BatchFormat.Checked.Accepted)) {
            throw UNUSUAL;
        }
        Batch batch = new Batch(schemaVersion, sender, Cursor.at(after), Cursor.at(upTo), entries);
        return new BatchJson.Read.Accepted(batch, ignored, Collections.unmodifiableList(storedForms));
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
        DataCategory category = DataCategory.builtIn(categoryId).orElse(null);
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
                BatchJson.instant(observedAt),
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
}
