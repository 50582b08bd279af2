package io.jisr.sar.leeway;

import io.jisr.sar.SarInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A table of Leeway object categories, looked up by number, key or description.
 *
 * <p>{@link #bundled()} is the published table of 85 categories kept in this module's resources
 * ({@code io/jisr/sar/leeway/leeway-objects.csv}, provenance in {@code leeway-objects.md} beside it).
 */
public final class LeewayObjects {
    private static final String BUNDLED = "leeway-objects.csv";

    private final List<LeewayObject> objects;
    private final Map<String, LeewayObject> byKey;

    private LeewayObjects(List<LeewayObject> objects) {
        this.objects = List.copyOf(objects);
        Map<String, LeewayObject> keys = new HashMap<>();
        for (LeewayObject object : objects) {
            keys.put(object.key().toLowerCase(Locale.ROOT), object);
        }
        this.byKey = Map.copyOf(keys);
    }

    /** Returns the bundled table of the 85 published categories. */
    public static LeewayObjects bundled() {
        return Bundled.TABLE;
    }

    /**
     * Parses a table in the bundled file's format; {@code source} names it in error messages.
     *
     * @throws SarInputException if a line is malformed, naming the line and the field
     */
    public static LeewayObjects parse(String text, String source) {
        return new LeewayObjects(LeewayTableParser.parse(text, source));
    }

    /** Returns every category, in table order (id 1 first). */
    public List<LeewayObject> all() {
        return objects;
    }

    /** Returns the category with this number, if the table has it. */
    public Optional<LeewayObject> byId(int id) {
        return id >= 1 && id <= objects.size() ? Optional.of(objects.get(id - 1)) : Optional.empty();
    }

    /**
     * Finds a category by number ({@code 27}), key ({@code LIFE-RAFT-NB-1}, any case), whole description or
     * a part of a description or key that only one category has.
     *
     * @throws SarInputException if nothing or more than one category matches, with the candidates
     */
    public LeewayObject find(String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            throw new SarInputException("Leeway object must be given as a category number 1–" + objects.size()
                    + ", a key such as PIW-1, or a description");
        }
        if (q.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int id = q.length() > 9 ? -1 : Integer.parseInt(q);
            return byId(id).orElseThrow(() -> new SarInputException(
                    "unknown Leeway object category " + q + ": the table has categories 1–" + objects.size()));
        }
        String lower = q.toLowerCase(Locale.ROOT);
        LeewayObject exact = byKey.get(lower);
        if (exact != null) {
            return exact;
        }
        List<LeewayObject> matches = new ArrayList<>();
        for (LeewayObject object : objects) {
            if (object.description().equalsIgnoreCase(q)) {
                return object;
            }
            if (object.description().toLowerCase(Locale.ROOT).contains(lower)
                    || object.key().toLowerCase(Locale.ROOT).contains(lower)) {
                matches.add(object);
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        String shown = q.length() > 60 ? q.substring(0, 60) + "…" : q;
        if (matches.isEmpty()) {
            throw new SarInputException("unknown Leeway object \"" + shown + "\": give a category number 1–"
                    + objects.size() + ", a key such as PIW-1 or LIFE-RAFT-NB-1, or words of its description");
        }
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < Math.min(5, matches.size()); i++) {
            LeewayObject m = matches.get(i);
            list.append(i == 0 ? "" : "; ").append(m.id()).append(' ').append(m.key());
        }
        throw new SarInputException("Leeway object \"" + shown + "\" matches " + matches.size() + " categories (" + list
                + (matches.size() > 5 ? "; …" : "") + "): give the number or the key");
    }

    /** Holds the bundled table, read on first use. */
    private static final class Bundled {
        static final LeewayObjects TABLE = load();

        private static LeewayObjects load() {
            try (InputStream in = LeewayObjects.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "bundled Leeway table " + BUNDLED + " is missing from the classpath");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled Leeway table " + BUNDLED, e);
            }
        }
    }
}
