package io.jisr.sar.leeway;

import io.jisr.sar.SarInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the Leeway object table: {@code #} comments, one header line, one quoted-CSV row per category. */
final class LeewayTableParser {
    static final List<String> COLUMNS = List.of(
            "id",
            "key",
            "level",
            "description",
            "dw_slope_pct",
            "dw_offset_cm_s",
            "dw_std_cm_s",
            "cwr_slope_pct",
            "cwr_offset_cm_s",
            "cwr_std_cm_s",
            "cwl_slope_pct",
            "cwl_offset_cm_s",
            "cwl_std_cm_s");

    /** Guards against hostile input: the real table has 85 rows of at most 120 characters. */
    static final int MAX_ROWS = 10_000;

    static final int MAX_LINE = 4_000;

    private LeewayTableParser() {}

    static List<LeewayObject> parse(String text, String source) {
        String[] lines = text.split("\r?\n|\r", -1);
        List<LeewayObject> objects = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        boolean header = false;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int lineNumber = n + 1;
            if (n == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = source + " line " + lineNumber;
            if (line.length() > MAX_LINE) {
                throw new SarInputException(
                        where + ": line is " + line.length() + " characters long, at most " + MAX_LINE + " allowed");
            }
            List<String> fields = fields(line, where);
            if (!header) {
                List<String> names = fields.stream()
                        .map(f -> f.strip().toLowerCase(Locale.ROOT))
                        .toList();
                if (!names.equals(COLUMNS)) {
                    throw new SarInputException(
                            where + ": header must be " + String.join(",", COLUMNS) + ", was " + excerpt(line));
                }
                header = true;
                continue;
            }
            if (objects.size() == MAX_ROWS) {
                throw new SarInputException(where + ": more than " + MAX_ROWS + " categories");
            }
            if (fields.size() != COLUMNS.size()) {
                throw new SarInputException(where + ": expected " + COLUMNS.size() + " fields, found " + fields.size()
                        + " in " + excerpt(line));
            }
            objects.add(row(fields, where, objects.size() + 1, keys));
        }
        if (!header) {
            throw new SarInputException(source + ": no header line (" + String.join(",", COLUMNS) + ")");
        }
        if (objects.isEmpty()) {
            throw new SarInputException(source + ": no categories after the header");
        }
        return objects;
    }

    private static LeewayObject row(List<String> f, String where, int expectedId, Set<String> keys) {
        int id = integer(f.get(0), "id", where);
        if (id != expectedId) {
            throw new SarInputException(where + ": id must be " + expectedId + " (categories are numbered 1, 2, … in"
                    + " file order), was " + id);
        }
        String key = f.get(1).strip();
        if (key.isEmpty()) {
            throw new SarInputException(where + ": key is empty");
        }
        if (!keys.add(key.toLowerCase(Locale.ROOT))) {
            throw new SarInputException(where + ": key " + excerpt(key) + " appears twice");
        }
        int level = integer(f.get(2), "level", where);
        if (level < 0 || level > 3) {
            throw new SarInputException(where + ": level must be 0 to 3, was " + level);
        }
        String description = f.get(3).strip();
        return new LeewayObject(
                id,
                key,
                level,
                description,
                coefficients(f, 4, "dw", where),
                coefficients(f, 7, "cwr", where),
                coefficients(f, 10, "cwl", where));
    }

    private static LeewayCoefficients coefficients(List<String> f, int first, String prefix, String where) {
        double slope = number(f.get(first), prefix + "_slope_pct", where);
        double offset = number(f.get(first + 1), prefix + "_offset_cm_s", where);
        double std = number(f.get(first + 2), prefix + "_std_cm_s", where);
        if (std < 0) {
            throw new SarInputException(
                    where + ": " + prefix + "_std_cm_s must not be negative, was " + f.get(first + 2));
        }
        if (Math.abs(slope) > 100 || Math.abs(offset) > 1000 || std > 1000) {
            throw new SarInputException(where + ": " + prefix + " coefficients out of any physical range (slope "
                    + slope + " %, offset " + offset + " cm/s, std " + std + " cm/s)");
        }
        return new LeewayCoefficients(slope, offset, std);
    }

    private static int integer(String field, String name, String where) {
        String s = field.strip();
        if (s.isEmpty() || s.length() > 9 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new SarInputException(where + ": " + name + " must be a whole number, was " + excerpt(field));
        }
        return Integer.parseInt(s);
    }

    private static double number(String field, String name, String where) {
        String s = field.strip();
        // Only plain decimals: Double.parseDouble would also take "NaN", "Infinity" and hex floats.
        if (s.isEmpty() || s.length() > 30 || !s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?")) {
            throw new SarInputException(where + ": " + name + " must be a decimal number, was " + excerpt(field));
        }
        return Double.parseDouble(s);
    }

    /** Splits one CSV line: commas, double-quoted fields with {@code ""} for a quote. */
    static List<String> fields(String line, String where) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        current.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    current.append(c);
                }
            } else if (c == ',') {
                fields.add(current.toString());
                current.setLength(0);
                wasQuoted = false;
            } else if (c == '"') {
                if (wasQuoted || !current.toString().isBlank()) {
                    throw new SarInputException(where + ": quote in the middle of field " + (fields.size() + 1));
                }
                current.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else {
                if (wasQuoted && !Character.isWhitespace(c)) {
                    throw new SarInputException(
                            where + ": text after the closing quote of field " + (fields.size() + 1));
                }
                current.append(c);
            }
        }
        if (quoted) {
            throw new SarInputException(where + ": quote of field " + (fields.size() + 1) + " is not closed");
        }
        fields.add(current.toString());
        return fields;
    }

    static String excerpt(String s) {
        String shown = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return "\"" + shown + "\"";
    }
}
