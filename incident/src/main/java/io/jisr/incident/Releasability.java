package io.jisr.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * To which countries a report may be released besides the originator, written as a marking:
 * {@code REL TO DZA, USA} (countries in alphabetical order, ISO 3166-1 alpha-3) or, when it may go to no
 * other country, {@code NOT RELEASABLE}. The sharing annex decides what actually leaves the node; this
 * marking is the author's statement that it must not go further.
 */
public record Releasability(SortedSet<CountryCode> releasableTo) {
    /** Releasable to no other country. */
    public static final Releasability NOT_RELEASABLE = new Releasability(new TreeSet<>());

    private static final String REL_TO = "REL TO ";
    private static final String NONE = "NOT RELEASABLE";

    /** Copies the set (sorted, unmodifiable). */
    public Releasability {
        if (releasableTo == null) {
            throw new IllegalArgumentException("releasability needs a set of countries (empty: not releasable)");
        }
        releasableTo = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(releasableTo));
    }

    /** Returns the releasability to these countries. */
    public static Releasability relTo(CountryCode... countries) {
        return new Releasability(new TreeSet<>(List.of(countries)));
    }

    /**
     * Parses a marking: {@code REL TO DZA, USA} (commas, spaces or both between codes; letter case of
     * the keywords ignored; codes upper case), {@code NOT RELEASABLE}, or an empty text (not releasable).
     */
    public static Releasability parse(String marking) {
        String s = marking == null ? "" : marking.strip();
        if (s.isEmpty() || s.equalsIgnoreCase(NONE)) {
            return NOT_RELEASABLE;
        }
        if (!s.toUpperCase(Locale.ROOT).startsWith(REL_TO)) {
            throw new IllegalArgumentException(
                    "releasability must read \"REL TO\" and country codes, or NOT RELEASABLE, was "
                            + Text.quote(marking));
        }
        List<CountryCode> countries = new ArrayList<>();
        for (String part : s.substring(REL_TO.length()).split("[,\\s]+", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            if (!CountryCode.isAssigned(part)) {
                throw new IllegalArgumentException("releasability names " + Text.quote(part)
                        + ", not an ISO 3166-1 alpha-3 country code, in " + Text.quote(marking));
            }
            countries.add(CountryCode.of(part));
        }
        if (countries.isEmpty()) {
            throw new IllegalArgumentException("releasability \"REL TO\" names no country in " + Text.quote(marking));
        }
        return new Releasability(new TreeSet<>(countries));
    }

    /** Returns whether the report may be released to this country. */
    public boolean isReleasableTo(CountryCode country) {
        return releasableTo.contains(country);
    }

    /** Returns the marking text, e.g. {@code REL TO DZA, USA}. */
    public String marking() {
        if (releasableTo.isEmpty()) {
            return NONE;
        }
        StringBuilder out = new StringBuilder(REL_TO);
        for (CountryCode c : releasableTo) {
            if (out.length() > REL_TO.length()) {
                out.append(", ");
            }
            out.append(c.alpha3());
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return marking();
    }
}
