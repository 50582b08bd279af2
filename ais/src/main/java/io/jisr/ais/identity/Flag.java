package io.jisr.ais.identity;

import java.util.regex.Pattern;

/**
 * The flag an MMSI's maritime identification digits point to: the country or territory whose
 * administration assigned the number (ITU-R M.585-9).
 *
 * @param isoAlpha3 the ISO 3166-1 alpha-3 code, such as {@code PAN}
 * @param name the English name of the geographical area, as the ITU MID table gives it (shortened)
 */
public record Flag(String isoAlpha3, String name) {

    private static final Pattern ALPHA_3 = Pattern.compile("[A-Z]{3}");

    /** Checks that the code is three capital letters and the name is not blank. */
    public Flag {
        if (!ALPHA_3.matcher(isoAlpha3).matches()) {
            throw new IllegalArgumentException(
                    "ISO 3166-1 alpha-3 code must be three letters A-Z, was \"" + isoAlpha3 + "\"");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("flag name must not be blank, for " + isoAlpha3);
        }
    }
}
