package io.jisr.programme.acquisition;

import java.util.List;

/**
 * What search planning needs from an asset that can search.
 *
 * @param searchSpeedKnots its speed while searching, knots
 * @param enduranceHours the time it can spend on scene, hours
 * @param searchHeightMetres its search height above the sea for aircraft; 0 for vessels
 * @param sensors its sensors, for example {@code surface search radar}, {@code FLIR}
 */
public record SearchCapability(
        double searchSpeedKnots, double enduranceHours, double searchHeightMetres, List<String> sensors) {

    /** Checks the ranges search planning accepts. */
    public SearchCapability {
        if (!(searchSpeedKnots > 0 && searchSpeedKnots <= 500)) {
            throw new IllegalArgumentException(
                    "search speed must be more than 0 and at most 500 knots, was " + searchSpeedKnots);
        }
        if (!(enduranceHours > 0 && enduranceHours <= 240)) {
            throw new IllegalArgumentException(
                    "endurance must be more than 0 and at most 240 hours, was " + enduranceHours);
        }
        if (!(searchHeightMetres >= 0 && searchHeightMetres <= 15_000)) {
            throw new IllegalArgumentException("search height must be from 0 to 15000 m, was " + searchHeightMetres);
        }
        sensors = List.copyOf(sensors == null ? List.of() : sensors);
    }
}
