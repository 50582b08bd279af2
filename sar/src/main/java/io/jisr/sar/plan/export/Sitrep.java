package io.jisr.sar.plan.export;

import io.jisr.sar.plan.AssetPlan;
import io.jisr.sar.plan.Nautical;
import io.jisr.sar.plan.SearchPlan;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A SAR situation report in the IAMSAR short form (Manual Vol. II, appendix D): who sends it to whom and
 * when, its number in the case's series, then the identity of the case, the situation, the action taken,
 * the future plans and the status of the case. The coordinator writes the prose; {@link #planSummary}
 * turns a search plan into lines for the action-taken or future-plans part.
 *
 * @param caseReference the case's reference (the SITREP's identity)
 * @param number its number in the case's series of SITREPs, from 1
 * @param dateTime when it is sent
 * @param from the sending rescue centre
 * @param to the addressees
 * @param identity the identity of the case: the casualty's name, call sign, flag, persons on board
 * @param situation what happened, where and when, weather on scene
 * @param actionTaken what has been done
 * @param futurePlans what will be done
 * @param status the status of the case; {@link CaseStatus#CLOSED} makes it the final SITREP
 */
public record Sitrep(
        String caseReference,
        int number,
        Instant dateTime,
        String from,
        String to,
        String identity,
        String situation,
        String actionTaken,
        String futurePlans,
        CaseStatus status) {

    private static final String[] MONTHS = {
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"
    };

    /** Checks that nothing is missing. */
    public Sitrep {
        if (caseReference == null || caseReference.isBlank()) {
            throw new IllegalArgumentException("a SITREP needs the case reference");
        }
        if (number < 1) {
            throw new IllegalArgumentException("SITREP number must be at least 1, was " + number);
        }
        if (dateTime == null
                || from == null
                || to == null
                || identity == null
                || situation == null
                || actionTaken == null
                || futurePlans == null
                || status == null) {
            throw new IllegalArgumentException("SITREP " + number + " of case " + caseReference
                    + " needs a date and time, sender, addressees, identity, situation, action taken, future plans"
                    + " and status (text may be empty)");
        }
    }

    /** Returns the report as plain text in a language. */
    public String write(SitrepLanguage language) {
        boolean fr = language == SitrepLanguage.FRENCH;
        String colon = fr ? " : " : ": ";
        StringBuilder out = new StringBuilder();
        line(out, fr ? "DE" : "FROM", colon, from);
        line(out, fr ? "À" : "TO", colon, to);
        line(out, fr ? "GROUPE DATE-HEURE" : "DATE TIME GROUP", colon, dateTimeGroup(dateTime));
        out.append(fr ? "SITREP SAR N° " : "SAR SITREP NO. ")
                .append(number)
                .append(status == CaseStatus.CLOSED ? (fr ? " (FINAL)" : " (FINAL)") : "")
                .append(" - ")
                .append(fr ? "AFFAIRE " : "CASE ")
                .append(clean(caseReference))
                .append('\n');
        line(out, fr ? "A. IDENTITÉ DE L'AFFAIRE" : "A. IDENTITY OF CASE", colon, identity);
        line(out, "B. SITUATION", colon, situation);
        line(out, fr ? "C. MESURES PRISES" : "C. ACTION TAKEN", colon, actionTaken);
        line(out, fr ? "D. MESURES PRÉVUES" : "D. FUTURE PLANS", colon, futurePlans);
        line(out, fr ? "E. ÉTAT DE L'AFFAIRE" : "E. STATUS OF CASE", colon, status.label(language));
        return out.toString();
    }

    /**
     * Returns a search plan in a few lines for a SITREP: the area, then per unit its pattern, its commence
     * search point, track spacing, time and POD, and the plan's POS.
     */
    public static String planSummary(SearchPlan plan, SitrepLanguage language) {
        boolean fr = language == SitrepLanguage.FRENCH;
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                fr ? "ZONE %s (%.0f NM², POC %.0f %%)" : "AREA %s (%.0f NM², POC %.0f %%)",
                clean(plan.request().area().name()),
                plan.request().area().areaSquareMetres()
                        / (Nautical.METRES_PER_NAUTICAL_MILE * Nautical.METRES_PER_NAUTICAL_MILE),
                100 * plan.probabilityOfContainment()));
        for (AssetPlan a : plan.assets()) {
            var csp = a.track().commenceSearchPoint().position();
            lines.add(String.format(
                    Locale.ROOT,
                    fr
                            ? "%s : %s, PDR %s, ESPACEMENT %.1f NM, %.1f H À %.0f NŒUDS%s, POD %.0f %%"
                            : "%s: %s, CSP %s, TRACK SPACING %.1f NM, %.1f H AT %.0f KN%s, POD %.0f %%",
                    clean(a.asset().name()),
                    a.track().kind().code(),
                    position(csp.latitude(), csp.longitude()),
                    Nautical.toNauticalMiles(a.track().trackSpacingMetres()),
                    a.duration().toSeconds() / 3600.0,
                    a.asset().searchSpeedKnots(),
                    a.fitsEndurance() ? "" : (fr ? " (AU-DELÀ DE L'AUTONOMIE)" : " (BEYOND ENDURANCE)"),
                    100 * a.probabilityOfDetection()));
        }
        lines.add(String.format(
                Locale.ROOT,
                fr ? "POS %.0f %%, POS CUMULÉE %.0f %%" : "POS %.0f %%, CUMULATIVE POS %.0f %%",
                100 * plan.probabilityOfSuccess(),
                100 * plan.cumulativeSuccess()));
        return String.join("\n", lines);
    }

    /** Returns a DTG such as {@code 101230Z MAR 26} (day, hour, minute, UTC, month, year). */
    static String dateTimeGroup(Instant instant) {
        ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
        return String.format(
                Locale.ROOT,
                "%02d%02d%02dZ %s %02d",
                t.getDayOfMonth(),
                t.getHour(),
                t.getMinute(),
                MONTHS[t.getMonthValue() - 1],
                t.getYear() % 100);
    }

    /** Returns a position as degrees and decimal minutes, {@code 36-52.3N 003-04.1E}. */
    static String position(double latitude, double longitude) {
        return dm(Math.abs(latitude), 2) + (latitude < 0 ? "S" : "N") + " " + dm(Math.abs(longitude), 3)
                + (longitude < 0 ? "W" : "E");
    }

    private static String dm(double degrees, int width) {
        long tenths = Math.round(degrees * 600);
        return String.format(Locale.ROOT, "%0" + width + "d-%02d.%d", tenths / 600, (tenths % 600) / 10, tenths % 10);
    }

    private static void line(StringBuilder out, String label, String colon, String text) {
        out.append(label).append(colon);
        String[] lines = clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.append(i == 0 ? "" : "   ").append(lines[i]).append('\n');
        }
    }

    /** Keeps line breaks (normalised to \n) and printable text; other control characters become spaces. */
    private static String clean(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        StringBuilder out = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            out.append(c == '\n' || !Character.isISOControl(c) ? c : ' ');
        }
        return out.toString();
    }
}
