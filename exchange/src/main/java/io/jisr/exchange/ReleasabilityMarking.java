package io.jisr.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.SequencedSet;

/**
 * A releasability marking, {@code REL TO DZA, USA}: the nations that may hold the data it is set on.
 *
 * <p>Written exactly as {@code REL TO } followed by ISO 3166-1 alpha-3 codes separated by {@code ", "},
 * each at most once. The order is kept as written: national rules differ (US practice lists USA
 * first, then the others alphabetically), so the marking does not impose one; two markings naming
 * the same nations in another order are equal, since they release to the same nations.
 *
 * @param nations the nations, in the order written, at least one
 */
public record ReleasabilityMarking(SequencedSet<Nation> nations) {
    private static final String PREFIX = "REL TO ";
    private static final String SEPARATOR = ", ";
    private static final int MAX_LENGTH = 1000;

    /** Checks that at least one nation is named, and copies the set. */
    public ReleasabilityMarking {
        Objects.requireNonNull(nations, "nations must not be null");
        if (nations.isEmpty()) {
            throw new IllegalArgumentException("a releasability marking must name at least one nation");
        }
        nations = Collections.unmodifiableSequencedSet(new LinkedHashSet<>(nations));
    }

    /** The marking releasable to these nations, in this order. */
    public static ReleasabilityMarking of(Nation... nations) {
        var set = new LinkedHashSet<Nation>();
        for (Nation n : nations) {
            if (!set.add(n)) {
                throw new IllegalArgumentException("nation " + n + " is named twice in a releasability marking");
            }
        }
        return new ReleasabilityMarking(set);
    }

    /** Whether data with this marking may be held by {@code nation}. */
    public boolean releasableTo(Nation nation) {
        return nations.contains(nation);
    }

    /** The marking as written, {@code REL TO DZA, USA}. */
    public String text() {
        var codes = new ArrayList<String>(nations.size());
        nations.forEach(n -> codes.add(n.code()));
        return PREFIX + String.join(SEPARATOR, codes);
    }

    @Override
    public String toString() {
        return text();
    }

    /**
     * Reads a marking. Never throws on bad text: the result says what was wrong and at which character
     * (counted from 1).
     */
    public static Parsed parse(String text) {
        Objects.requireNonNull(text, "marking text must not be null");
        if (text.length() > MAX_LENGTH) {
            return new Parsed.Invalid(
                    "a marking may have at most " + MAX_LENGTH + " characters, had " + text.length(), 1);
        }
        if (!text.startsWith(PREFIX)) {
            return new Parsed.Invalid("a marking must start with \"REL TO \", was \"" + Texts.excerpt(text) + "\"", 1);
        }
        var nations = new LinkedHashSet<Nation>();
        int at = PREFIX.length();
        while (true) {
            if (at + 3 > text.length()) {
                return new Parsed.Invalid("expected a three-letter nation code at the end of the marking", at + 1);
            }
            String code = text.substring(at, at + 3);
            if (!Nation.isAssigned(code)) {
                return new Parsed.Invalid(Nation.problem(code), at + 1);
            }
            Nation nation = new Nation(code);
            if (!nations.add(nation)) {
                return new Parsed.Invalid("nation " + code + " is named twice", at + 1);
            }
            at += 3;
            if (at == text.length()) {
                return new Parsed.Valid(new ReleasabilityMarking(nations));
            }
            if (!text.startsWith(SEPARATOR, at)) {
                return new Parsed.Invalid(
                        "nation codes must be separated by \", \"; found \"" + Texts.excerpt(text.substring(at)) + "\"",
                        at + 1);
            }
            at += SEPARATOR.length();
        }
    }

    /** The result of reading a marking. */
    public sealed interface Parsed {
        /** A well-formed marking. */
        record Valid(ReleasabilityMarking marking) implements Parsed {}

        /**
         * Text that is not a marking.
         *
         * @param message what was wrong
         * @param column the character (from 1) where it went wrong
         */
        record Invalid(String message, int column) implements Parsed {}
    }
}
