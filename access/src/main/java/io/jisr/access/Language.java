package io.jisr.access;

import java.util.Locale;

/** The language of a person's user interface. */
public enum Language {
    /** English. */
    EN,
    /** French. */
    FR,
    /** Arabic (written right to left). */
    AR;

    /** Returns the ISO 639-1 code, lower case: {@code en}, {@code fr} or {@code ar}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the language with the code {@code code}.
     *
     * @throws IllegalArgumentException naming the accepted codes
     */
    public static Language parse(String code) {
        for (Language l : values()) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("language must be en, fr or ar, was \"" + code + "\"");
    }
}
