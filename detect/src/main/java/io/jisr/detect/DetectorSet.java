package io.jisr.detect;

import io.jisr.detect.geo.Geography;
import io.jisr.detect.zone.ZoneSet;
import java.util.List;

/** The standard detectors with their published default thresholds, in the order they see events. */
public final class DetectorSet {
    private DetectorSet() {}

    /**
     * Returns every detector with its defaults: the anchorage learner (which raises nothing; the
     * encounter rules ask it), AIS gaps, both encounter rules, both loitering rules, zones, port visits
     * and identity anomalies.
     */
    public static List<Detector> defaults(Geography geography, ZoneSet zones) {
        return defaults(geography, zones, AisGapSettings.DEFAULTS);
    }

    /** Returns every detector with its defaults, the AIS gap detector with {@code gaps}. */
    public static List<Detector> defaults(Geography geography, ZoneSet zones, AisGapSettings gaps) {
        // One slot per vessel for all of them: a report costs one hash probe, not one per detector.
        VesselIndex vessels = new VesselIndex();
        LearntAnchorages anchorages = new LearntAnchorages(LearntAnchorages.Settings.DEFAULTS, vessels);
        return List.of(
                anchorages,
                new AisGapDetector(gaps, geography, vessels),
                new EncounterDetector(EncounterRule.GFW, geography, anchorages, vessels),
                new EncounterDetector(EncounterRule.RENDEZVOUS, geography, anchorages, vessels),
                new LoiteringDetector(LoiteringRule.GFW, geography, vessels),
                new LoiteringDetector(LoiteringRule.TRANSSHIPMENT, geography, vessels),
                new ZoneDetector(zones, vessels),
                new PortVisitDetector(PortVisitSettings.DEFAULTS, geography, vessels),
                new IdentityAnomalyDetector(IdentityAnomalyDetector.Settings.DEFAULTS, vessels));
    }
}
