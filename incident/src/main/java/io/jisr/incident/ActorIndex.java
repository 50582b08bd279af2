package io.jisr.incident;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The actor names of previous reports, for suggestions while an analyst types and for spelling one
 * actor one way. Names are compared in a normalised form ({@link #normalise}): "J.N.I.M." and "jnim",
 * "Ménaka militia" and "menaka  militia" are the same actor, shown in its most used spelling.
 *
 * <p>Not thread-safe: the app keeps one per node behind its own lock, or rebuilds it from storage.
 */
public final class ActorIndex {
    private final Map<String, Entry> byKey = new HashMap<>();

    /** One actor: its key, its spellings with their use counts, and its total count. */
    private static final class Entry {
        final String key;
        final Map<String, Integer> spellings = new HashMap<>();
        int uses;

        Entry(String key) {
            this.key = key;
        }

        String display() {
            return spellings.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow()
                    .getKey();
        }
    }

    /** A suggestion: the actor as usually spelt and how many reports name it. */
    public record Suggestion(String name, int uses) {}

    /** Records the actors of one report. */
    public void add(IncidentReport report) {
        for (String actor : report.actors()) {
            add(actor);
        }
    }

    /** Records one use of an actor name; blank names are ignored. */
    public void add(String name) {
        String key = normalise(name);
        if (key.isEmpty()) {
            return;
        }
        Entry entry = byKey.computeIfAbsent(key, Entry::new);
        entry.spellings.merge(IncidentReport.collapse(name), 1, Integer::sum);
        entry.uses++;
    }

    /** Returns the number of distinct actors. */
    public int size() {
        return byKey.size();
    }

    /** Returns the usual spelling of the actor this name normalises to, if it has been seen. */
    public Optional<String> canonical(String name) {
        return Optional.ofNullable(byKey.get(normalise(name))).map(Entry::display);
    }

    /**
     * Suggests up to {@code limit} known actors for what the analyst typed, best first: names starting
     * with it, then names with a word starting with it, then names whose start is within one edit (two
     * from eight characters typed) of it, for typing errors. Within each group the most used first,
     * then alphabetical. Nothing is suggested for text without a letter or digit, or longer than any
     * actor name can be.
     */
    public List<Suggestion> suggest(String typed, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("suggestion limit must be at least 1, was " + limit);
        }
        String q = normalise(typed);
        if (q.isEmpty() || q.length() > Text.MAX_SHORT_TEXT) {
            // No stored name is longer than a short text, and the edit distance costs length squared.
            return List.of();
        }
        int allowedEdits = q.length() >= 8 ? 2 : q.length() >= 4 ? 1 : 0;
        record Ranked(Entry entry, int rank) {}
        List<Ranked> ranked = new ArrayList<>();
        for (Entry e : byKey.values()) {
            int rank;
            if (e.key.startsWith(q)) {
                rank = 0;
            } else if (e.key.contains(" " + q)) {
                rank = 1;
            } else if (allowedEdits > 0 && prefixDistance(q, e.key, allowedEdits) <= allowedEdits) {
                rank = 2;
            } else {
                continue;
            }
            ranked.add(new Ranked(e, rank));
        }
        ranked.sort(Comparator.comparingInt(Ranked::rank)
                .thenComparing(r -> -r.entry().uses)
                .thenComparing(r -> r.entry().key));
        List<Suggestion> out = new ArrayList<>();
        for (int i = 0; i < ranked.size() && i < limit; i++) {
            Entry e = ranked.get(i).entry();
            out.add(new Suggestion(e.display(), e.uses));
        }
        return List.copyOf(out);
    }

    /**
     * Returns the comparison form of an actor name: Unicode compatibility-decomposed, accents and other
     * combining marks (Arabic short vowels included) removed, lower case, dots and apostrophes dropped
     * ("J.N.I.M." is "jnim", "Jama'at" is "jamaat"), every other run of punctuation or space one space.
     */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int category = Character.getType(cp);
            if (category == Character.NON_SPACING_MARK
                    || category == Character.ENCLOSING_MARK
                    || category == Character.COMBINING_SPACING_MARK
                    || cp == '.'
                    || cp == '\''
                    || cp == '’'
                    || cp == 'ʿ'
                    || cp == 'ʾ') {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (pendingSpace && !out.isEmpty()) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else {
                pendingSpace = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the least edit distance (insertions, deletions, substitutions and swaps of two neighbouring
     * letters, the commonest typing errors) between {@code typed} and any prefix of {@code name}, stopping
     * early once every prefix is further than {@code cap}.
     */
    static int prefixDistance(String typed, String name, int cap) {
        int n = typed.length();
        int m = Math.min(name.length(), n + cap);
        int[] before = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        // Row 0: the empty typed text against the name's prefix of length j costs j edits.
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                char a = typed.charAt(i - 1);
                char b = name.charAt(j - 1);
                int cost = a == b ? 0 : 1;
                int d = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a == name.charAt(j - 2) && typed.charAt(i - 2) == b) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                cur[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > cap) {
                return rowMin;
            }
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        // The best over every prefix length, so that a short typed text matches a longer name.
        int best = Integer.MAX_VALUE;
        for (int j = 0; j <= m; j++) {
            best = Math.min(best, prev[j]);
        }
        return best;
    }
}
