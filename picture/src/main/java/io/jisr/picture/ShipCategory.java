package io.jisr.picture;

import io.jisr.ais.message.ShipType;
import java.util.Optional;

/** Broad ship categories for filters and map colours, from the ITU-R M.1371-5 table 53 ship type codes. */
public enum ShipCategory {
    CARGO,
    TANKER,
    PASSENGER,
    FISHING,
    HIGH_SPEED,
    PLEASURE_AND_SAILING,
    TUG_AND_SPECIAL,
    MILITARY_AND_LAW_ENFORCEMENT,
    SEARCH_AND_RESCUE,
    OTHER,
    UNKNOWN;

    /** Returns the category of a ship type, or {@link #UNKNOWN} when the type is not given. */
    public static ShipCategory of(Optional<ShipType> shipType) {
        if (shipType.isEmpty()) {
            return UNKNOWN;
        }
        int code = shipType.get().code();
        return switch (code / 10) {
            case 2, 9 -> OTHER;
            case 3 ->
                switch (code) {
                    case 30 -> FISHING;
                    case 31, 32, 33, 34 -> TUG_AND_SPECIAL;
                    case 35 -> MILITARY_AND_LAW_ENFORCEMENT;
                    case 36, 37 -> PLEASURE_AND_SAILING;
                    default -> OTHER;
                };
            case 4 -> HIGH_SPEED;
            case 5 ->
                switch (code) {
                    case 51 -> SEARCH_AND_RESCUE;
                    case 55 -> MILITARY_AND_LAW_ENFORCEMENT;
                    case 50, 52, 53, 54 -> TUG_AND_SPECIAL;
                    default -> OTHER;
                };
            case 6 -> PASSENGER;
            case 7 -> CARGO;
            case 8 -> TANKER;
            default -> OTHER;
        };
    }
}
