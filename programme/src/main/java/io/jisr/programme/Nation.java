package io.jisr.programme;

import java.util.Locale;
import java.util.Set;

/**
 * A side of the cooperation as its ISO 3166-1 alpha-3 code ({@code DZA}, {@code FRA}), checked against the
 * codes the JDK knows as assigned.
 */
public record Nation(String alpha3) implements Comparable<Nation> {
    private static final Set<String> ASSIGNED = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    /** Checks the code: three upper-case letters that ISO 3166-1 assigns to a country. */
    public Nation {
        if (alpha3 == null || alpha3.length() != 3 || !ASSIGNED.contains(alpha3)) {
            throw new IllegalArgumentException(
                    "nation must be an ISO 3166-1 alpha-3 code such as DZA, was " + Texts.quote(alpha3));
        }
    }

    /** Returns the nation with this alpha-3 code. */
    public static Nation of(String alpha3) {
        return new Nation(alpha3);
    }

    @Override
    public int compareTo(Nation other) {
        return alpha3.compareTo(other.alpha3);
    }

    @Override
    public String toString() {
        return alpha3;
    }
}
