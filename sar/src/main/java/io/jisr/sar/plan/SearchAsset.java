package io.jisr.sar.plan;

/**
 * A search unit: a vessel or an aircraft (own or a partner's), with what the plan needs from it.
 *
 * @param name its name or call sign
 * @param kind vessel, helicopter or fixed-wing aircraft
 * @param searchSpeedKnots its speed while searching
 * @param enduranceHours the time it can spend on scene
 * @param searchHeightMetres its search height above the sea for aircraft; 0 for vessels (their table has
 *     one height)
 */
public record SearchAsset(
        String name, AssetKind kind, double searchSpeedKnots, double enduranceHours, double searchHeightMetres) {

    /** Checks the values. */
    public SearchAsset {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a search asset needs a name");
        }
        if (kind == null) {
            throw new IllegalArgumentException("search asset \"" + name + "\" needs a kind");
        }
        if (!(searchSpeedKnots > 0 && searchSpeedKnots <= 500)) {
            throw new IllegalArgumentException("search asset \"" + name
                    + "\": search speed must be more than 0 and at most 500 knots, was " + searchSpeedKnots);
        }
        if (!(enduranceHours > 0 && enduranceHours <= 240)) {
            throw new IllegalArgumentException("search asset \"" + name
                    + "\": endurance must be more than 0 and at most 240 hours, was " + enduranceHours);
        }
        if (kind == AssetKind.VESSEL ? searchHeightMetres != 0 : !(searchHeightMetres > 0)) {
            throw new IllegalArgumentException("search asset \"" + name + "\": "
                    + (kind == AssetKind.VESSEL
                            ? "a vessel's search height must be 0"
                            : "an aircraft needs a search height")
                    + ", was " + searchHeightMetres + " m");
        }
    }

    /** Returns a vessel. */
    public static SearchAsset vessel(String name, double searchSpeedKnots, double enduranceHours) {
        return new SearchAsset(name, AssetKind.VESSEL, searchSpeedKnots, enduranceHours, 0);
    }

    /** Returns the track length it can fly or steam on scene, metres. */
    public double reachMetres() {
        return searchSpeedKnots * Nautical.METRES_PER_NAUTICAL_MILE * enduranceHours;
    }
}
