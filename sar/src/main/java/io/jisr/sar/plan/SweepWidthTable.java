package io.jisr.sar.plan;

import io.jisr.sar.SarInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The IAMSAR sweep-width tables as data: uncorrected visual sweep widths by search unit, search height,
 * search object and visibility, and the weather correction factors. The bundled tables and how sure their
 * values are: {@code sweep-widths.md} beside the CSV files.
 */
public final class SweepWidthTable {
    /** IAMSAR's fatigue correction factor for a tired crew. */
    public static final double FATIGUE_FACTOR = 0.9;

    private final List<Row> rows;
    private final List<WeatherBand> weather;

    /*
     * Lookup: linear interpolation between the table's visibility columns (a visibility beyond the last
     * column takes the last column: the tables stop growing there); for aircraft, linear interpolation
     * between the table's heights of the two interpolated values. Anything outside the table — a
     * visibility below its first column, a height outside its heights, an object it does not list — is
     * refused with what the table does hold, because extrapolating a detection table is not safe.
     */

    private SweepWidthTable(List<Row> rows, List<WeatherBand> weather) {
        this.rows = List.copyOf(rows);
        this.weather = List.copyOf(weather);
    }

    /** Returns the bundled tables. */
    public static SweepWidthTable bundled() {
        return new SweepWidthTable(
                parseSweepWidths(resource("sweep-widths.csv"), "sweep-widths.csv"),
                parseWeather(resource("weather-correction.csv"), "weather-correction.csv"));
    }

    /**
     * Reads tables from text in the bundled files' format.
     *
     * @throws SarInputException naming the source and line of anything malformed
     */
    public static SweepWidthTable parse(String sweepWidths, String weatherCorrection, String source) {
        return new SweepWidthTable(
                parseSweepWidths(sweepWidths, source + " (sweep widths)"),
                parseWeather(weatherCorrection, source + " (weather correction)"));
    }

    private static String resource(String name) {
        try (InputStream in = SweepWidthTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled table " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled table " + name, e);
        }
    }

    /**
     * Returns the corrected sweep width of an asset searching for an object in given conditions.
     *
     * @throws SarInputException if the table holds no value for them (what it does hold is in the message)
     */
    public SweepWidth lookup(SearchAsset asset, SearchObjectType object, SearchConditions conditions) {
        double uncorrected = uncorrected(asset, object, conditions.visibilityNauticalMiles());
        return new SweepWidth(
                uncorrected,
                weatherFactor(object, conditions.windKnots(), conditions.seaMetres()),
                conditions.crewFatigued() ? FATIGUE_FACTOR : 1);
    }

    /** Returns the weather correction factor: the worse of the wind's and the sea's bands. */
    public double weatherFactor(SearchObjectType object, double windKnots, double seaMetres) {
        String group = object.isSmall() ? "SMALL" : "OTHER";
        double factor = 1;
        boolean windFound = false;
        boolean seaFound = false;
        for (WeatherBand band : weather) {
            if (!band.objects().equals(group)) {
                continue;
            }
            if (!windFound && windKnots <= band.windMaxKnots()) {
                factor = Math.min(factor, band.factor());
                windFound = true;
            }
            if (!seaFound && seaMetres <= band.seaMaxMetres()) {
                factor = Math.min(factor, band.factor());
                seaFound = true;
            }
        }
        if (!windFound || !seaFound) {
            throw new SarInputException("weather correction table has no band for " + group + " objects at wind "
                    + windKnots + " kt and sea " + seaMetres + " m");
        }
        return factor;
    }

    private double uncorrected(SearchAsset asset, SearchObjectType object, double visibility) {
        TreeMap<Double, Row> byHeight = new TreeMap<>();
        for (Row row : rows) {
            if (row.platform() == asset.kind() && row.object() == object) {
                byHeight.put(row.heightMetres(), row);
            }
        }
        if (byHeight.isEmpty()) {
            throw new SarInputException(
                    "sweep-width table has no " + asset.kind() + " row for search object " + object);
        }
        if (asset.kind() == AssetKind.VESSEL) {
            return byHeight.firstEntry().getValue().at(visibility);
        }
        double h = asset.searchHeightMetres();
        var below = byHeight.floorEntry(h);
        var above = byHeight.ceilingEntry(h);
        if (below == null || above == null) {
            throw new SarInputException(String.format(
                    Locale.ROOT,
                    "search height %.0f m of \"%s\" is outside the %s sweep-width table's heights %.0f–%.0f m",
                    h,
                    asset.name(),
                    asset.kind(),
                    byHeight.firstKey(),
                    byHeight.lastKey()));
        }
        double low = below.getValue().at(visibility);
        if (below.getKey().equals(above.getKey())) {
            return low;
        }
        double high = above.getValue().at(visibility);
        double f = (h - below.getKey()) / (above.getKey() - below.getKey());
        return low + f * (high - low);
    }

    private static final double[] VISIBILITIES = {1, 3, 5, 10, 15, 20};

    private static List<Row> parseSweepWidths(String text, String source) {
        List<Row> rows = new ArrayList<>();
        boolean header = false;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",", -1);
            String where = source + " line " + (i + 1);
            if (!header) {
                if (!line.equals("platform,height_m,object,vis_1,vis_3,vis_5,vis_10,vis_15,vis_20")) {
                    throw new SarInputException(where
                            + ": expected the header platform,height_m,object,vis_1,vis_3,vis_5,vis_10,vis_15,vis_20, was \""
                            + line + "\"");
                }
                header = true;
                continue;
            }
            if (f.length != 9) {
                throw new SarInputException(where + ": expected 9 fields, found " + f.length + " in \"" + line + "\"");
            }
            AssetKind platform = enumValue(AssetKind.class, f[0], where, "platform");
            double height = number(f[1], where, "height_m");
            SearchObjectType object = enumValue(SearchObjectType.class, f[2], where, "object");
            double[] widths = new double[VISIBILITIES.length];
            boolean any = false;
            for (int v = 0; v < VISIBILITIES.length; v++) {
                String cell = f[3 + v].strip();
                widths[v] = cell.isEmpty() ? Double.NaN : number(cell, where, "vis_" + (int) VISIBILITIES[v]);
                if (!cell.isEmpty() && !(widths[v] > 0)) {
                    throw new SarInputException(where + ": sweep width must be more than 0 NM, was " + cell + " in vis_"
                            + (int) VISIBILITIES[v]);
                }
                any |= !cell.isEmpty();
            }
            if (!any) {
                throw new SarInputException(where + ": the row has no sweep width");
            }
            // Interpolation needs the values in one run of columns: empty cells only at the ends.
            int first = 0;
            while (Double.isNaN(widths[first])) {
                first++;
            }
            int last = widths.length - 1;
            while (Double.isNaN(widths[last])) {
                last--;
            }
            boolean gap = false;
            for (int v = first; v <= last; v++) {
                gap |= Double.isNaN(widths[v]);
            }
            if (gap) {
                throw new SarInputException(
                        where + ": empty sweep-width cells must be at the ends of the row, was \"" + line + "\"");
            }
            rows.add(new Row(platform, height, object, widths));
        }
        if (!header) {
            throw new SarInputException(source + ": no header line");
        }
        return rows;
    }

    private static List<WeatherBand> parseWeather(String text, String source) {
        List<WeatherBand> bands = new ArrayList<>();
        boolean header = false;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + " line " + (i + 1);
            if (!header) {
                if (!line.equals("objects,wind_max_kn,sea_max_m,factor")) {
                    throw new SarInputException(
                            where + ": expected the header objects,wind_max_kn,sea_max_m,factor, was \"" + line + "\"");
                }
                header = true;
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 4) {
                throw new SarInputException(where + ": expected 4 fields, found " + f.length + " in \"" + line + "\"");
            }
            String objects = f[0].strip();
            if (!objects.equals("SMALL") && !objects.equals("OTHER")) {
                throw new SarInputException(where + ": objects must be SMALL or OTHER, was \"" + objects + "\"");
            }
            double wind = f[1].isBlank() ? Double.POSITIVE_INFINITY : number(f[1], where, "wind_max_kn");
            double sea = f[2].isBlank() ? Double.POSITIVE_INFINITY : number(f[2], where, "sea_max_m");
            double factor = number(f[3], where, "factor");
            if (!(factor > 0 && factor <= 1)) {
                throw new SarInputException(where + ": factor must be more than 0 and at most 1, was " + f[3]);
            }
            bands.add(new WeatherBand(objects, wind, sea, factor));
        }
        if (!header) {
            throw new SarInputException(source + ": no header line");
        }
        return bands;
    }

    private static double number(String text, String where, String field) {
        try {
            double value = Double.parseDouble(text.strip());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new SarInputException(where + ": " + field + " must be a number, was \"" + text + "\"", e);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String where, String field) {
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw new SarInputException(where + ": unknown " + field + " \"" + text + "\"", e);
        }
    }

    /** One row of the table; never compared, so a class rather than a record holding an array. */
    private static final class Row {
        private final AssetKind platform;
        private final double heightMetres;
        private final SearchObjectType object;
        private final double[] widths;

        Row(AssetKind platform, double heightMetres, SearchObjectType object, double[] widths) {
            this.platform = platform;
            this.heightMetres = heightMetres;
            this.object = object;
            this.widths = widths.clone();
        }

        AssetKind platform() {
            return platform;
        }

        double heightMetres() {
            return heightMetres;
        }

        SearchObjectType object() {
            return object;
        }

        double at(double visibility) {
            int first = -1;
            int last = -1;
            for (int v = 0; v < widths.length; v++) {
                if (!Double.isNaN(widths[v])) {
                    if (first < 0) {
                        first = v;
                    }
                    last = v;
                }
            }
            if (visibility < VISIBILITIES[first]) {
                throw new SarInputException(String.format(
                        Locale.ROOT,
                        "visibility %.1f NM is below the %s sweep-width table's first column (%.0f NM) for %s",
                        visibility,
                        platform,
                        VISIBILITIES[first],
                        object));
            }
            if (visibility >= VISIBILITIES[last]) {
                return widths[last];
            }
            for (int v = first; v < last; v++) {
                if (visibility >= VISIBILITIES[v] && visibility <= VISIBILITIES[v + 1]) {
                    double f = (visibility - VISIBILITIES[v]) / (VISIBILITIES[v + 1] - VISIBILITIES[v]);
                    return widths[v] + f * (widths[v + 1] - widths[v]);
                }
            }
            throw new IllegalStateException("visibility " + visibility + " fell between the columns");
        }
    }

    private record WeatherBand(String objects, double windMaxKnots, double seaMaxMetres, double factor) {}
}
