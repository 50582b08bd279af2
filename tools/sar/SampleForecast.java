/*
 * Writes the CDL of Jisr's bundled sample forecast: a synthetic but physically plausible NetCDF-4 file
 * of surface currents and 10 m winds off the Algerian coast, for demonstrations, the SAR acceptance
 * test and benchmarks. It is NOT a forecast of any real day.
 *
 *   java tools/sar/SampleForecast.java sar/src/main/resources/io/jisr/sar/land/land-mask-wmed.bin.gz \
 *       > sample.cdl && ncgen -k nc4 -o western-med-sample.nc sample.cdl
 *
 * (tools/sar/build-sample-forecast.sh does both.) Plain JDK. What the fields contain, and why, is in
 * tools/sar/README.md.
 */

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

public class SampleForecast {
    static final double SOUTH = 35.0;
    static final double NORTH = 40.0;
    static final double WEST = -0.5;
    static final double EAST = 9.5;
    static final double STEP = 0.1;
    static final int HOURS = 96;
    static final int EVERY_HOURS = 3;
    static final String START = "2026-03-10 00:00:00";

    static double maskSouth;
    static double maskWest;
    static int maskPerDegree;
    static int maskRows;
    static int maskColumns;
    static byte[] maskBits;

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java SampleForecast.java LAND_MASK.bin.gz > sample.cdl");
            System.exit(2);
        }
        readMask(Path.of(args[0]));
        int rows = (int) Math.round((NORTH - SOUTH) / STEP) + 1;
        int columns = (int) Math.round((EAST - WEST) / STEP) + 1;
        int times = HOURS / EVERY_HOURS + 1;
        double[] coast = coastLatitudes(columns);
        PrintStream out = new PrintStream(System.out, false, "UTF-8");
        out.println("netcdf western_med_sample {");
        out.println("dimensions:");
        out.printf("\ttime = %d ;%n\tlatitude = %d ;%n\tlongitude = %d ;%n", times, rows, columns);
        out.println("variables:");
        out.println("\tdouble time(time) ;");
        out.println("\t\ttime:standard_name = \"time\" ;");
        out.println("\t\ttime:units = \"hours since " + START + "\" ;");
        out.println("\t\ttime:calendar = \"standard\" ;");
        out.println("\t\ttime:axis = \"T\" ;");
        axis(out, "latitude", "degrees_north", "Y");
        axis(out, "longitude", "degrees_east", "X");
        velocity(out, "uo", "eastward_sea_water_velocity", "Eastward surface current", rows, columns, true);
        velocity(out, "vo", "northward_sea_water_velocity", "Northward surface current", rows, columns, true);
        velocity(out, "u10", "eastward_wind", "Eastward wind at 10 m", rows, columns, false);
        velocity(out, "v10", "northward_wind", "Northward wind at 10 m", rows, columns, false);
        out.println();
        out.println("// global attributes:");
        out.println("\t\t:Conventions = \"CF-1.8\" ;");
        out.println("\t\t:title = \"Jisr sample forecast, Western Mediterranean off Algeria (SYNTHETIC)\" ;");
        out.println("\t\t:institution = \"Jisr project\" ;");
        out.println("\t\t:source = \"synthetic fields made by tools/sar/SampleForecast.java; not a model run\" ;");
        out.println("\t\t:comment = \"Not a forecast of any real day. An Algerian Current jet along the coast, one"
                + " anticyclonic eddy drifting east, a west-north-westerly turning to an easterly over four days.\" ;");
        out.println("data:");
        StringBuilder t = new StringBuilder();
        for (int k = 0; k < times; k++) {
            t.append(k == 0 ? "" : ", ").append(k * EVERY_HOURS);
        }
        out.println(" time = " + t + " ;");
        out.println(" latitude = " + axisValues(SOUTH, rows) + " ;");
        out.println(" longitude = " + axisValues(WEST, columns) + " ;");
        for (int component = 0; component < 4; component++) {
            String name = new String[] {"uo", "vo", "u10", "v10"}[component];
            out.print(" " + name + " =");
            int count = 0;
            for (int k = 0; k < times; k++) {
                double hours = k * EVERY_HOURS;
                for (int r = 0; r < rows; r++) {
                    double lat = SOUTH + r * STEP;
                    for (int c = 0; c < columns; c++) {
                        double lon = WEST + c * STEP;
                        String value;
                        if (component < 2) {
                            value = isLand(lat, lon)
                                    ? "_"
                                    : format(current(hours, lat, lon, c, coast)[component]);
                        } else {
                            value = format(wind(hours, lat, lon)[component - 2]);
                        }
                        out.print((count == 0 ? "\n  " : count % 12 == 0 ? ",\n  " : ", ") + value);
                        count++;
                    }
                }
            }
            out.println(" ;");
        }
        out.println("}");
        out.flush();
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static void axis(PrintStream out, String name, String units, String axis) {
        out.printf("\tfloat %s(%s) ;%n", name, name);
        out.printf("\t\t%s:standard_name = \"%s\" ;%n", name, name);
        out.printf("\t\t%s:units = \"%s\" ;%n", name, units);
        out.printf("\t\t%s:axis = \"%s\" ;%n", name, axis);
    }

    static void velocity(PrintStream out, String name, String standardName, String longName, int rows, int columns,
            boolean fill) {
        out.printf("\tfloat %s(time, latitude, longitude) ;%n", name);
        out.printf("\t\t%s:standard_name = \"%s\" ;%n", name, standardName);
        out.printf("\t\t%s:long_name = \"%s\" ;%n", name, longName);
        out.printf("\t\t%s:units = \"m s-1\" ;%n", name);
        if (fill) {
            out.printf("\t\t%s:_FillValue = -999.f ;%n", name);
        }
        out.printf("\t\t%s:_ChunkSizes = 1, %d, %d ;%n", name, rows, columns);
        out.printf("\t\t%s:_DeflateLevel = 6 ;%n", name);
        out.printf("\t\t%s:_Shuffle = \"true\" ;%n", name);
    }

    static String axisValues(double first, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", first + i * STEP));
        }
        return b.toString();
    }

    /**
     * The African coast's latitude per grid column: the northernmost land below 37.5°N along the column's
     * meridian (the Balearics and Sardinia lie north of it), smoothed over ±0.5° of longitude.
     */
    static double[] coastLatitudes(int columns) {
        double[] raw = new double[columns];
        for (int c = 0; c < columns; c++) {
            double lon = WEST + c * STEP;
            double best = 35.0;
            for (double lat = 34.5; lat <= 37.5; lat += 0.01) {
                for (double dx = -0.05; dx <= 0.05; dx += 0.01) {
                    if (isLand(lat, lon + dx)) {
                        best = Math.max(best, lat);
                    }
                }
            }
            raw[c] = best;
        }
        double[] smooth = new double[columns];
        for (int c = 0; c < columns; c++) {
            double sum = 0;
            int n = 0;
            for (int k = Math.max(0, c - 5); k <= Math.min(columns - 1, c + 5); k++) {
                sum += raw[k];
                n++;
            }
            smooth[c] = sum / n;
        }
        return smooth;
    }

    /**
     * Surface current, m/s: the Algerian Current as a jet 0.3–0.6 m/s along the coast (core 15 km off it,
     * e-folding 25 km, strength pulsing ±15 % over two days), one anticyclonic Algerian eddy (radius 45 km,
     * 0.35 m/s at its edge) drifting east at 3 km/day from 37.7°N 5.0°E, and a weak north-eastward drift
     * offshore.
     */
    static double[] current(double hours, double lat, double lon, int column, double[] coast) {
        double kmPerDegLat = 111.1;
        double kmPerDegLon = 111.3 * Math.cos(Math.toRadians(lat));
        double d = (lat - coast[column]) * kmPerDegLat; // km north of the coast
        double strength = 0.45 * (1 + 0.15 * Math.sin(2 * Math.PI * hours / 48));
        double jet = d < 0 ? 0 : strength * Math.exp(-Math.pow((d - 15) / 25, 2));
        // Direction along the coast, from the smoothed coastline's slope.
        int left = Math.max(0, column - 1);
        int right = Math.min(coast.length - 1, column + 1);
        double dyKm = (coast[right] - coast[left]) * kmPerDegLat;
        double dxKm = (right - left) * STEP * kmPerDegLon;
        double norm = Math.hypot(dxKm, dyKm);
        double u = jet * dxKm / norm;
        double v = jet * dyKm / norm;
        // Anticyclonic (clockwise) eddy with a Gaussian velocity profile.
        double centreLat = 37.7;
        double centreLon = 5.0 + 3.0 * hours / 24 / kmPerDegLon;
        double ex = (lon - centreLon) * kmPerDegLon;
        double ey = (lat - centreLat) * kmPerDegLat;
        double r = Math.hypot(ex, ey);
        double radius = 45;
        if (r > 0) {
            double speed = 0.35 * (r / radius) * Math.exp(0.5 * (1 - (r * r) / (radius * radius)));
            u += speed * ey / r;
            v += -speed * ex / r;
        }
        u += 0.03;
        v += 0.02;
        return new double[] {u, v};
    }

    /**
     * 10 m wind toward east and north, m/s: a west-north-westerly (the Mistral/Tramontane outflow fanning
     * out over the Algerian basin, 9.3 m/s at 40°N easing to 6.5 m/s at 35°N) for the first day,
     * easing through a calm day, then an easterly
     * (Levante) of about 8 m/s; small spatial ripples of ±1 m/s and a 1 m/s onshore sea breeze in the
     * afternoons near the coast.
     */
    static double[] wind(double hours, double lat, double lon) {
        double strength = 0.7 + 0.3 * (lat - 35) / 5;
        double[] northWesterly = {9.0 * strength, -2.5 * strength};
        double[] calm = {1.5, 1.0};
        double[] easterly = {-8.0, 0.5};
        double[] a;
        double[] b;
        double f;
        if (hours <= 24) {
            a = northWesterly;
            b = northWesterly;
            f = 0;
        } else if (hours <= 48) {
            a = northWesterly;
            b = calm;
            f = ramp((hours - 24) / 24);
        } else if (hours <= 66) {
            a = calm;
            b = easterly;
            f = ramp((hours - 48) / 18);
        } else {
            a = easterly;
            b = easterly;
            f = 0;
        }
        double u = a[0] + f * (b[0] - a[0]);
        double v = a[1] + f * (b[1] - a[1]);
        u += Math.sin(Math.toRadians(lon * 40)) * Math.cos(Math.toRadians(lat * 60)) * 1.0;
        v += Math.cos(Math.toRadians(lon * 30 + hours * 5)) * 0.8;
        double hourOfDay = hours % 24;
        if (lat < 37.3 && hourOfDay >= 12 && hourOfDay <= 18) {
            v -= 1.0; // sea breeze toward the land in the afternoon
        }
        return new double[] {u, v};
    }

    static double ramp(double x) {
        return 0.5 - 0.5 * Math.cos(Math.PI * Math.min(1, Math.max(0, x)));
    }

    static void readMask(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16))) {
            if (in.readInt() != 0x4A534C4D || in.readInt() != 1) {
                throw new IOException(file + " is not a version 1 land mask");
            }
            maskSouth = in.readDouble();
            maskWest = in.readDouble();
            maskPerDegree = in.readInt();
            maskRows = in.readInt();
            maskColumns = in.readInt();
            maskBits = new byte[(int) (((long) maskRows * maskColumns + 7) / 8)];
            in.readFully(maskBits);
        }
    }

    static boolean isLand(double lat, double lon) {
        int r = (int) Math.floor((lat - maskSouth) * maskPerDegree);
        int c = (int) Math.floor((lon - maskWest) * maskPerDegree);
        if (r < 0 || r >= maskRows || c < 0 || c >= maskColumns) {
            return false;
        }
        long i = (long) r * maskColumns + c;
        return (maskBits[(int) (i >>> 3)] & (1 << (i & 7))) != 0;
    }
}
