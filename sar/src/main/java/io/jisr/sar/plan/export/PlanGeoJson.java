package io.jisr.sar.plan.export;

import io.jisr.sar.drift.Position;
import io.jisr.sar.plan.AssetPlan;
import io.jisr.sar.plan.Nautical;
import io.jisr.sar.plan.SearchArea;
import io.jisr.sar.plan.SearchPlan;
import io.jisr.sar.plan.Waypoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a search plan as a GeoJSON FeatureCollection (RFC 7946): the search area, and per unit its
 * assigned area, its track as a LineString and its waypoints as Points. Every feature has a {@code kind}
 * property ({@code searchArea}, {@code assignedArea}, {@code track}, {@code waypoint}).
 */
public final class PlanGeoJson {
    private PlanGeoJson() {}

    /** Returns the plan as GeoJSON text. */
    public static String write(SearchPlan plan) {
        List<String> features = new ArrayList<>();
        SearchArea area = plan.request().area();
        features.add(feature(
                polygon(area.outline()),
                "\"kind\":\"searchArea\",\"name\":" + Text.json(area.name()) + ",\"areaSquareMetres\":"
                        + Text.number(area.areaSquareMetres(), 0) + ",\"probabilityOfContainment\":"
                        + Text.number(plan.probabilityOfContainment(), 4)));
        for (AssetPlan a : plan.assets()) {
            String asset = Text.json(a.asset().name());
            features.add(feature(
                    polygon(a.assignedArea().outline()),
                    "\"kind\":\"assignedArea\",\"asset\":" + asset + ",\"name\":"
                            + Text.json(a.assignedArea().name()) + ",\"areaSquareMetres\":"
                            + Text.number(a.assignedArea().areaSquareMetres(), 0)));
            StringBuilder line = new StringBuilder("{\"type\":\"LineString\",\"coordinates\":[");
            for (int i = 0; i < a.track().waypoints().size(); i++) {
                line.append(i == 0 ? "" : ",")
                        .append(coordinates(a.track().waypoints().get(i).position()));
            }
            line.append("]}");
            features.add(feature(
                    line.toString(),
                    "\"kind\":\"track\",\"asset\":" + asset
                            + ",\"assetKind\":" + Text.json(a.asset().kind().name())
                            + ",\"pattern\":" + Text.json(a.track().kind().name())
                            + ",\"patternCode\":" + Text.json(a.track().kind().code())
                            + ",\"trackLengthMetres\":" + Text.number(a.track().trackLengthMetres(), 0)
                            + ",\"trackLengthNauticalMiles\":"
                            + Text.number(Nautical.toNauticalMiles(a.track().trackLengthMetres()), 2)
                            + ",\"searchSpeedKnots\":" + Text.number(a.asset().searchSpeedKnots(), 1)
                            + ",\"durationMinutes\":" + Text.number(a.duration().toSeconds() / 60.0, 1)
                            + ",\"fitsEndurance\":" + a.fitsEndurance()
                            + ",\"sweepWidthNauticalMiles\":"
                            + Text.number(a.sweepWidth().nauticalMiles(), 3)
                            + ",\"trackSpacingMetres\":" + Text.number(a.track().trackSpacingMetres(), 0)
                            + ",\"coverage\":" + Text.number(a.coverage().value(), 3)
                            + ",\"probabilityOfContainment\":" + Text.number(a.probabilityOfContainment(), 4)
                            + ",\"probabilityOfDetection\":" + Text.number(a.probabilityOfDetection(), 4)
                            + ",\"probabilityOfSuccess\":" + Text.number(a.probabilityOfSuccess(), 4)));
            for (int i = 0; i < a.track().waypoints().size(); i++) {
                Waypoint w = a.track().waypoints().get(i);
                features.add(feature(
                        "{\"type\":\"Point\",\"coordinates\":" + coordinates(w.position()) + "}",
                        "\"kind\":\"waypoint\",\"asset\":" + asset + ",\"name\":" + Text.json(w.name())
                                + ",\"sequence\":" + i));
            }
        }
        return "{\"type\":\"FeatureCollection\",\"name\":"
                + Text.json(plan.request().name())
                + ",\"probabilityOfSuccess\":" + Text.number(plan.probabilityOfSuccess(), 4)
                + ",\"cumulativeProbabilityOfSuccess\":" + Text.number(plan.cumulativeSuccess(), 4)
                + ",\"features\":[\n" + String.join(",\n", features) + "\n]}\n";
    }

    private static String feature(String geometry, String properties) {
        return "{\"type\":\"Feature\",\"geometry\":" + geometry + ",\"properties\":{" + properties + "}}";
    }

    private static String polygon(List<Position> outline) {
        StringBuilder out = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        List<Position> ring = Text.closedAnticlockwise(outline);
        for (int i = 0; i < ring.size(); i++) {
            out.append(i == 0 ? "" : ",").append(coordinates(ring.get(i)));
        }
        return out.append("]]}").toString();
    }

    private static String coordinates(Position p) {
        return "[" + Text.number(p.longitude(), 7) + "," + Text.number(p.latitude(), 7) + "]";
    }
}
