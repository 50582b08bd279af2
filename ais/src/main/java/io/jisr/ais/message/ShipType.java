package io.jisr.ais.message;

/**
 * Type of ship and cargo (ITU-R M.1371-5 table 53): a code from 1 to 255 with the standard's
 * meaning. Code 0 ("not available") is modelled as an empty {@code Optional<ShipType>}.
 *
 * @param code the eight-bit code, 1 to 255
 */
public record ShipType(int code) {

    /** Checks the range. */
    public ShipType {
        if (code < 1 || code > 255) {
            throw new IllegalArgumentException("ship type code must be within 1..255, was " + code);
        }
    }

    /** Returns the ship type with this code. */
    public static ShipType of(int code) {
        return new ShipType(code);
    }

    /** Returns the broad category the first digit gives (table 53), for filters and map colours. */
    public String category() {
        if (code >= 100) {
            return code >= 200 ? "Reserved for future use" : "Reserved for regional use";
        }
        return switch (code / 10) {
            case 2 -> "Wing in ground";
            case 3 -> code <= 37 ? special30(code) : "Reserved";
            case 4 -> "High-speed craft";
            case 5 -> special50(code);
            case 6 -> "Passenger";
            case 7 -> "Cargo";
            case 8 -> "Tanker";
            case 9 -> "Other";
            default -> "Reserved";
        };
    }

    /** Returns the standard's wording for this code, including the hazard category where it has one. */
    public String description() {
        int digit = code % 10;
        int decade = code / 10;
        if (code < 100 && (decade == 2 || decade == 4 || decade >= 6) && decade <= 9) {
            String base = category();
            return switch (digit) {
                case 0 -> base;
                case 1 -> base + ", hazardous category A";
                case 2 -> base + ", hazardous category B";
                case 3 -> base + ", hazardous category C";
                case 4 -> base + ", hazardous category D";
                case 9 -> base + ", no additional information";
                default -> base + ", reserved";
            };
        }
        return category();
    }

    private static String special30(int code) {
        return switch (code) {
            case 30 -> "Fishing";
            case 31 -> "Towing";
            case 32 -> "Towing, length over 200 m or breadth over 25 m";
            case 33 -> "Dredging or underwater operations";
            case 34 -> "Diving operations";
            case 35 -> "Military operations";
            case 36 -> "Sailing";
            default -> "Pleasure craft";
        };
    }

    private static String special50(int code) {
        return switch (code) {
            case 50 -> "Pilot vessel";
            case 51 -> "Search and rescue vessel";
            case 52 -> "Tug";
            case 53 -> "Port tender";
            case 54 -> "Vessel with anti-pollution equipment";
            case 55 -> "Law enforcement vessel";
            case 56, 57 -> "Spare, for local vessels";
            case 58 -> "Medical transport";
            default -> "Non-combatant ship (RR Resolution No. 18)";
        };
    }
}
