package io.jisr.programme.acquisition;

/** What kind of thing an asset in the register is. */
public enum AssetKind {
    PATROL_VESSEL(true, false),
    FIXED_WING_AIRCRAFT(true, true),
    HELICOPTER(true, true),
    RADIO_STATION(false, false),
    RADAR_STATION(false, false),
    VEHICLE(false, false);

    private final boolean searchUnit;
    private final boolean airborne;

    AssetKind(boolean searchUnit, boolean airborne) {
        this.searchUnit = searchUnit;
        this.airborne = airborne;
    }

    /** Returns whether an asset of this kind can be a search unit in a SAR plan. */
    public boolean isSearchUnit() {
        return searchUnit;
    }

    /** Returns whether it flies (and so searches from a height above the sea). */
    public boolean isAirborne() {
        return airborne;
    }
}
