package io.jisr.sar.plan;

/**
 * The coverage factor {@code C = W / S} of a search: sweep width over track spacing, or effort over area.
 * Its probability of detection follows the exponential detection function of IAMSAR Manual Vol. II
 * (the "ideal" / random-search curve): {@code POD = 1 − e^(−C)}.
 *
 * @param value the coverage factor, more than 0
 */
public record CoverageFactor(double value) {

    /** Checks that the factor is positive and finite. */
    public CoverageFactor {
        if (!(value > 0 && value <= 100)) {
            throw new IllegalArgumentException("coverage factor must be more than 0 and at most 100, was " + value);
        }
    }

    /** Returns the coverage of tracks {@code trackSpacing} apart by a unit sweeping {@code sweepWidth} (same unit). */
    public static CoverageFactor ofSpacing(double sweepWidth, double trackSpacing) {
        if (!(sweepWidth > 0) || !(trackSpacing > 0)) {
            throw new IllegalArgumentException(
                    "sweep width and track spacing must be more than 0, were " + sweepWidth + " and " + trackSpacing);
        }
        return new CoverageFactor(sweepWidth / trackSpacing);
    }

    /**
     * Returns the coverage of an effort {@code Z = V·T·W} (the area effectively swept) spread over an area
     * ({@code C = Z / A}; both in square metres, or both in square nautical miles).
     */
    public static CoverageFactor ofEffort(double effort, double area) {
        if (!(effort > 0) || !(area > 0)) {
            throw new IllegalArgumentException("effort and area must be more than 0, were " + effort + " and " + area);
        }
        return new CoverageFactor(effort / area);
    }

    /** Returns the track spacing {@code S = W / C} giving this coverage with a sweep width (same unit). */
    public double trackSpacing(double sweepWidth) {
        if (!(sweepWidth > 0)) {
            throw new IllegalArgumentException("sweep width must be more than 0, was " + sweepWidth);
        }
        return sweepWidth / value;
    }

    /** Returns the probability of detection, {@code 1 − e^(−C)}. */
    public double probabilityOfDetection() {
        return -Math.expm1(-value);
    }

    /** Returns the probability of success of searching an area holding {@code containment} of the probability. */
    public double probabilityOfSuccess(double containment) {
        if (!(containment >= 0 && containment <= 1)) {
            throw new IllegalArgumentException("POC must be between 0 and 1, was " + containment);
        }
        return containment * probabilityOfDetection();
    }
}
