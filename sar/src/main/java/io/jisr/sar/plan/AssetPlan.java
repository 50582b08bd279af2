package io.jisr.sar.plan;

import java.time.Duration;

/**
 * One search unit's part of a plan.
 *
 * @param asset the unit
 * @param assignedArea the area it searches (its share of a split area, the square of its expanding square,
 *     or the disc of its sector search)
 * @param sweepWidth its corrected sweep width for the object in the conditions
 * @param coverage the coverage its track achieves in its area
 * @param track the pattern it follows
 * @param probabilityOfContainment the probability map's mass in its area
 */
public record AssetPlan(
        SearchAsset asset,
        SearchArea assignedArea,
        SweepWidth sweepWidth,
        CoverageFactor coverage,
        PatternTrack track,
        double probabilityOfContainment) {

    /** Checks the containment. */
    public AssetPlan {
        if (!(probabilityOfContainment >= 0 && probabilityOfContainment <= 1)) {
            throw new IllegalArgumentException("POC must be between 0 and 1, was " + probabilityOfContainment);
        }
    }

    /** Returns the probability of detection in its area, {@code 1 − e^(−C)}. */
    public double probabilityOfDetection() {
        return coverage.probabilityOfDetection();
    }

    /** Returns its own probability of success, {@code POC × POD}, as if no other unit searched. */
    public double probabilityOfSuccess() {
        return coverage.probabilityOfSuccess(probabilityOfContainment);
    }

    /** Returns the time to complete its track at its search speed. */
    public Duration duration() {
        return track.durationAt(asset.searchSpeedKnots());
    }

    /** Returns whether it can complete its track within its endurance. */
    public boolean fitsEndurance() {
        return track.fitsEndurance(asset);
    }
}
