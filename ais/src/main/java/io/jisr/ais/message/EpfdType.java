package io.jisr.ais.message;

/** Type of electronic position fixing device (ITU-R M.1371-5 table 50). The code is the ordinal. */
public enum EpfdType implements Coded {
    UNDEFINED,
    GPS,
    GLONASS,
    COMBINED_GPS_GLONASS,
    LORAN_C,
    CHAYKA,
    INTEGRATED_NAVIGATION_SYSTEM,
    SURVEYED,
    GALILEO,
    RESERVED_9,
    RESERVED_10,
    RESERVED_11,
    RESERVED_12,
    RESERVED_13,
    RESERVED_14,
    INTERNAL_GNSS;

    private static final EpfdType[] BY_CODE = values();

    /** Returns the type with this four-bit code. */
    public static EpfdType ofCode(int code) {
        return BY_CODE[code & 0xF];
    }

    /** Returns the four-bit code. */
    @Override
    public int code() {
        return ordinal();
    }
}
