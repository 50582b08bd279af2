package io.jisr.sar.env;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jisr.sar.SarInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A forecast file in NetCDF-4 (HDF5) with CF conventions, as ocean and weather services publish them: the
 * surface current ({@code eastward_sea_water_velocity}, {@code northward_sea_water_velocity}) and/or the
 * 10 m wind ({@code eastward_wind}, {@code northward_wind}) on one regular latitude–longitude grid with a
 * time axis. Read in pure Java with jHDF, whole into memory.
 *
 * <p>Variables are found by their CF {@code standard_name}; velocities must be in m/s; the grid axes are
 * found by {@code standard_name}, {@code units} ({@code degrees_north}, {@code degrees_east}) or {@code axis};
 * the time axis needs CF {@code units} such as {@code "hours since 2026-01-01 00:00:00"}. Variables are
 * {@code (time, latitude, longitude)} or {@code (time, depth, latitude, longitude)} with one depth (the
 * surface), in that CF order. {@code scale_factor}, {@code add_offset}, {@code _FillValue} and
 * {@code missing_value} are applied. Every problem is a {@link SarInputException} naming the file and the
 * variable.
 */
public final class NetcdfForecast {
    static final String CURRENT_EAST = "eastward_sea_water_velocity";
    static final String CURRENT_NORTH = "northward_sea_water_velocity";
    static final String WIND_EAST = "eastward_wind";
    static final String WIND_NORTH = "northward_wind";

    /** Guards memory against a hostile or unexpectedly large file: 100 million values per variable. */
    static final long MAX_VALUES = 100_000_000L;

    private final String source;
    private final Optional<GriddedField> wind;
    private final Optional<GriddedField> current;
    private final List<String> standardNames;

    private NetcdfForecast(
            String source, Optional<GriddedField> wind, Optional<GriddedField> current, List<String> standardNames) {
        this.source = source;
        this.wind = wind;
        this.current = current;
        this.standardNames = List.copyOf(standardNames);
    }

    /**
     * Reads a forecast file.
     *
     * @throws SarInputException if the file cannot be read as NetCDF-4, has neither wind nor current, or a
     *     variable or axis it has breaks the rules above
     */
    public static NetcdfForecast read(Path file) {
        String source = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new SarInputException(source + ": no such file (" + file + ")");
        }
        try (HdfFile hdf = new HdfFile(file)) {
            return read(hdf, source);
        } catch (SarInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SarInputException(source + ": not a readable NetCDF-4 (HDF5) file: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a forecast held in memory (an upload, a resource); {@code source} names it in messages.
     *
     * @throws SarInputException as {@link #read(Path)}
     */
    public static NetcdfForecast read(byte[] bytes, String source) {
        try (HdfFile hdf = HdfFile.fromBytes(bytes)) {
            return read(hdf, source);
        } catch (SarInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SarInputException(source + ": not a readable NetCDF-4 (HDF5) file: " + e.getMessage(), e);
        }
    }

    /**
     * Returns the bundled sample forecast: synthetic but physically plausible currents (the Algerian
     * Current and an eddy) and winds (a west-north-westerly turning easterly) off the Algerian coast, 35–40°N,
     * 0.5°W–9.5°E at 0.1°, 2026-03-10T00:00Z to 2026-03-14T00:00Z every 3 hours. Not a real forecast: made
     * by {@code tools/sar/SampleForecast.java} for demonstrations and tests.
     */
    public static NetcdfForecast bundledSample() {
        String name = "western-med-sample-forecast.nc";
        try (java.io.InputStream in = NetcdfForecast.class.getResourceAsStream("/io/jisr/sar/sample/" + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled sample forecast " + name + " is missing from the classpath");
            }
            return read(in.readAllBytes(), name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the bundled sample forecast " + name, e);
        }
    }

    private static NetcdfForecast read(HdfFile hdf, String source) {
        Map<String, Dataset> byStandardName = new LinkedHashMap<>();
        List<Dataset> datasets = new ArrayList<>();
        for (Node node : hdf.getChildren().values()) {
            if (node instanceof Dataset dataset) {
                datasets.add(dataset);
                String standardName = Cf.text(dataset, "standard_name");
                if (standardName != null && !byStandardName.containsKey(standardName)) {
                    byStandardName.put(standardName, dataset);
                }
            }
        }
        List<String> names = new ArrayList<>(byStandardName.keySet());
        java.util.Collections.sort(names);
        boolean hasWind = byStandardName.containsKey(WIND_EAST) || byStandardName.containsKey(WIND_NORTH);
        boolean hasCurrent = byStandardName.containsKey(CURRENT_EAST) || byStandardName.containsKey(CURRENT_NORTH);
        if (!hasWind && !hasCurrent) {
            throw new SarInputException(source + " has neither wind (" + WIND_EAST + ", " + WIND_NORTH
                    + ") nor current (" + CURRENT_EAST + ", " + CURRENT_NORTH + "); its standard names are " + names);
        }
        Grid grid = Grid.find(datasets, source);
        Optional<GriddedField> wind = hasWind
                ? Optional.of(field(byStandardName, WIND_EAST, WIND_NORTH, grid, source, "wind from " + source))
                : Optional.empty();
        Optional<GriddedField> current = hasCurrent
                ? Optional.of(
                        field(byStandardName, CURRENT_EAST, CURRENT_NORTH, grid, source, "current from " + source))
                : Optional.empty();
        return new NetcdfForecast(source, wind, current, names);
    }

    private static GriddedField field(
            Map<String, Dataset> byStandardName,
            String eastName,
            String northName,
            Grid grid,
            String source,
            String name) {
        Dataset e = byStandardName.get(eastName);
        Dataset n = byStandardName.get(northName);
        if (e == null || n == null) {
            String missing = e == null ? eastName : northName;
            String present = e == null ? northName : eastName;
            throw new SarInputException(source + " has " + present + " but no variable with standard_name " + missing);
        }
        float[] east = grid.values(e, source);
        float[] north = grid.values(n, source);
        return new GriddedField(
                name,
                grid.south,
                grid.latitudeStep,
                grid.rows,
                grid.west,
                grid.longitudeStep,
                grid.columns,
                grid.times,
                east,
                north);
    }

    /** Returns the file's name, as used in messages. */
    public String source() {
        return source;
    }

    /** Returns the 10 m wind, if the file has it. */
    public Optional<GriddedField> wind() {
        return wind;
    }

    /** Returns the surface current, if the file has it. */
    public Optional<GriddedField> current() {
        return current;
    }

    /**
     * Returns the 10 m wind.
     *
     * @throws SarInputException if the file has none, listing the standard names it has
     */
    public GriddedField requireWind() {
        return wind.orElseThrow(() -> new SarInputException(source + " has no wind: no variables with standard_name "
                + WIND_EAST + " and " + WIND_NORTH + "; its standard names are " + standardNames));
    }

    /**
     * Returns the surface current.
     *
     * @throws SarInputException if the file has none, listing the standard names it has
     */
    public GriddedField requireCurrent() {
        return current.orElseThrow(() -> new SarInputException(source + " has no current: no variables with"
                + " standard_name " + CURRENT_EAST + " and " + CURRENT_NORTH + "; its standard names are "
                + standardNames));
    }

    /** The file's one latitude–longitude–time grid. */
    private static final class Grid {
        double south;
        double latitudeStep;
        int rows;
        boolean latitudeDescending;
        double west;
        double longitudeStep;
        int columns;
        double[] times;

        static Grid find(List<Dataset> datasets, String source) {
            Dataset lat = axis(datasets, "latitude", "degrees_north", "Y", List.of("lat", "latitude"));
            Dataset lon = axis(datasets, "longitude", "degrees_east", "X", List.of("lon", "longitude"));
            Dataset time = axis(datasets, "time", null, "T", List.of("time"));
            if (lat == null || lon == null || time == null) {
                String missing = lat == null ? "latitude" : lon == null ? "longitude" : "time";
                throw new SarInputException(source + " has no " + missing + " axis (a one-dimensional variable with"
                        + " standard_name " + missing + ")");
            }
            Grid grid = new Grid();
            double[] lats = Cf.oneDimensional(lat, source);
            double[] lons = Cf.oneDimensional(lon, source);
            double step = Cf.regularStep(lats, lat.getName(), source);
            grid.rows = lats.length;
            grid.latitudeDescending = step < 0;
            grid.latitudeStep = Math.abs(step);
            grid.south = Math.min(lats[0], lats[lats.length - 1]);
            double lonStep = Cf.regularStep(lons, lon.getName(), source);
            if (lonStep < 0) {
                throw new SarInputException(source + ": longitude axis " + lon.getName()
                        + " decreases; only west-to-east" + " grids are supported");
            }
            if (grid.south < -90 || grid.south + (grid.rows - 1) * grid.latitudeStep > 90) {
                throw new SarInputException(source + ": latitudes of " + lat.getName() + " go beyond ±90°");
            }
            grid.longitudeStep = lonStep;
            grid.columns = lons.length;
            grid.west = lons[0];
            grid.times = CfTime.epochSeconds(time, source);
            return grid;
        }

        private static Dataset axis(
                List<Dataset> datasets, String standardName, String units, String axis, List<String> names) {
            for (Dataset d : datasets) {
                if (standardName.equals(Cf.text(d, "standard_name"))) {
                    return d;
                }
            }
            for (Dataset d : datasets) {
                if ((units != null && units.equals(Cf.text(d, "units"))) || axis.equals(Cf.text(d, "axis"))) {
                    return d;
                }
            }
            for (Dataset d : datasets) {
                if (names.contains(d.getName())) {
                    return d;
                }
            }
            return null;
        }

        /** Reads one velocity variable as {@code [time][row from south][column]}, NaN where missing. */
        float[] values(Dataset d, String source) {
            String var = d.getName();
            Cf.requireVelocityUnits(d, source);
            int[] shape = d.getDimensions();
            int rank = shape.length;
            boolean shapeOk = (rank == 3 || (rank == 4 && shape[1] == 1))
                    && shape[0] == times.length
                    && shape[rank - 2] == rows
                    && shape[rank - 1] == columns;
            if (!shapeOk) {
                throw new SarInputException(
                        source + ": variable " + var + " has shape " + java.util.Arrays.toString(shape)
                                + ", expected (time=" + times.length + ", latitude=" + rows + ", longitude=" + columns
                                + ") or (time, depth=1, latitude, longitude)");
            }
            long size = (long) times.length * rows * columns;
            if (size > MAX_VALUES) {
                throw new SarInputException(source + ": variable " + var + " has " + size + " values, more than the "
                        + MAX_VALUES + " this reader holds in memory; cut the file to the case's area and time");
            }
            double[] raw = Cf.numbers(d.getDataFlat(), source, var);
            double scale = Cf.number(d, "scale_factor", 1.0);
            double offset = Cf.number(d, "add_offset", 0.0);
            double fill = Cf.number(d, "_FillValue", Double.NaN);
            double missing = Cf.number(d, "missing_value", Double.NaN);
            float[] out = new float[(int) size];
            int slice = rows * columns;
            int valid = 0;
            for (int t = 0; t < times.length; t++) {
                for (int r = 0; r < rows; r++) {
                    int sourceRow = latitudeDescending ? rows - 1 - r : r;
                    int in = t * slice + sourceRow * columns;
                    int o = t * slice + r * columns;
                    for (int c = 0; c < columns; c++) {
                        double v = raw[in + c];
                        if (Double.isNaN(v) || v == fill || v == missing || Math.abs(v) > 1e20) {
                            out[o + c] = Float.NaN;
                        } else {
                            double value = v * scale + offset;
                            if (Math.abs(value) > 150) {
                                throw new SarInputException(source + ": variable " + var + " has " + value
                                        + " m/s, beyond any wind or current");
                            }
                            out[o + c] = (float) value;
                            valid++;
                        }
                    }
                }
            }
            if (valid == 0) {
                throw new SarInputException(source + ": variable " + var + " has no valid values (all missing)");
            }
            return out;
        }
    }

    /** Reading CF attributes and numbers whatever type the file stores them in. */
    static final class Cf {
        private Cf() {}

        static String text(Node node, String name) {
            Attribute a = node.getAttributes().get(name);
            if (a == null) {
                return null;
            }
            Object data = a.getData();
            if (data instanceof String s) {
                return s.strip();
            }
            if (data instanceof String[] array && array.length > 0) {
                return String.join("", array).strip();
            }
            return null;
        }

        static double number(Node node, String name, double otherwise) {
            Attribute a = node.getAttributes().get(name);
            if (a == null) {
                return otherwise;
            }
            Object data = a.getData();
            if (data instanceof Number n) {
                return n.doubleValue();
            }
            if (data != null && data.getClass().isArray() && java.lang.reflect.Array.getLength(data) > 0) {
                Object first = java.lang.reflect.Array.get(data, 0);
                if (first instanceof Number n) {
                    return n.doubleValue();
                }
            }
            return otherwise;
        }

        static double[] oneDimensional(Dataset d, String source) {
            int[] shape = d.getDimensions();
            if (shape.length != 1) {
                throw new SarInputException(source + ": axis " + d.getName() + " must be one-dimensional (a regular"
                        + " latitude–longitude grid), has shape " + java.util.Arrays.toString(shape));
            }
            double[] values = numbers(d.getDataFlat(), source, d.getName());
            for (double v : values) {
                if (!Double.isFinite(v)) {
                    throw new SarInputException(source + ": axis " + d.getName() + " has a missing or infinite value");
                }
            }
            return values;
        }

        static double regularStep(double[] values, String var, String source) {
            if (values.length < 2) {
                throw new SarInputException(source + ": axis " + var + " has " + values.length
                        + " value(s); a grid needs at least 2 to interpolate");
            }
            double step = (values[values.length - 1] - values[0]) / (values.length - 1);
            if (step == 0) {
                throw new SarInputException(source + ": axis " + var + " does not change");
            }
            for (int i = 1; i < values.length; i++) {
                double expected = values[0] + i * step;
                if (Math.abs(values[i] - expected) > 1e-3 * Math.abs(step)) {
                    throw new SarInputException(String.format(
                            java.util.Locale.ROOT,
                            "%s: axis %s is not regular: value %d is %.6f, a regular step of %.6f gives %.6f",
                            source,
                            var,
                            i,
                            values[i],
                            step,
                            expected));
                }
            }
            return step;
        }

        static double[] numbers(Object flat, String source, String var) {
            if (flat instanceof double[] d) {
                return d;
            }
            double[] out;
            if (flat instanceof float[] f) {
                out = new double[f.length];
                for (int i = 0; i < f.length; i++) {
                    out[i] = f[i];
                }
            } else if (flat instanceof int[] a) {
                out = new double[a.length];
                for (int i = 0; i < a.length; i++) {
                    out[i] = a[i];
                }
            } else if (flat instanceof short[] a) {
                out = new double[a.length];
                for (int i = 0; i < a.length; i++) {
                    out[i] = a[i];
                }
            } else if (flat instanceof long[] a) {
                out = new double[a.length];
                for (int i = 0; i < a.length; i++) {
                    out[i] = a[i];
                }
            } else if (flat instanceof byte[] a) {
                out = new double[a.length];
                for (int i = 0; i < a.length; i++) {
                    out[i] = a[i];
                }
            } else {
                throw new SarInputException(source + ": variable " + var + " is not numeric ("
                        + (flat == null ? "no data" : flat.getClass().getSimpleName()) + ")");
            }
            return out;
        }

        static void requireVelocityUnits(Dataset d, String source) {
            String units = text(d, "units");
            if (units == null) {
                throw new SarInputException(source + ": variable " + d.getName() + " has no units; expected m s-1");
            }
            if (!isMetresPerSecond(units)) {
                throw new SarInputException(source + ": variable " + d.getName() + " is in \"" + units
                        + "\"; expected metres per second (m s-1, m/s)");
            }
        }

        static boolean isMetresPerSecond(String units) {
            String u = units.toLowerCase(java.util.Locale.ROOT)
                    .replace("**", "")
                    .replace("^", "")
                    .replace("metres", "m")
                    .replace("meters", "m")
                    .replace("metre", "m")
                    .replace("meter", "m")
                    .replace("seconds", "s")
                    .replace("second", "s")
                    .replace("sec", "s")
                    .replace(" per ", "/")
                    .replace(".", " ")
                    .replaceAll("\\s+", "");
            return u.equals("ms-1") || u.equals("m/s");
        }
    }
}
