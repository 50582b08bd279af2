package io.jisr.incident.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads comma-separated records as RFC 4180 defines them, leniently where files in the wild need it,
 * and never throws for what the text holds: a record it cannot read comes back as
 * {@link CsvRecord.Malformed} with its line number, and reading goes on with the next record.
 *
 * <p>Accepted: a UTF-8 byte order mark at the start (as spreadsheet programs write it), CRLF, LF or CR
 * line ends, fields in double quotes holding commas, line breaks and doubled quotes, a quote inside an
 * unquoted field (kept as a character), empty lines (skipped). Refused per record: text after a closing
 * quote, more than {@value #MAX_FIELDS} fields, a field longer than {@value #MAX_FIELD_LENGTH}
 * characters; and a quote still open at the end of the input, which ends reading.
 */
public final class CsvReader {
    /** Most fields in one record. */
    public static final int MAX_FIELDS = 256;

    /** Longest field, in characters. */
    public static final int MAX_FIELD_LENGTH = 65_536;

    private static final int EOF = -1;

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int line = 1;
    private boolean started;
    private boolean ended;

    /** Reads from this reader (not closed by this class). */
    public CsvReader(Reader in) {
        this.in = in;
    }

    /** Reads every record of a text, for tests and small inputs. */
    public static List<CsvRecord> readAll(Reader in) {
        CsvReader reader = new CsvReader(in);
        List<CsvRecord> records = new ArrayList<>();
        for (Optional<CsvRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
            records.add(r.get());
        }
        return records;
    }

    /**
     * Returns the next record, or empty at the end of the input.
     *
     * @throws UncheckedIOException if the underlying reader fails
     */
    public Optional<CsvRecord> next() {
        while (!ended) {
            CsvRecord record = record();
            if (record != null) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    /* Returns one record, or null for an empty line or the end of input. */
    private CsvRecord record() {
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        String error = null;
        int c = read();
        if (c == EOF) {
            ended = true;
            return null;
        }
        if (c == '\n' || c == '\r') {
            endLine(c);
            return null;
        }
        while (true) {
            boolean tooLong = false;
            field.setLength(0);
            if (c == '"') {
                int openedOn = line;
                while (true) {
                    c = read();
                    if (c == EOF) {
                        ended = true;
                        return new CsvRecord.Malformed(
                                start,
                                "field " + (fields.size() + 1) + " opens a quote on line " + openedOn
                                        + " that is not closed before the end of the input");
                    }
                    if (c == '"') {
                        if (peek() == '"') {
                            read();
                        } else {
                            break;
                        }
                    } else if (c == '\r') {
                        line++;
                        if (peek() == '\n') {
                            read();
                            tooLong |= append(field, '\r');
                            c = '\n';
                        }
                    } else if (c == '\n') {
                        line++;
                    }
                    tooLong |= append(field, (char) c);
                }
                c = read();
                if (c != ',' && c != '\n' && c != '\r' && c != EOF && error == null) {
                    error = "unexpected text after the closing quote of field " + (fields.size() + 1);
                    c = skipToEndOfLine(c);
                }
            } else {
                while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                    tooLong |= append(field, (char) c);
                    c = read();
                }
            }
            if (tooLong && error == null) {
                error = "field " + (fields.size() + 1) + " is longer than " + MAX_FIELD_LENGTH + " characters";
            }
            if (fields.size() < MAX_FIELDS) {
                fields.add(field.toString());
            } else if (error == null) {
                error = "the record has more than " + MAX_FIELDS + " fields";
            }
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == EOF) {
                ended = true;
            } else {
                endLine(c);
            }
            return error == null ? new CsvRecord.Fields(start, fields) : new CsvRecord.Malformed(start, error);
        }
    }

    private static boolean append(StringBuilder field, char c) {
        if (field.length() >= MAX_FIELD_LENGTH) {
            return true;
        }
        field.append(c);
        return false;
    }

    private int skipToEndOfLine(int c) {
        while (c != '\n' && c != '\r' && c != EOF) {
            c = read();
        }
        return c;
    }

    private void endLine(int c) {
        line++;
        if (c == '\r' && peek() == '\n') {
            read();
        }
    }

    private int read() {
        int c = peek();
        if (c != EOF) {
            position++;
        }
        return c;
    }

    private int peek() {
        if (position == limit) {
            try {
                limit = in.read(buffer, 0, buffer.length);
            } catch (IOException e) {
                throw new UncheckedIOException("reading CSV failed on line " + line, e);
            }
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return EOF;
            }
            if (!started) {
                started = true;
                if (buffer[0] == '\uFEFF') {
                    position = 1;
                    return peek();
                }
            }
        }
        return buffer[position];
    }
}
