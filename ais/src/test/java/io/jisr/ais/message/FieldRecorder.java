package io.jisr.ais.message;

import java.util.ArrayList;
import java.util.List;

/** A {@link FieldSink} that writes each field as {@code name=value} text, in order, for exact assertions. */
final class FieldRecorder implements FieldSink {
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder prefix = new StringBuilder();

    /** Returns the fields reported by {@code message.describe}. */
    static List<String> fieldsOf(AisMessage message) {
        FieldRecorder recorder = new FieldRecorder();
        message.describe(recorder);
        return recorder.fields;
    }

    @Override
    public void integer(String name, long value) {
        add(name, Long.toString(value));
    }

    @Override
    public void decimal(String name, double value, int fractionDigits) {
        add(name, String.format(java.util.Locale.ROOT, "%." + fractionDigits + "f", value));
    }

    @Override
    public void text(String name, String value) {
        add(name, "\"" + value + "\"");
    }

    @Override
    public void bool(String name, boolean value) {
        add(name, Boolean.toString(value));
    }

    @Override
    public void code(String name, Coded value) {
        add(name, value.name());
    }

    @Override
    public void absent(String name) {
        add(name, "absent");
    }

    @Override
    public void bits(String name, BitString value) {
        add(name, value.toString());
    }

    @Override
    public void beginObject(String name) {
        prefix.append(name == null ? "[]" : name).append('.');
    }

    @Override
    public void endObject() {
        trimPrefix();
    }

    @Override
    public void beginList(String name) {
        prefix.append(name).append('.');
    }

    @Override
    public void endList() {
        trimPrefix();
    }

    private void add(String name, String value) {
        fields.add(prefix + name + "=" + value);
    }

    private void trimPrefix() {
        int end = prefix.length() - 1;
        int start = prefix.lastIndexOf(".", end - 1) + 1;
        prefix.setLength(start);
    }
}
