package io.jisr.ais.message;

/** Special manoeuvre indicator of types 1–3 (ITU-R M.1371-5 table 45). The code is the ordinal. */
public enum ManeuverIndicator implements Coded {
    /** 0: not available (default). */
    NOT_AVAILABLE,
    /** 1: not engaged in special manoeuvre. */
    NO_SPECIAL_MANEUVER,
    /** 2: engaged in special manoeuvre, such as a regional passing arrangement on an inland waterway. */
    SPECIAL_MANEUVER,
    /** 3: not defined by the standard; kept so that the message round-trips. */
    RESERVED;

    private static final ManeuverIndicator[] BY_CODE = values();

    /** Returns the indicator with this two-bit code. */
    public static ManeuverIndicator ofCode(int code) {
        return BY_CODE[code & 3];
    }

    /** Returns the two-bit code. */
    @Override
    public int code() {
        return ordinal();
    }
}
