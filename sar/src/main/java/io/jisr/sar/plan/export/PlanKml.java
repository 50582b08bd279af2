package io.jisr.sar.plan.export;

import io.jisr.sar.drift.Position;
import io.jisr.sar.plan.AssetPlan;
import io.jisr.sar.plan.Nautical;
import io.jisr.sar.plan.SearchPlan;
import io.jisr.sar.plan.Waypoint;
import java.util.List;
import java.util.Locale;

/**
 * Writes a search plan as a KML 2.2 document (OGC 07-147r2): the search area as a polygon, and one folder
 * per unit with its assigned area, its track as a LineString and its waypoints.
 */
public final class PlanKml {
    private PlanKml() {}

    /** Returns the plan as KML text. */
    public static String write(SearchPlan plan) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n");
        out.append("  <name>").append(Text.xml(plan.request().name())).append("</name>\n");
        out.append("  <description>")
                .append(Text.xml(String.format(
                        Locale.ROOT,
                        "%s, POC %.1f %%, POS %.1f %%, cumulative POS %.1f %%",
                        plan.request().pattern().code(),
                        100 * plan.probabilityOfContainment(),
                        100 * plan.probabilityOfSuccess(),
                        100 * plan.cumulativeSuccess())))
                .append("</description>\n");
        polygon(out, "  ", plan.request().area().name(), plan.request().area().outline());
        for (AssetPlan a : plan.assets()) {
            out.append("  <Folder>\n    <name>")
                    .append(Text.xml(a.asset().name()))
                    .append("</name>\n");
            out.append("    <description>")
                    .append(Text.xml(String.format(
                            Locale.ROOT,
                            "%s %s: %.1f NM at %.0f kn, %d min%s; sweep width %.2f NM, spacing %.2f NM, C %.2f,"
                                    + " POD %.1f %%, POC %.1f %%",
                            a.asset().kind(),
                            a.track().kind().code(),
                            Nautical.toNauticalMiles(a.track().trackLengthMetres()),
                            a.asset().searchSpeedKnots(),
                            a.duration().toMinutes(),
                            a.fitsEndurance() ? "" : " (beyond endurance)",
                            a.sweepWidth().nauticalMiles(),
                            Nautical.toNauticalMiles(a.track().trackSpacingMetres()),
                            a.coverage().value(),
                            100 * a.probabilityOfDetection(),
                            100 * a.probabilityOfContainment())))
                    .append("</description>\n");
            polygon(out, "    ", a.assignedArea().name(), a.assignedArea().outline());
            out.append("    <Placemark>\n      <name>")
                    .append(Text.xml(a.asset().name() + " " + a.track().kind().code()))
                    .append("</name>\n      <LineString>\n        <tessellate>1</tessellate>\n        <coordinates>");
            List<Waypoint> waypoints = a.track().waypoints();
            for (int i = 0; i < waypoints.size(); i++) {
                out.append(i == 0 ? "" : " ")
                        .append(coordinates(waypoints.get(i).position()));
            }
            out.append("</coordinates>\n      </LineString>\n    </Placemark>\n");
            for (Waypoint w : waypoints) {
                out.append("    <Placemark>\n      <name>")
                        .append(Text.xml(w.name()))
                        .append("</name>\n      <Point>\n        <coordinates>")
                        .append(coordinates(w.position()))
                        .append("</coordinates>\n      </Point>\n    </Placemark>\n");
            }
            out.append("  </Folder>\n");
        }
        out.append("</Document>\n</kml>\n");
        return out.toString();
    }

    private static void polygon(StringBuilder out, String indent, String name, List<Position> outline) {
        out.append(indent).append("<Placemark>\n");
        out.append(indent).append("  <name>").append(Text.xml(name)).append("</name>\n");
        out.append(indent).append("  <Polygon>\n");
        out.append(indent).append("    <outerBoundaryIs>\n");
        out.append(indent).append("      <LinearRing>\n");
        out.append(indent).append("        <coordinates>");
        List<Position> ring = Text.closedAnticlockwise(outline);
        for (int i = 0; i < ring.size(); i++) {
            out.append(i == 0 ? "" : " ").append(coordinates(ring.get(i)));
        }
        out.append("</coordinates>\n");
        out.append(indent).append("      </LinearRing>\n");
        out.append(indent).append("    </outerBoundaryIs>\n");
        out.append(indent).append("  </Polygon>\n");
        out.append(indent).append("</Placemark>\n");
    }

    private static String coordinates(Position p) {
        return Text.number(p.longitude(), 7) + "," + Text.number(p.latitude(), 7) + ",0";
    }
}
