package io.jisr.detect.alert;

import io.jisr.ais.identity.Mmsi;
import io.jisr.detect.Detection;
import io.jisr.detect.DetectionKind;
import io.jisr.detect.ZoneVisit;
import io.jisr.detect.zone.ZoneSet;
import io.jisr.picture.ShipCategory;
import java.util.Optional;
import java.util.Set;

/**
 * Which detections become alerts, and how severe. Every criterion that is given must hold; an empty
 * set or an absent value places no limit.
 *
 * @param name the rule's name, shown on its alerts
 * @param kinds detection kinds it takes
 * @param zoneId the zone the detection must be in: a visit of that zone, or any detection that began
 *     inside it
 * @param categories ship categories, of any vessel involved
 * @param flags ISO 3166-1 alpha-3 flag codes, of any vessel involved
 * @param window the daily time window the detection must begin in
 * @param severity the severity of its alerts
 */
public record AlertRule(
        String name,
        Set<DetectionKind> kinds,
        Optional<String> zoneId,
        Set<ShipCategory> categories,
        Set<String> flags,
        Optional<TimeWindow> window,
        Severity severity) {

    /** Checks the name and copies the sets. */
    public AlertRule {
        if (name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("alert rule name must be 1-100 characters, was \"" + name + "\"");
        }
        kinds = Set.copyOf(kinds);
        categories = Set.copyOf(categories);
        flags = Set.copyOf(flags);
        for (String flag : flags) {
            if (!flag.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException(
                        "alert rule " + name + ": flag must be an ISO 3166-1 alpha-3 code, was \"" + flag + "\"");
            }
        }
    }

    /** Returns a rule that takes every detection of these kinds at this severity. */
    public static AlertRule forKinds(String name, Severity severity, DetectionKind... kinds) {
        return new AlertRule(name, Set.of(kinds), Optional.empty(), Set.of(), Set.of(), Optional.empty(), severity);
    }

    /** Returns whether the detection meets every criterion of this rule. */
    public boolean matches(Detection detection, ZoneSet zones, VesselFacts facts) {
        if (!kinds.isEmpty() && !kinds.contains(detection.kind())) {
            return false;
        }
        if (window.isPresent() && !window.get().contains(detection.start())) {
            return false;
        }
        if (zoneId.isPresent() && !inZone(detection, zoneId.get(), zones)) {
            return false;
        }
        if (!categories.isEmpty()
                && detection.vessels().stream().noneMatch(m -> categories.contains(facts.category(m)))) {
            return false;
        }
        return flags.isEmpty() || detection.vessels().stream().anyMatch(m -> flagMatches(m, facts));
    }

    private boolean flagMatches(Mmsi mmsi, VesselFacts facts) {
        return facts.flag(mmsi).filter(flags::contains).isPresent();
    }

    private static boolean inZone(Detection detection, String zoneId, ZoneSet zones) {
        if (detection instanceof ZoneVisit visit) {
            return visit.zoneId().equals(zoneId);
        }
        return zones
                .containing(
                        detection.position().latitude(), detection.position().longitude())
                .stream()
                .anyMatch(z -> z.id().equals(zoneId));
    }
}
