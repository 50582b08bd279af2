package io.jisr.sar.plan;

/**
 * The weather and crew on scene, which correct the sweep width.
 *
 * @param visibilityNauticalMiles meteorological visibility
 * @param windKnots wind speed
 * @param seaMetres significant wave height
 * @param crewFatigued whether the crew is tired (IAMSAR's fatigue correction, 0.9)
 */
public record SearchConditions(
        double visibilityNauticalMiles, double windKnots, double seaMetres, boolean crewFatigued) {

    /** Checks the values. */
    public SearchConditions {
        if (!(visibilityNauticalMiles > 0 && visibilityNauticalMiles <= 100)) {
            throw new IllegalArgumentException(
                    "visibility must be more than 0 and at most 100 NM, was " + visibilityNauticalMiles);
        }
        if (!(windKnots >= 0 && windKnots <= 200)) {
            throw new IllegalArgumentException("wind must be between 0 and 200 knots, was " + windKnots);
        }
        if (!(seaMetres >= 0 && seaMetres <= 30)) {
            throw new IllegalArgumentException("sea must be between 0 and 30 m, was " + seaMetres);
        }
    }
}
