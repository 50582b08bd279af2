package io.jisr.sar.plan.export;

import io.jisr.sar.plan.AssetPlan;
import io.jisr.sar.plan.SearchPlan;
import io.jisr.sar.plan.Waypoint;
import java.util.Locale;

/**
 * Writes a search plan as GPX 1.1 (topografix.com/GPX/1/1): one route per unit, its route points the
 * pattern's waypoints from the commence search point to the end, named {@code CSP}, {@code T1}, ... as
 * navigation systems show them. Longitudes are written in [−180, 180) as the schema requires.
 */
public final class PlanGpx {
    private PlanGpx() {}

    /** Returns the plan as GPX text. */
    public static String write(SearchPlan plan) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<gpx version=\"1.1\" creator=\"Jisr\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n");
        out.append("  <metadata>\n    <name>")
                .append(Text.xml(plan.request().name()))
                .append("</name>\n");
        out.append("    <desc>")
                .append(Text.xml(plan.request().pattern().code() + " search of "
                        + plan.request().area().name()))
                .append("</desc>\n  </metadata>\n");
        int number = 1;
        for (AssetPlan a : plan.assets()) {
            out.append("  <rte>\n    <name>")
                    .append(Text.xml(a.asset().name() + " " + a.track().kind().code()))
                    .append("</name>\n    <desc>")
                    .append(Text.xml(String.format(
                            Locale.ROOT,
                            "%s, track spacing %.0f m, %.0f m of track, %d min at %.0f kn",
                            a.assignedArea().name(),
                            a.track().trackSpacingMetres(),
                            a.track().trackLengthMetres(),
                            a.duration().toMinutes(),
                            a.asset().searchSpeedKnots())))
                    .append("</desc>\n    <number>")
                    .append(number++)
                    .append("</number>\n");
            for (Waypoint w : a.track().waypoints()) {
                out.append("    <rtept lat=\"")
                        .append(Text.number(w.position().latitude(), 7))
                        .append("\" lon=\"")
                        .append(longitude(w.position().longitude()))
                        .append("\">\n      <name>")
                        .append(Text.xml(w.name()))
                        .append("</name>\n    </rtept>\n");
            }
            out.append("  </rte>\n");
        }
        out.append("</gpx>\n");
        return out.toString();
    }

    /** Returns the longitude in [−180, 180) as written: a value that rounds to 180 is written −180. */
    static String longitude(double lon) {
        String text = Text.number(Text.longitude(lon), 7);
        return text.equals("180") ? "-180" : text;
    }
}
