package io.jisr.sar.env;

import io.jhdf.api.Dataset;
import io.jisr.sar.SarInputException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The CF time axis: {@code "<unit> since <reference time>"} in the standard (Gregorian) calendar. */
final class CfTime {
    private static final Pattern UNITS =
            Pattern.compile("(?i)\\s*(seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?|d)"
                    + "\\s+since\\s+(\\d{1,4}-\\d{1,2}-\\d{1,2})"
                    + "(?:[ T](\\d{1,2}:\\d{1,2}(?::\\d{1,2}(?:\\.\\d{1,9})?)?))?"
                    + "\\s*(?:Z|UTC|GMT|[+-]0{1,2}(?::?00)?)?\\s*");

    private CfTime() {}

    /** Returns the axis's times as seconds since 1970-01-01T00:00Z, checked to increase. */
    static double[] epochSeconds(Dataset time, String source) {
        String var = time.getName();
        String units = CfAttributes.text(time, "units");
        if (units == null) {
            throw new SarInputException(
                    source + ": time axis " + var + " has no units (CF: \"hours since" + " 2026-01-01 00:00:00\")");
        }
        String calendar = CfAttributes.text(time, "calendar");
        if (calendar != null) {
            String c = calendar.toLowerCase(Locale.ROOT);
            if (!c.equals("standard") && !c.equals("gregorian") && !c.equals("proleptic_gregorian")) {
                throw new SarInputException(source + ": time axis " + var + " uses the calendar \"" + calendar
                        + "\"; only standard (Gregorian) times are supported");
            }
        }
        double[] scale = units(units, source + ": time axis " + var);
        double secondsPerUnit = scale[0];
        double reference = scale[1];
        int[] shape = time.getDimensions();
        if (shape.length != 1 || shape[0] < 1) {
            throw new SarInputException(source + ": time axis " + var + " must be one-dimensional and not empty");
        }
        double[] values = CfAttributes.numbers(time.getDataFlat(), source, var);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new SarInputException(source + ": time axis " + var + " has a missing value at index " + i);
            }
            out[i] = reference + values[i] * secondsPerUnit;
            if (i > 0 && !(out[i] > out[i - 1])) {
                throw new SarInputException(source + ": time axis " + var + " does not increase at index " + i);
            }
        }
        return out;
    }

    /**
     * Parses CF time units: returns seconds per unit and the reference time in seconds since the epoch.
     *
     * @throws SarInputException naming {@code where} if the units are not {@code "<unit> since <time>"}
     */
    static double[] units(String units, String where) {
        Matcher m = UNITS.matcher(units);
        if (!m.matches()) {
            throw new SarInputException(where + " has units \"" + units + "\"; expected"
                    + " \"<seconds|minutes|hours|days> since <yyyy-mm-dd hh:mm:ss>\"");
        }
        String unit = m.group(1).toLowerCase(Locale.ROOT);
        double secondsPerUnit = switch (unit.charAt(0)) {
            case 's' -> 1;
            case 'm' -> 60;
            case 'h' -> 3600;
            default -> 86400;
        };
        try {
            LocalDate date = LocalDate.parse(padDate(m.group(2)));
            LocalTime clock = m.group(3) == null ? LocalTime.MIDNIGHT : LocalTime.parse(padTime(m.group(3)));
            double reference = date.atTime(clock).toEpochSecond(ZoneOffset.UTC) + clock.getNano() * 1e-9;
            return new double[] {secondsPerUnit, reference};
        } catch (DateTimeParseException e) {
            throw new SarInputException(where + " has an unreadable reference time in \"" + units + "\"");
        }
    }

    /** Accepts single-digit months and days, as some writers produce ({@code 2026-1-1}). */
    private static String padDate(String s) {
        String[] p = s.split("-", -1);
        if (p.length != 3) {
            return s;
        }
        return p[0] + "-" + pad(p[1]) + "-" + pad(p[2]);
    }

    private static String padTime(String s) {
        String t = s.endsWith("Z") ? s.substring(0, s.length() - 1) : s;
        String[] p = t.split(":", -1);
        if (p.length == 2) {
            return pad(p[0]) + ":" + pad(p[1]);
        }
        if (p.length == 3) {
            return pad(p[0]) + ":" + pad(p[1]) + ":" + (p[2].indexOf('.') == 1 ? "0" + p[2] : pad(p[2]));
        }
        return t;
    }

    private static String pad(String s) {
        return s.length() == 1 ? "0" + s : s;
    }
}
