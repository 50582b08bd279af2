package io.jisr.ais.identity;

/** The kinds of station an MMSI can denote, from its leading digits (ITU-R M.585-9 annexes 1–2). */
public enum MmsiKind {
    /** A ship station: MIDXXXXXX. */
    SHIP,
    /** A group of ship stations: 0MIDXXXXX. */
    GROUP,
    /** A coast station (including AIS base stations): 00MIDXXXX. */
    COAST_STATION,
    /** A SAR aircraft: 111MIDXXX. */
    SAR_AIRCRAFT,
    /** An aid to navigation: 99MIDXXXX. */
    AID_TO_NAVIGATION,
    /** A craft associated with a parent ship (a daughter craft): 98MIDXXXX. */
    AUXILIARY_CRAFT,
    /** An AIS-SART search and rescue transmitter: 970XXYYYY. */
    SART,
    /** A man-overboard device: 972XXYYYY. */
    MAN_OVERBOARD,
    /** An EPIRB with AIS: 974XXYYYY. */
    EPIRB_AIS,
    /** A handheld VHF with DSC and GNSS: 8MIDXXXXX. */
    HANDHELD_VHF,
    /** Not a nine-digit number of any kind above. */
    INVALID;

    /** Classifies a number by its leading digits. */
    public static MmsiKind of(int value) {
        MmsiKind kind = byLeadingDigits(value);
        int mid = kind.midOf(value);
        // Every kind that carries a MID needs one from the allocated range (2xx to 7xx).
        return mid == -1 || (mid >= 200 && mid <= 799) ? kind : INVALID;
    }

    private static MmsiKind byLeadingDigits(int value) {
        if (value < 1_000_000 || value > 999_999_999) {
            // Fewer than seven significant digits cannot even be a coast station, 00MIDXXXX.
            return INVALID;
        }
        if (value < 10_000_000) {
            return COAST_STATION;
        }
        if (value < 100_000_000) {
            return GROUP;
        }
        int lead3 = value / 1_000_000;
        if (lead3 == 111) {
            return SAR_AIRCRAFT;
        }
        if (lead3 == 970) {
            return SART;
        }
        if (lead3 == 972) {
            return MAN_OVERBOARD;
        }
        if (lead3 == 974) {
            return EPIRB_AIS;
        }
        int lead2 = value / 10_000_000;
        if (lead2 == 99) {
            return AID_TO_NAVIGATION;
        }
        if (lead2 == 98) {
            return AUXILIARY_CRAFT;
        }
        int lead1 = value / 100_000_000;
        if (lead1 == 8) {
            return HANDHELD_VHF;
        }
        if (lead1 >= 2 && lead1 <= 7) {
            return SHIP;
        }
        return INVALID;
    }

    /** Returns the MID carried by a number of this kind, or -1 when the kind carries none. */
    int midOf(int value) {
        return switch (this) {
            case SHIP -> value / 1_000_000;
            case GROUP -> value / 100_000;
            case COAST_STATION -> value / 10_000;
            case SAR_AIRCRAFT -> (value / 1_000) % 1_000;
            case AID_TO_NAVIGATION, AUXILIARY_CRAFT -> (value / 10_000) % 1_000;
            case HANDHELD_VHF -> (value / 100_000) % 1_000;
            case SART, MAN_OVERBOARD, EPIRB_AIS, INVALID -> -1;
        };
    }
}
