package io.jisr.sar.env;

import io.jhdf.HdfFile;
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
                String standardName = CfAttributes.text(dataset, "standard_name");
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
        CfGrid grid = CfGrid.find(datasets, source);
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
            CfGrid grid,
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
}
