package io.jisr.access;

import java.util.Locale;

/** The colour scheme of a person's user interface. */
public enum Theme {
    /** Dark text on light ground. */
    LIGHT,
    /** Light text on dark ground, for a darkened bridge or operations room. */
    DARK;

    /** Returns the name in lower case: {@code light} or {@code dark}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the theme named {@code code}.
     *
     * @throws IllegalArgumentException naming the accepted names
     */
    public static Theme parse(String code) {
        for (Theme t : values()) {
            if (t.code().equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("theme must be light or dark, was \"" + code + "\"");
    }
}
