package io.jisr.ais;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/** Reads gpsd's JSON output ({@code gpsdecode -j}) into flat field maps named as Jisr names fields. */
final class GpsdJson {
    /*
     * Implementation note: the streaming parser is used instead of a tree so that a number keeps the
     * exact text gpsd printed; its count of fraction digits is the precision gpsd rounded to, which
     * sets the comparison tolerance.
     */

    private static final JsonFactory JSON = new JsonFactory();

    private GpsdJson() {}

    /**
     * One AIS object of gpsd's output.
     *
     * @param type the AIS message type
     * @param mmsi the sender's MMSI
     * @param fields every other field, flattened, keys converted with {@link #lowerCamel(String)}
     * @param json the line as gpsd printed it
     */
    record Message(int type, int mmsi, SequencedMap<String, FieldValue> fields, String json) {}

    /** Parses one output line; returns null for objects that are not AIS (gpsd's TPV, SKY, ...). */
    static Message parse(String line) {
        SequencedMap<String, FieldValue> fields = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("gpsd output line is not a JSON object: " + line);
            }
            readObject(p, "", fields);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse gpsd output line " + line, e);
        }
        if (!(fields.remove("class") instanceof FieldValue.Text(String cls)) || !cls.equals("AIS")) {
            return null;
        }
        fields.remove("device");
        fields.remove("scaled");
        int type = intOf(fields.remove("type"), line);
        int mmsi = intOf(fields.remove("mmsi"), line);
        return new Message(type, mmsi, fields, line);
    }

    /**
     * Converts a gpsd key to Jisr's name: each underscore is dropped and a letter after it
     * upper-cased ({@code to_bow} → {@code toBow}, {@code type1_1} → {@code type11}, Jisr's names for
     * type 15). No gpsd object has two keys that this makes the same ({@code offset1_1} and {@code
     * offset11} never meet).
     */
    static String lowerCamel(String key) {
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '_' && i + 1 < key.length() && b.length() > 0) {
                b.append(Character.toUpperCase(key.charAt(++i)));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static void readObject(JsonParser p, String prefix, SequencedMap<String, FieldValue> out)
            throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (key.equals("dte")) {
                readDte(p, prefix, out);
                continue;
            }
            String name = prefix + lowerCamel(key);
            readValue(p, p.nextToken(), name, out);
        }
    }

    /**
     * gpsd prints the DTE bit (ITU-R M.1371-5: 0 = data terminal available, 1 = not available); Jisr
     * reports the meaning, {@code dataTerminalReady}. The bit is read as that meaning so that the two
     * compare as one field.
     */
    private static void readDte(JsonParser p, String prefix, SequencedMap<String, FieldValue> out) throws IOException {
        JsonToken token = p.nextToken();
        String name = prefix + "dataTerminalReady";
        if (token == JsonToken.VALUE_NUMBER_INT && (p.getIntValue() == 0 || p.getIntValue() == 1)) {
            out.put(name, new FieldValue.Bool(p.getIntValue() == 0));
        } else {
            readValue(p, token, name, out);
        }
    }

    private static void readValue(JsonParser p, JsonToken token, String name, SequencedMap<String, FieldValue> out)
            throws IOException {
        switch (token) {
            case START_OBJECT -> readObject(p, name + ".", out);
            case START_ARRAY -> {
                int index = 0;
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    readValue(p, t, name + "[" + index++ + "]", out);
                }
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                BigDecimal value = new BigDecimal(p.getText());
                out.put(name, new FieldValue.Number(value, Math.max(0, value.scale())));
            }
            case VALUE_STRING -> out.put(name, new FieldValue.Text(p.getText()));
            case VALUE_TRUE -> out.put(name, new FieldValue.Bool(true));
            case VALUE_FALSE -> out.put(name, new FieldValue.Bool(false));
            case VALUE_NULL -> out.put(name, FieldValue.ABSENT);
            default -> throw new IllegalStateException("unexpected JSON token " + token + " at " + name);
        }
    }

    private static int intOf(FieldValue value, String line) {
        if (value instanceof FieldValue.Number(BigDecimal n, int digits)) {
            return n.intValueExact();
        }
        throw new IllegalArgumentException("gpsd AIS object without a numeric type or mmsi: " + line);
    }
}
