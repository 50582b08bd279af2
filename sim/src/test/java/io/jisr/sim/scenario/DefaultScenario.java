package io.jisr.sim.scenario;

import io.jisr.sim.geo.GeoPoint;
import java.time.Duration;
import java.util.List;

/** The events of {@code default-scenario.yaml}, built in Java (the YAML reader lives in the app). */
final class DefaultScenario {
    private DefaultScenario() {}

    static Scenario build() {
        return new Scenario(
                "western-med-default",
                List.of(
                        new ScenarioEvent.Dark(
                                "dark-cargo",
                                Duration.ofMinutes(40),
                                Duration.ofHours(2),
                                path(37.05, 1.60, 37.15, 4.40),
                                12),
                        new ScenarioEvent.Rendezvous(
                                "sts-transfer",
                                Duration.ofHours(2),
                                Duration.ofMinutes(90),
                                GeoPoint.of(37.35, 5.60),
                                GeoPoint.of(37.30, 4.90),
                                GeoPoint.of(37.70, 6.10)),
                        new ScenarioEvent.Loiter(
                                "loiter-annaba",
                                Duration.ofMinutes(150),
                                Duration.ofHours(2),
                                GeoPoint.of(37.12, 8.05),
                                3,
                                GeoPoint.of(37.60, 7.50)),
                        new ScenarioEvent.ZoneEntry(
                                "zone-oran",
                                "Oran approaches",
                                path(35.80, -0.85, 36.05, -0.85, 36.05, -0.45, 35.80, -0.45),
                                path(36.60, -1.20, 35.95, -0.62),
                                12),
                        new ScenarioEvent.SpoofJump(
                                "spoof-east",
                                Duration.ofHours(1),
                                Duration.ofMinutes(30),
                                path(37.25, 5.90, 37.40, 8.00),
                                14,
                                40),
                        new ScenarioEvent.SharedMmsi(
                                "twin-mmsi",
                                Duration.ofHours(1),
                                Duration.ofHours(2),
                                path(37.05, 2.60, 37.30, 0.60),
                                path(37.20, 6.40, 37.35, 7.40),
                                11),
                        new ScenarioEvent.Distress(
                                "boat-dellys",
                                Duration.ofHours(1),
                                Duration.ofHours(3),
                                GeoPoint.of(36.95, 3.95),
                                10,
                                6)));
    }

    static List<GeoPoint> path(double... latLon) {
        GeoPoint[] points = new GeoPoint[latLon.length / 2];
        for (int i = 0; i < points.length; i++) {
            points[i] = GeoPoint.of(latLon[2 * i], latLon[2 * i + 1]);
        }
        return List.of(points);
    }
}
