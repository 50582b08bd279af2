package io.jisr.incident.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes RFC 4180 records: CRLF line ends, fields quoted when they hold a comma, quote, line break or edge space. */
public final class CsvWriter {
    private final Appendable out;

    /** Writes to this output. */
    public CsvWriter(Appendable out) {
        this.out = out;
    }

    /**
     * Writes one record.
     *
     * @throws UncheckedIOException if the output fails
     */
    public void write(List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(quote(fields.get(i)));
            }
            out.append("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV failed", e);
        }
    }

    /** Returns the field as written: quoted, with quotes doubled, when it needs to be. */
    public static String quote(String field) {
        boolean needs = !field.isEmpty()
                && (Character.isWhitespace(field.charAt(0))
                        || Character.isWhitespace(field.charAt(field.length() - 1)));
        for (int i = 0; i < field.length() && !needs; i++) {
            char c = field.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        // A leading byte order mark would be taken for the file's own by a reader; quoting keeps it data.
        needs |= !field.isEmpty() && field.charAt(0) == '\uFEFF';
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
