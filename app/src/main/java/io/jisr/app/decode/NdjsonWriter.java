package io.jisr.app.decode;

import io.jisr.ais.Reception;
import io.jisr.ais.message.AisMessage;
import io.jisr.ais.message.BitString;
import io.jisr.ais.message.Coded;
import io.jisr.ais.message.FieldSink;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes each message as one JSON object on its own line: {@code type}, {@code repeat}, {@code mmsi},
 * the message's own fields in {@link AisMessage#describe(FieldSink)} order, then the reception fields.
 * The format is documented in {@code docs/cli.md}.
 */
final class NdjsonWriter implements MessageWriter, FieldSink {
    /*
     * Implementation note: the output is pure ASCII. Text is escaped per RFC 8259: quote, backslash
     * and every control character (and DEL) are escaped, and anything outside ASCII is written as a
     * six-character unicode escape, because AIS text and tag-block fields are attacker-controlled and must not be able
     * to end a string, break a line or smuggle terminal escape sequences into a reader's console.
     *
     * Field names and enum constants are encoded once and then copied (EncodedNames, FieldShapes). One "first"
     * flag is enough for comma placement: opening an object or list sets it, and every
     * value, including a closed container, clears it.
     */

    private static final byte[] TYPE = ascii("{\"type\":");
    private static final byte[] REPEAT = ascii(",\"repeat\":");
    private static final byte[] MMSI = ascii(",\"mmsi\":");
    private static final byte[] CHANNEL = ascii(",\"channel\":");
    private static final byte[] TALKER = ascii(",\"talker\":");
    private static final byte[] OWN_SHIP = ascii(",\"ownShip\":true");
    private static final byte[] SOURCE = ascii(",\"source\":");
    private static final byte[] RECEIVED_AT = ascii(",\"receivedAt\":\"");
    private static final byte[] SENTENCES = ascii(",\"sentences\":");
    private static final byte[] LINE = ascii(",\"line\":");
    private static final byte[] END = ascii("}\n");
    private static final byte[] NULL = ascii("null");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");

    private final ByteOutput out;
    /** {@code ,"name":} for each field name; written from index 1 when no comma is due. */
    private final EncodedNames keys = new EncodedNames(name -> literal(",", name, ":"));
    /** {@code "NAME"} for each enumerated value. */
    private final EncodedNames codes = new EncodedNames(name -> literal("", name, ""));

    /** The key of each field, predicted from the last message of the same type. */
    private final FieldShapes<byte[]> fieldKeys = new FieldShapes<>(keys::get);

    private int field;

    /** Whether the next value opens its object or list, so takes no comma. */
    private boolean first = true;

    NdjsonWriter(ByteOutput out) {
        this.out = out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Returns {@code prefix}, the JSON string literal of {@code text} and {@code suffix}, as bytes. */
    private static byte[] literal(String prefix, String text, String suffix) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteOutput encoder = new ByteOutput(bytes, 1024);
        encoder.ascii(prefix);
        encoder.jsonString(text);
        encoder.ascii(suffix);
        encoder.flush();
        return bytes.toByteArray();
    }

    @Override
    public void begin() {
        // Newline-delimited JSON has no header.
    }

    @Override
    public void write(AisMessage message, Reception reception) {
        out.write(TYPE);
        out.integer(message.messageType());
        out.write(REPEAT);
        out.integer(message.repeatIndicator());
        out.write(MMSI);
        out.integer(message.mmsi().value());
        first = false;
        fieldKeys.start(message.messageType());
        field = 0;
        message.describe(this);
        if (reception.channel().isPresent()) {
            out.write(CHANNEL);
            out.jsonString(reception.channel().get());
        }
        out.write(TALKER);
        out.jsonString(reception.talker());
        if (reception.ownShip()) {
            out.write(OWN_SHIP);
        }
        if (reception.source().isPresent()) {
            out.write(SOURCE);
            out.jsonString(reception.source().get());
        }
        if (reception.hasReceivedAt()) {
            out.write(RECEIVED_AT);
            out.epochMilli(reception.receivedAtEpochMilli());
            out.write('"');
        }
        out.write(SENTENCES);
        out.integer(reception.sentences());
        out.write(LINE);
        out.integer(reception.lineNumber());
        out.write(END);
    }

    private void key(String name) {
        out.write(fieldKeys.at(field++, name), first ? 1 : 0);
        first = false;
    }

    @Override
    public void integer(String name, long value) {
        key(name);
        out.integer(value);
    }

    @Override
    public void decimal(String name, double value, int fractionDigits) {
        key(name);
        if (!out.fixed(value, fractionDigits)) {
            out.write(NULL);
        }
    }

    @Override
    public void text(String name, String value) {
        key(name);
        out.jsonString(value);
    }

    @Override
    public void code(String name, Coded value) {
        key(name);
        out.write(codes.get(value.name()));
    }

    @Override
    public void bool(String name, boolean value) {
        key(name);
        out.write(value ? TRUE : FALSE);
    }

    @Override
    public void absent(String name) {
        key(name);
        out.write(NULL);
    }

    @Override
    public void bits(String name, BitString value) {
        key(name);
        out.write('"');
        out.integer(value.length());
        out.write(':');
        for (int i = 0, n = (value.length() + 7) >>> 3; i < n; i++) {
            int b = value.byteAt(i);
            out.write(ByteOutput.HEX[b >> 4 & 0xF]);
            out.write(ByteOutput.HEX[b & 0xF]);
        }
        out.write('"');
    }

    @Override
    public void beginObject(String name) {
        if (name == null) {
            if (!first) {
                out.write(',');
            }
        } else {
            key(name);
        }
        out.write('{');
        first = true;
    }

    @Override
    public void endObject() {
        out.write('}');
        first = false;
    }

    @Override
    public void beginList(String name) {
        key(name);
        out.write('[');
        first = true;
    }

    @Override
    public void endList() {
        out.write(']');
        first = false;
    }
}
