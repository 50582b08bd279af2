package io.jisr.ais.message;

/** Navigational status of a Class A station (ITU-R M.1371-5 table 45). The code is the ordinal. */
public enum NavigationStatus implements Coded {
    UNDER_WAY_USING_ENGINE("Under way using engine"),
    AT_ANCHOR("At anchor"),
    NOT_UNDER_COMMAND("Not under command"),
    RESTRICTED_MANOEUVRABILITY("Restricted manoeuvrability"),
    CONSTRAINED_BY_DRAUGHT("Constrained by her draught"),
    MOORED("Moored"),
    AGROUND("Aground"),
    ENGAGED_IN_FISHING("Engaged in fishing"),
    UNDER_WAY_SAILING("Under way sailing"),
    RESERVED_HSC("Reserved for high-speed craft"),
    RESERVED_WIG("Reserved for wing-in-ground craft"),
    POWER_DRIVEN_TOWING_ASTERN("Power-driven vessel towing astern"),
    POWER_DRIVEN_PUSHING_AHEAD("Power-driven vessel pushing ahead or towing alongside"),
    RESERVED_13("Reserved for future use"),
    AIS_SART_ACTIVE("AIS-SART, MOB-AIS or EPIRB-AIS active"),
    NOT_DEFINED("Not defined");

    private static final NavigationStatus[] BY_CODE = values();

    private final String description;

    NavigationStatus(String description) {
        this.description = description;
    }

    /** Returns the status with this four-bit code. */
    public static NavigationStatus ofCode(int code) {
        return BY_CODE[code & 0xF];
    }

    /** Returns the four-bit code. */
    @Override
    public int code() {
        return ordinal();
    }

    /** Returns the wording of the standard. */
    public String description() {
        return description;
    }
}
