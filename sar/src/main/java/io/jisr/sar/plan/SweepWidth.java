package io.jisr.sar.plan;

/**
 * A corrected sweep width: the table's value for the unit, object and visibility, times the weather and
 * fatigue correction factors (IAMSAR Manual Vol. II: {@code W = W₀ × f_w × f_f}).
 *
 * @param uncorrectedNauticalMiles the table's value
 * @param weatherFactor the weather correction factor (1, 0.9, 0.5 or 0.25)
 * @param fatigueFactor 0.9 for a tired crew, 1 otherwise
 */
public record SweepWidth(double uncorrectedNauticalMiles, double weatherFactor, double fatigueFactor) {

    /** Checks the values. */
    public SweepWidth {
        if (!(uncorrectedNauticalMiles > 0)) {
            throw new IllegalArgumentException(
                    "uncorrected sweep width must be more than 0 NM, was " + uncorrectedNauticalMiles);
        }
        if (!(weatherFactor > 0 && weatherFactor <= 1) || !(fatigueFactor > 0 && fatigueFactor <= 1)) {
            throw new IllegalArgumentException("correction factors must be more than 0 and at most 1, were "
                    + weatherFactor + " and " + fatigueFactor);
        }
    }

    /** Returns the corrected sweep width, nautical miles. */
    public double nauticalMiles() {
        return uncorrectedNauticalMiles * weatherFactor * fatigueFactor;
    }

    /** Returns the corrected sweep width, metres. */
    public double metres() {
        return Nautical.toMetres(nauticalMiles());
    }
}
