package io.jisr.incident;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A country as its ISO 3166-1 alpha-3 code ({@code DZA}, {@code MLI}, {@code NER}), checked against the
 * officially assigned codes the JDK knows.
 */
public record CountryCode(String alpha3) implements Comparable<CountryCode> {
    private static final Set<String> ASSIGNED = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    private static final Map<String, String> BY_ENGLISH_NAME = englishNames();
    private static final Map<String, String> ENGLISH_NAME = namesByCode();

    /** Checks the code: three upper-case letters that ISO 3166-1 assigns to a country. */
    public CountryCode {
        if (alpha3 == null || !isAssigned(alpha3)) {
            throw new IllegalArgumentException(
                    "country must be an ISO 3166-1 alpha-3 code such as DZA, was " + Text.quote(alpha3));
        }
    }

    /** Returns the country with this alpha-3 code; see the constructor for what is refused. */
    public static CountryCode of(String alpha3) {
        return new CountryCode(alpha3);
    }

    /** Returns whether the text is an assigned alpha-3 code, exactly (no trimming, upper case only). */
    public static boolean isAssigned(String text) {
        return text != null && text.length() == 3 && ASSIGNED.contains(text);
    }

    /** Returns the country whose English short name is this (case-insensitive), as open datasets name them. */
    public static Optional<CountryCode> byEnglishName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_ENGLISH_NAME.get(name.strip().toLowerCase(Locale.ROOT)))
                .map(CountryCode::new);
    }

    /** Returns the English short name (for the CSV {@code country} column), or the code if the JDK has none. */
    public String englishName() {
        return ENGLISH_NAME.getOrDefault(alpha3, alpha3);
    }

    @Override
    public int compareTo(CountryCode other) {
        return alpha3.compareTo(other.alpha3);
    }

    @Override
    public String toString() {
        return alpha3;
    }

    private static Map<String, String> namesByCode() {
        Map<String, String> names = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale locale = Locale.of("", alpha2);
            names.put(locale.getISO3Country(), locale.getDisplayCountry(Locale.ENGLISH));
        }
        return Map.copyOf(names);
    }

    private static Map<String, String> englishNames() {
        Map<String, String> names = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale locale = Locale.of("", alpha2);
            names.put(locale.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), locale.getISO3Country());
        }
        return Map.copyOf(names);
    }
}
