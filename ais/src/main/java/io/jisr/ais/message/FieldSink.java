package io.jisr.ais.message;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Receives the fields of a message by name, in a fixed order: the one description of a message's
 * fields that JSON and CSV output, the gpsd comparison and the documentation all read.
 *
 * <p>Names are lower camel case and stable: they are the field names of {@code jisr decode
 * --format ndjson} (see {@code docs/ais.md}). A field that is "not available" in the message is
 * reported through {@link #absent(String)}, never as a sentinel number.
 */
public interface FieldSink {

    /** An integer field. */
    void integer(String name, long value);

    /** A decimal field, meaningful to {@code fractionDigits} digits after the point. */
    void decimal(String name, double value, int fractionDigits);

    /** A text field. */
    void text(String name, String value);

    /** A true/false field. */
    void bool(String name, boolean value);

    /** A field whose value is not available in this message. */
    void absent(String name);

    /** Uninterpreted bits. */
    void bits(String name, BitString value);

    /** Starts a nested object; fields up to {@link #endObject()} belong to it. */
    void beginObject(String name);

    /** Ends the innermost nested object. */
    void endObject();

    /** Starts a list of objects, each opened with {@link #beginObject(String)} with a {@code null} name. */
    void beginList(String name);

    /** Ends the innermost list. */
    void endList();

    /** An enumerated field; text output writes its constant name, comparisons may read its code. */
    default void code(String name, Coded value) {
        text(name, value.name());
    }

    /** An optional decimal. */
    default void decimal(String name, OptionalDouble value, int fractionDigits) {
        if (value.isPresent()) {
            decimal(name, value.getAsDouble(), fractionDigits);
        } else {
            absent(name);
        }
    }

    /** An optional integer. */
    default void integer(String name, OptionalInt value) {
        if (value.isPresent()) {
            integer(name, value.getAsInt());
        } else {
            absent(name);
        }
    }

    /** An optional text. */
    default void text(String name, Optional<String> value) {
        if (value.isPresent()) {
            text(name, value.get());
        } else {
            absent(name);
        }
    }
}
