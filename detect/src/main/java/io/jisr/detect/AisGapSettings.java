package io.jisr.detect;

import java.time.Duration;
import java.util.List;

/**
 * Thresholds of the AIS gap detector.
 *
 * @param minimumGap silence after which a vessel counts as gone dark (default 6 h, the threshold of
 *     Global Fishing Watch's gap events and of Skylight's "Potential Dark Activity")
 * @param disablingGap silence from which a gap may be deliberate disabling (default 12 h, after Global
 *     Fishing Watch's intentional-disabling dataset, Welch et al. 2022)
 * @param disablingShoreDistanceNauticalMiles how far from shore both ends of a possible disabling
 *     must lie (default 50 nautical miles, same source)
 * @param minimumReportsBefore how many reports the vessel must have sent within {@code
 *     regularityWindow} before falling silent, so that a vessel that was barely heard does not count
 * @param regularityWindow see {@code minimumReportsBefore}
 * @param coverageWindowHours hours of reception history a cell is judged on
 * @param coverageMinimumHours hours with reception in that window for a cell to count as covered
 * @param footprintMaximumDiameterNauticalMiles the widest learnt footprint still taken for one
 *     terrestrial receiver ({@link ReceiverFootprints}); default 120 NM, twice the radio horizon between
 *     a receiver 500 m above the sea and a ship's antenna 20 m up (2.22 (sqrt 500 + sqrt 20) = 60 NM, the
 *     usual VHF propagation rule of thumb), so only aggregated or satellite feeds are wider
 * @param declaredReceivers shore receivers the operator declares with their range (none by default);
 *     water within range of one that is passing reports on counts as covered
 */
public record AisGapSettings(
        Duration minimumGap,
        Duration disablingGap,
        double disablingShoreDistanceNauticalMiles,
        int minimumReportsBefore,
        Duration regularityWindow,
        int coverageWindowHours,
        int coverageMinimumHours,
        double footprintMaximumDiameterNauticalMiles,
        List<DeclaredReceiver> declaredReceivers) {

    /**
     * The defaults described above; a cell counts as heard once it had reception in 1 of the last 24
     * hours (reception proves coverage; hours without it may only lack ships), and a point is inside
     * coverage when heard cells surround it ({@link ReceptionCoverage#isInside}) or it lies within one
     * receiver's learnt footprint ({@link ReceiverFootprints#isInside}).
     */
    public static final AisGapSettings DEFAULTS = new AisGapSettings(
            Duration.ofHours(6), Duration.ofHours(12), 50, 3, Duration.ofHours(1), 24, 1, 120, List.of());

    /** Checks the values and copies the list. */
    public AisGapSettings {
        declaredReceivers = List.copyOf(declaredReceivers);
        if (minimumGap.isNegative() || minimumGap.isZero()) {
            throw new IllegalArgumentException("minimum gap must be positive, was " + minimumGap);
        }
        if (disablingGap.compareTo(minimumGap) < 0) {
            throw new IllegalArgumentException(
                    "disabling gap must be at least the minimum gap " + minimumGap + ", was " + disablingGap);
        }
        if (minimumReportsBefore < 1 || minimumReportsBefore > 16) {
            throw new IllegalArgumentException(
                    "minimum reports before a gap must be 1..16, was " + minimumReportsBefore);
        }
    }

    /** Returns these settings with the given declared receivers instead of the present ones. */
    public AisGapSettings withDeclaredReceivers(List<DeclaredReceiver> receivers) {
        return new AisGapSettings(
                minimumGap,
                disablingGap,
                disablingShoreDistanceNauticalMiles,
                minimumReportsBefore,
                regularityWindow,
                coverageWindowHours,
                coverageMinimumHours,
                footprintMaximumDiameterNauticalMiles,
                receivers);
    }
}
