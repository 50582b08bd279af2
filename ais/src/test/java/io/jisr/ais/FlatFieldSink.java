package io.jisr.ais;

import io.jisr.ais.message.AisMessage;
import io.jisr.ais.message.BitString;
import io.jisr.ais.message.Coded;
import io.jisr.ais.message.FieldSink;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * A {@link FieldSink} that flattens a message's description into path → value: nested objects as
 * {@code eta.month}, list elements as {@code targets[0].mmsi}, enums by their code on the air.
 */
final class FlatFieldSink implements FieldSink {
    private final SequencedMap<String, FieldValue> fields = new LinkedHashMap<>();
    private final Deque<Frame> frames = new ArrayDeque<>();

    /** Returns every field of a message, the envelope's repeat indicator first, in describe order. */
    static SequencedMap<String, FieldValue> of(AisMessage message) {
        FlatFieldSink sink = new FlatFieldSink();
        // repeat is in gpsd's objects but outside describe(), which reports only the message's own fields.
        sink.integer("repeat", message.repeatIndicator());
        message.describe(sink);
        return sink.fields;
    }

    @Override
    public void integer(String name, long value) {
        put(name, new FieldValue.Number(BigDecimal.valueOf(value), 0));
    }

    @Override
    public void decimal(String name, double value, int fractionDigits) {
        put(name, new FieldValue.Number(BigDecimal.valueOf(value), fractionDigits));
    }

    @Override
    public void text(String name, String value) {
        put(name, new FieldValue.Text(value));
    }

    @Override
    public void bool(String name, boolean value) {
        put(name, new FieldValue.Bool(value));
    }

    @Override
    public void absent(String name) {
        put(name, FieldValue.ABSENT);
    }

    @Override
    public void bits(String name, BitString value) {
        // gpsd prints undecoded data in the same "<bit length>:<hex>" form.
        put(name, new FieldValue.Text(value.toString()));
    }

    @Override
    public void code(String name, Coded value) {
        put(name, new FieldValue.Code(value.code(), value.name()));
    }

    @Override
    public void beginObject(String name) {
        if (name == null) {
            Frame list = frames.peek();
            if (list == null || !list.isList) {
                throw new IllegalStateException("an unnamed object must be inside a list, at " + prefix());
            }
            frames.push(new Frame(list.path + "[" + list.nextIndex++ + "].", false));
        } else {
            frames.push(new Frame(prefix() + name + ".", false));
        }
    }

    @Override
    public void endObject() {
        frames.pop();
    }

    @Override
    public void beginList(String name) {
        frames.push(new Frame(prefix() + name, true));
    }

    @Override
    public void endList() {
        frames.pop();
    }

    private void put(String name, FieldValue value) {
        fields.put(prefix() + name, value);
    }

    /** Returns the path of the innermost open object with a trailing dot, or "" at the top. */
    private String prefix() {
        Frame top = frames.peek();
        if (top == null) {
            return "";
        }
        if (top.isList) {
            throw new IllegalStateException("a field in list " + top.path + " must be inside an object");
        }
        return top.path;
    }

    /** An open object (path ends with a dot) or list (path is the list's name). */
    private static final class Frame {
        final String path;
        final boolean isList;
        int nextIndex;

        Frame(String path, boolean isList) {
            this.path = path;
            this.isList = isList;
        }
    }
}
