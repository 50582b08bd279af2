package io.jisr.detect;

import java.time.Duration;

/**
 * Thresholds of one encounter rule.
 *
 * @param name short name, part of detection ids
 * @param maxDistanceMetres how close the two vessels must be
 * @param minDuration how long they must stay close
 * @param maxMedianSpeedKnots the median speed of their reports while close must be below this
 * @param minAnchorageDistanceMetres reports closer than this to a port or anchorage do not count
 * @param maxFixAgeDifference two reports are compared only when their times differ by at most this
 * @param maxInterruption the encounter ends once no report has found them close for this long
 */
public record EncounterRule(
        String name,
        double maxDistanceMetres,
        Duration minDuration,
        double maxMedianSpeedKnots,
        double minAnchorageDistanceMetres,
        Duration maxFixAgeDifference,
        Duration maxInterruption) {

    /**
     * Global Fishing Watch's encounter: within 500 m for at least 2 hours, median speed under 2 knots,
     * at least 10 km from a coastal anchorage.
     */
    public static final EncounterRule GFW = new EncounterRule(
            "gfw", 500, Duration.ofHours(2), 2.0, 10_000, Duration.ofMinutes(10), Duration.ofMinutes(30));

    /**
     * Skylight's "standard rendezvous": within 250 m for more than 30 minutes. Skylight publishes no
     * speed or anchorage criterion; this rule keeps GFW's 2 knots and 10 km so that ships passing in a
     * lane or lying in an anchorage do not count.
     */
    public static final EncounterRule RENDEZVOUS = new EncounterRule(
            "rendezvous", 250, Duration.ofMinutes(30), 2.0, 10_000, Duration.ofMinutes(10), Duration.ofMinutes(15));

    /** Checks the values. */
    public EncounterRule {
        if (!name.matches("[a-z0-9-]{1,32}")) {
            throw new IllegalArgumentException("encounter rule name must be 1-32 of a-z 0-9 -, was \"" + name + "\"");
        }
        if (!(maxDistanceMetres > 0 && maxDistanceMetres <= 5_000)) {
            throw new IllegalArgumentException(
                    "encounter distance must be within (0, 5000] m, was " + maxDistanceMetres);
        }
        if (minDuration.isNegative() || minDuration.isZero()) {
            throw new IllegalArgumentException("encounter duration must be positive, was " + minDuration);
        }
        if (!(maxMedianSpeedKnots > 0 && maxMedianSpeedKnots <= 10)) {
            throw new IllegalArgumentException(
                    "encounter speed must be within (0, 10] knots, was " + maxMedianSpeedKnots);
        }
    }
}
