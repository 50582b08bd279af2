package io.jisr.sar.leeway;

/**
 * One leeway component's regression on the 10 m wind speed: {@code speed [cm/s] = slope% × U10 [m/s] +
 * offset}, with the standard deviation of the regression's residual.
 *
 * @param slopePercent leeway speed as a percentage of the 10 m wind speed
 * @param offsetCmPerSecond leeway speed at zero wind, cm/s
 * @param stdCmPerSecond standard deviation of the residual, cm/s (not negative)
 */
public record LeewayCoefficients(double slopePercent, double offsetCmPerSecond, double stdCmPerSecond) {

    /** Checks that the values are finite and the standard deviation is not negative. */
    public LeewayCoefficients {
        if (!Double.isFinite(slopePercent) || !Double.isFinite(offsetCmPerSecond) || !Double.isFinite(stdCmPerSecond)) {
            throw new IllegalArgumentException("leeway coefficients must be finite, were slope " + slopePercent
                    + " %, offset " + offsetCmPerSecond + " cm/s, std " + stdCmPerSecond + " cm/s");
        }
        if (stdCmPerSecond < 0) {
            throw new IllegalArgumentException("leeway standard deviation must not be negative, was " + stdCmPerSecond);
        }
    }

    /** Returns the component's mean speed in m/s at a 10 m wind speed in m/s, without perturbation. */
    public double meanSpeed(double windSpeed) {
        return (slopePercent * windSpeed + offsetCmPerSecond) / 100.0;
    }
}
