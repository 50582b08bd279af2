package io.jisr.app.http;

import io.jisr.ais.identity.Flag;
import io.jisr.ais.identity.MaritimeIdentificationDigits;
import io.jisr.picture.PositionFix;
import io.jisr.picture.Vessel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A list of vessels as rows of the few values a map needs ({@code format=compact}): about a fifth of
 * the full answer's size, which is what lets a browser show 20,000 vessels within its time budget.
 * Being positional, a row has {@code null} where a value is absent.
 *
 * @param count how many rows
 * @param truncated whether more matched than the limit allowed
 * @param fields the name of each column, as in the full vessel JSON ({@link #FIELDS})
 * @param vessels one row per vessel, most recently heard first
 */
record CompactVesselsJson(int count, boolean truncated, List<String> fields, List<List<Object>> vessels) {

    /** The columns; positions are rounded to 1e-6 degree (about 0.1 m). */
    static final List<String> FIELDS = List.of(
            "mmsi",
            "kind",
            "category",
            "lat",
            "lon",
            "speedKnots",
            "courseDegrees",
            "headingDegrees",
            "lastSeen",
            "name",
            "flag",
            "partners");

    static CompactVesselsJson of(List<Vessel> kept, boolean truncated, MaritimeIdentificationDigits mids) {
        List<List<Object>> rows = new ArrayList<>(kept.size());
        for (Vessel v : kept) {
            PositionFix fix = v.lastFix().orElseThrow();
            rows.add(Arrays.asList(
                    v.mmsi().value(),
                    v.kind().name(),
                    v.category().name(),
                    round(fix.position().latitude()),
                    round(fix.position().longitude()),
                    fix.speedKnots().isPresent() ? fix.speedKnots().getAsDouble() : null,
                    fix.courseDegrees().isPresent() ? fix.courseDegrees().getAsDouble() : null,
                    fix.headingDegrees().isPresent() ? fix.headingDegrees().getAsInt() : null,
                    v.lastSeen(),
                    v.staticData().name().orElse(null),
                    mids.flagOf(v.mmsi()).map(Flag::isoAlpha3).orElse(null),
                    partners(v)));
        }
        return new CompactVesselsJson(rows.size(), truncated, FIELDS, rows);
    }

    /** The partner nodes that sent it, comma-separated, or null. */
    private static String partners(Vessel v) {
        List<String> partners = VesselJson.partners(v);
        return partners.isEmpty() ? null : String.join(",", partners);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
