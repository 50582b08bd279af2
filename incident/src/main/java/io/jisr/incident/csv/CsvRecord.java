package io.jisr.incident.csv;

import java.util.List;

/** One record read by {@link CsvReader}: its fields, or why it could not be read; with the line it starts on. */
public sealed interface CsvRecord {

    /** The line (from 1) on which the record starts; a quoted field may carry it over further lines. */
    int line();

    /** A well-formed record. */
    record Fields(int line, List<String> values) implements CsvRecord {
        /** Copies the values. */
        public Fields {
            values = List.copyOf(values);
        }
    }

    /** A record that breaks the format; the reader has skipped to the next record. */
    record Malformed(int line, String reason) implements CsvRecord {}
}
