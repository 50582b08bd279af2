package io.jisr.exchange;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A nation party to an agreement, by its ISO 3166-1 alpha-3 code ({@code DZA}, {@code USA}).
 *
 * @param code three upper-case letters, an officially assigned ISO 3166-1 alpha-3 code
 */
public record Nation(String code) implements Comparable<Nation> {

    /* The JDK carries the ISO 3166-1 alpha-3 list (Locale.getISOCountries since Java 9), so the
     * module needs no table of its own. User-assigned codes (AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ)
     * and NATO tetragraphs are not nations and are refused. */
    private static final Set<String> ASSIGNED = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    /** Checks that the code is an assigned ISO 3166-1 alpha-3 code. */
    public Nation {
        Objects.requireNonNull(code, "nation code must not be null");
        if (!isAssigned(code)) {
            throw new IllegalArgumentException(problem(code));
        }
    }

    /** The nation with this code; throws {@link IllegalArgumentException} saying why it is not one. */
    public static Nation of(String code) {
        return new Nation(code);
    }

    /** Whether {@code code} is an assigned ISO 3166-1 alpha-3 code (exactly, upper case). */
    public static boolean isAssigned(String code) {
        return code != null && code.length() == 3 && ASSIGNED.contains(code);
    }

    /** Why {@code code} is not a nation, for messages. */
    static String problem(String code) {
        if (code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return "nation must be an ISO 3166-1 alpha-3 code of three upper-case letters, was \"" + Texts.excerpt(code)
                    + "\"";
        }
        return "nation \"" + code + "\" is not an assigned ISO 3166-1 alpha-3 code";
    }

    @Override
    public int compareTo(Nation other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
