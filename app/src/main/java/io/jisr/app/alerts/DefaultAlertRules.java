package io.jisr.app.alerts;

import io.jisr.detect.DetectionKind;
import io.jisr.detect.alert.AlertRule;
import io.jisr.detect.alert.Severity;
import java.util.List;

/**
 * The alert rules of a node whose configuration names none: every detection a watch officer must not
 * miss becomes an alert; port visits stay context (they are detections, listed with the vessel, never
 * alarms).
 */
public final class DefaultAlertRules {
    private DefaultAlertRules() {}

    /** Going dark and encounters high, loitering, identity anomalies and zone visits lower. */
    public static final List<AlertRule> RULES = List.of(
            AlertRule.forKinds("Vessel gone dark", Severity.HIGH, DetectionKind.AIS_GAP),
            AlertRule.forKinds("Encounter at sea", Severity.HIGH, DetectionKind.ENCOUNTER),
            AlertRule.forKinds("Loitering", Severity.MEDIUM, DetectionKind.LOITERING),
            AlertRule.forKinds("Identity anomaly", Severity.MEDIUM, DetectionKind.IDENTITY_ANOMALY),
            AlertRule.forKinds("Zone visit", Severity.LOW, DetectionKind.ZONE_VISIT));
}
