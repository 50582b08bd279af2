package io.jisr.sar.env;

import io.jisr.sar.SarInputException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * A velocity measured or forecast at one point, used everywhere: a time series read from CSV and
 * interpolated linearly in time.
 *
 * <p>The CSV has {@code #} comments, the header {@code time,east,north} and one row per time: an ISO-8601
 * time with its offset ({@code 2026-03-01T06:00:00Z}) and the east and north components in m/s, toward
 * which the wind blows or the current flows. Times must increase.
 */
public final class PointSeriesField implements VectorField {
    /** Guards against hostile input: a year of 10-minute values. */
    static final int MAX_ROWS = 60_000;

    private final String name;
    private final double[] times;
    private final double[] east;
    private final double[] north;
    private final Coverage coverage;

    private PointSeriesField(String name, double[] times, double[] east, double[] north) {
        this.name = name;
        this.times = times;
        this.east = east;
        this.north = north;
        this.coverage = new Coverage(-90, 90, -180, 180, instant(times[0]), instant(times[times.length - 1]));
    }

    /**
     * Parses a series; {@code source} names the file in messages and in {@link #name()}.
     *
     * @throws SarInputException if a line is malformed, naming the line number and the field
     */
    public static PointSeriesField parse(String text, String source) {
        String[] lines = text.split("\r?\n|\r", -1);
        double[] t = new double[16];
        double[] e = new double[16];
        double[] n = new double[16];
        int rows = 0;
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = source + " line " + (i + 1);
            if (line.length() > 200) {
                throw new SarInputException(where + ": line is " + line.length() + " characters long, at most 200");
            }
            String[] f = line.split(",", -1);
            if (!header) {
                String h = line.strip().toLowerCase(Locale.ROOT).replace(" ", "");
                if (!h.equals("time,east,north")) {
                    throw new SarInputException(
                            where + ": header must be time,east,north (m/s toward east and north), was \""
                                    + excerpt(line) + "\"");
                }
                header = true;
                continue;
            }
            if (f.length != 3) {
                throw new SarInputException(where + ": expected 3 fields (time,east,north), found " + f.length
                        + " in \"" + excerpt(line) + "\"");
            }
            if (rows == MAX_ROWS) {
                throw new SarInputException(where + ": more than " + MAX_ROWS + " rows");
            }
            double time = time(f[0], where);
            if (rows > 0 && time <= t[rows - 1]) {
                throw new SarInputException(
                        where + ": time " + f[0].strip() + " is not after the previous row's " + instant(t[rows - 1]));
            }
            if (rows == t.length) {
                t = Arrays.copyOf(t, rows * 2);
                e = Arrays.copyOf(e, rows * 2);
                n = Arrays.copyOf(n, rows * 2);
            }
            t[rows] = time;
            e[rows] = speed(f[1], "east", where);
            n[rows] = speed(f[2], "north", where);
            rows++;
        }
        if (!header) {
            throw new SarInputException(source + ": no header line time,east,north");
        }
        if (rows == 0) {
            throw new SarInputException(source + ": no rows after the header");
        }
        return new PointSeriesField(source, Arrays.copyOf(t, rows), Arrays.copyOf(e, rows), Arrays.copyOf(n, rows));
    }

    private static double time(String field, String where) {
        String s = field.strip();
        try {
            return VectorField.epochSecond(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException ex) {
            throw new SarInputException(where + ": time must be ISO-8601 with an offset, such as 2026-03-01T06:00:00Z,"
                    + " was \"" + excerpt(s) + "\"");
        }
    }

    private static double speed(String field, String name, String where) {
        String s = field.strip();
        double v;
        try {
            v = s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?") ? Double.parseDouble(s) : Double.NaN;
        } catch (NumberFormatException ex) {
            v = Double.NaN;
        }
        if (!(Math.abs(v) <= 100)) {
            throw new SarInputException(
                    where + ": " + name + " must be a speed in m/s between -100 and 100, was \"" + excerpt(s) + "\"");
        }
        return v;
    }

    private static String excerpt(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static Instant instant(double epochSecond) {
        long whole = (long) Math.floor(epochSecond);
        return Instant.ofEpochSecond(whole, Math.round((epochSecond - whole) * 1e9));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Coverage coverage() {
        return coverage;
    }

    @Override
    public Vector at(double latitude, double longitude, Instant time) {
        coverage.require(name, latitude, longitude, time, time);
        double[] e = new double[1];
        double[] n = new double[1];
        sample(VectorField.epochSecond(time), new double[] {latitude}, new double[] {longitude}, 0, 1, e, n);
        return new Vector(e[0], n[0]);
    }

    @Override
    public void sample(
            double epochSecond,
            double[] latitude,
            double[] longitude,
            int from,
            int to,
            double[] east,
            double[] north) {
        int k = Arrays.binarySearch(times, epochSecond);
        double e;
        double n;
        if (k >= 0) {
            e = this.east[k];
            n = this.north[k];
        } else {
            int hi = Math.clamp(-k - 1, 1, Math.max(1, times.length - 1));
            int lo = hi - 1;
            if (times.length == 1) {
                e = this.east[0];
                n = this.north[0];
            } else {
                double w = Math.clamp((epochSecond - times[lo]) / (times[hi] - times[lo]), 0, 1);
                e = this.east[lo] + w * (this.east[hi] - this.east[lo]);
                n = this.north[lo] + w * (this.north[hi] - this.north[lo]);
            }
        }
        for (int i = 0, count = to - from; i < count; i++) {
            east[i] = e;
            north[i] = n;
        }
    }
}
