package io.jisr.detect;

import io.jisr.picture.ShipCategory;
import java.time.Duration;
import java.util.Set;

/**
 * Thresholds of one loitering rule.
 *
 * @param name short name, part of detection ids
 * @param maxSpeedKnots reports at or above this speed break the run
 * @param minDuration how long the run must last
 * @param minShoreDistanceNauticalMiles reports closer to shore than this break the run
 * @param maxReportInterval a silence longer than this breaks the run (nothing is known of it)
 * @param categories the ship categories the rule applies to; empty for all
 */
public record LoiteringRule(
        String name,
        double maxSpeedKnots,
        Duration minDuration,
        double minShoreDistanceNauticalMiles,
        Duration maxReportInterval,
        Set<ShipCategory> categories) {

    /** Global Fishing Watch's loitering: under 2 knots for at least 1 hour, at least 20 nautical miles from shore. */
    public static final LoiteringRule GFW =
            new LoiteringRule("gfw", 2.0, Duration.ofHours(1), 20, Duration.ofHours(1), Set.of());

    /**
     * Loitering of carriers that suggests transshipment: under 2 knots for at least 4 hours, 20 nautical
     * miles from shore (GFW's carrier-vessel loitering). AIS ship types have no "reefer" code, so the
     * rule takes cargo ships, the category reefers report.
     */
    public static final LoiteringRule TRANSSHIPMENT = new LoiteringRule(
            "transshipment", 2.0, Duration.ofHours(4), 20, Duration.ofHours(1), Set.of(ShipCategory.CARGO));

    /** Checks the values and copies the categories. */
    public LoiteringRule {
        if (!name.matches("[a-z0-9-]{1,32}")) {
            throw new IllegalArgumentException("loitering rule name must be 1-32 of a-z 0-9 -, was \"" + name + "\"");
        }
        if (!(maxSpeedKnots > 0 && maxSpeedKnots <= 10)) {
            throw new IllegalArgumentException("loitering speed must be within (0, 10] knots, was " + maxSpeedKnots);
        }
        if (minDuration.isNegative() || minDuration.isZero()) {
            throw new IllegalArgumentException("loitering duration must be positive, was " + minDuration);
        }
        categories = Set.copyOf(categories);
    }
}
