package io.jisr.app.decode;

import io.jisr.ais.Reception;
import io.jisr.ais.message.AisMessage;
import io.jisr.ais.message.BitString;
import io.jisr.ais.message.FieldSink;
import java.util.List;

/**
 * Writes messages as CSV rows with a fixed set of columns, the ones spreadsheets and GIS tools want;
 * a message fills the columns whose names its {@link AisMessage#describe(FieldSink)} reports at top
 * level and leaves the others empty. The columns are documented in {@code docs/cli.md}.
 */
final class CsvWriter implements MessageWriter, FieldSink {
    /*
     * Implementation note: describe() reports fields in the message's order, not the columns', so a
     * row's values are held (as primitives and the message's own strings, nothing copied) until the
     * message ends and then written in column order.
     *
     * Quoting follows RFC 4180: a value holding a comma, quote, CR or LF is quoted and its quotes
     * doubled. Text that starts with =, +, -, @, tab or CR gets a leading apostrophe (OWASP's advice
     * against CSV/formula injection), because AIS names and tag-block sources are attacker-controlled
     * and a spreadsheet would otherwise run "=HYPERLINK(...)" as a formula. Numbers are never
     * prefixed: a negative longitude stays a number.
     */

    /** The columns, in order. */
    static final List<String> COLUMNS = List.of(
            "line",
            "receivedAt",
            "source",
            "channel",
            "type",
            "mmsi",
            "lat",
            "lon",
            "speed",
            "course",
            "heading",
            "status",
            "shipname",
            "callsign",
            "imo",
            "shiptype",
            "destination",
            "draught");

    private static final int FIELD_COLUMNS = 12;

    private static final byte EMPTY = 0;
    private static final byte INTEGER = 1;
    private static final byte DECIMAL = 2;
    private static final byte TEXT = 3;
    private static final byte TRUE = 4;
    private static final byte FALSE = 5;

    private final ByteOutput out;
    private final byte[] kinds = new byte[FIELD_COLUMNS];
    private final long[] integers = new long[FIELD_COLUMNS];
    private final double[] decimals = new double[FIELD_COLUMNS];
    private final String[] texts = new String[FIELD_COLUMNS];
    /** The field column of each field, predicted from the last message of the same type. */
    private final FieldShapes<Integer> fieldColumns = new FieldShapes<>(CsvWriter::columnOf);

    private int field;
    private int depth;

    CsvWriter(ByteOutput out) {
        this.out = out;
    }

    @Override
    public void begin() {
        out.ascii(String.join(",", COLUMNS));
        out.write('\n');
    }

    @Override
    public void write(AisMessage message, Reception reception) {
        depth = 0;
        fieldColumns.start(message.messageType());
        field = 0;
        message.describe(this);
        out.integer(reception.lineNumber());
        out.write(',');
        if (reception.hasReceivedAt()) {
            out.epochMilli(reception.receivedAtEpochMilli());
        }
        out.write(',');
        if (reception.source().isPresent()) {
            text(reception.source().get());
        }
        out.write(',');
        if (reception.channel().isPresent()) {
            text(reception.channel().get());
        }
        out.write(',');
        out.integer(message.messageType());
        out.write(',');
        out.integer(message.mmsi().value());
        for (int i = 0; i < FIELD_COLUMNS; i++) {
            out.write(',');
            switch (kinds[i]) {
                case INTEGER -> out.integer(integers[i]);
                case DECIMAL -> out.fixed(decimals[i], (int) integers[i]);
                case TEXT -> text(texts[i]);
                case TRUE -> out.ascii("true");
                case FALSE -> out.ascii("false");
                default -> {}
            }
            kinds[i] = EMPTY;
            texts[i] = null;
        }
        out.write('\n');
    }

    /** Writes one text value, guarded against formula injection and quoted as RFC 4180 requires. */
    private void text(String value) {
        if (value.isEmpty()) {
            return;
        }
        boolean quote = false;
        for (int i = 0, n = value.length(); i < n && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        char lead = value.charAt(0);
        if (quote) {
            out.write('"');
        }
        if (lead == '=' || lead == '+' || lead == '-' || lead == '@' || lead == '\t' || lead == '\r') {
            out.write('\'');
        }
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.write('"');
                out.write('"');
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.utf8(Character.toCodePoint(c, value.charAt(++i)));
            } else {
                out.utf8(c);
            }
        }
        if (quote) {
            out.write('"');
        }
    }

    /** Returns the field column of the message's next field, or -1 when it has none. */
    private int column(String name) {
        int column = fieldColumns.at(field++, name);
        return depth > 0 ? -1 : column;
    }

    /** Returns the field column of a top-level field name, or -1 for fields that have no column. */
    private static int columnOf(String name) {
        return switch (name) {
            case "lat" -> 0;
            case "lon" -> 1;
            case "speed" -> 2;
            case "course" -> 3;
            case "heading" -> 4;
            case "status" -> 5;
            case "shipname" -> 6;
            case "callsign" -> 7;
            case "imo" -> 8;
            case "shiptype" -> 9;
            case "destination" -> 10;
            case "draught" -> 11;
            default -> -1;
        };
    }

    @Override
    public void integer(String name, long value) {
        int c = column(name);
        if (c >= 0) {
            kinds[c] = INTEGER;
            integers[c] = value;
        }
    }

    @Override
    public void decimal(String name, double value, int fractionDigits) {
        int c = column(name);
        if (c >= 0) {
            kinds[c] = Double.isFinite(value) ? DECIMAL : EMPTY;
            decimals[c] = value;
            integers[c] = fractionDigits;
        }
    }

    @Override
    public void text(String name, String value) {
        int c = column(name);
        if (c >= 0) {
            kinds[c] = TEXT;
            texts[c] = value;
        }
    }

    @Override
    public void bool(String name, boolean value) {
        int c = column(name);
        if (c >= 0) {
            kinds[c] = value ? TRUE : FALSE;
        }
    }

    @Override
    public void absent(String name) {
        int c = column(name);
        if (c >= 0) {
            kinds[c] = EMPTY;
        }
    }

    @Override
    public void bits(String name, BitString value) {
        text(name, value.toString());
    }

    @Override
    public void beginObject(String name) {
        depth++;
    }

    @Override
    public void endObject() {
        depth--;
    }

    @Override
    public void beginList(String name) {
        depth++;
    }

    @Override
    public void endList() {
        depth--;
    }
}
