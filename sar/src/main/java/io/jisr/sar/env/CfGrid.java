package io.jisr.sar.env;

import io.jhdf.api.Dataset;
import io.jisr.sar.SarInputException;
import java.util.Arrays;
import java.util.List;

/** A CF file's one regular latitude–longitude–time grid, and reading velocity variables on it. */
final class CfGrid {
    double south;
    double latitudeStep;
    int rows;
    boolean latitudeDescending;
    double west;
    double longitudeStep;
    int columns;
    double[] times;

    static CfGrid find(List<Dataset> datasets, String source) {
        Dataset lat = axis(datasets, "latitude", "degrees_north", "Y", List.of("lat", "latitude"));
        Dataset lon = axis(datasets, "longitude", "degrees_east", "X", List.of("lon", "longitude"));
        Dataset time = axis(datasets, "time", null, "T", List.of("time"));
        if (lat == null || lon == null || time == null) {
            String missing = lat == null ? "latitude" : lon == null ? "longitude" : "time";
            throw new SarInputException(source + " has no " + missing + " axis (a one-dimensional variable with"
                    + " standard_name " + missing + ")");
        }
        CfGrid grid = new CfGrid();
        double[] lats = CfAttributes.oneDimensional(lat, source);
        double[] lons = CfAttributes.oneDimensional(lon, source);
        double step = CfAttributes.regularStep(lats, lat.getName(), source);
        grid.rows = lats.length;
        grid.latitudeDescending = step < 0;
        grid.latitudeStep = Math.abs(step);
        grid.south = Math.min(lats[0], lats[lats.length - 1]);
        double lonStep = CfAttributes.regularStep(lons, lon.getName(), source);
        if (lonStep < 0) {
            throw new SarInputException(source + ": longitude axis " + lon.getName() + " decreases; only west-to-east"
                    + " grids are supported");
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
            if (standardName.equals(CfAttributes.text(d, "standard_name"))) {
                return d;
            }
        }
        for (Dataset d : datasets) {
            if ((units != null && units.equals(CfAttributes.text(d, "units")))
                    || axis.equals(CfAttributes.text(d, "axis"))) {
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
        CfAttributes.requireVelocityUnits(d, source);
        int[] shape = d.getDimensions();
        int rank = shape.length;
        boolean shapeOk = (rank == 3 || (rank == 4 && shape[1] == 1))
                && shape[0] == times.length
                && shape[rank - 2] == rows
                && shape[rank - 1] == columns;
        if (!shapeOk) {
            throw new SarInputException(source + ": variable " + var + " has shape " + Arrays.toString(shape)
                    + ", expected (time=" + times.length + ", latitude=" + rows + ", longitude=" + columns
                    + ") or (time, depth=1, latitude, longitude)");
        }
        long size = (long) times.length * rows * columns;
        if (size > NetcdfForecast.MAX_VALUES) {
            throw new SarInputException(source + ": variable " + var + " has " + size + " values, more than the "
                    + NetcdfForecast.MAX_VALUES
                    + " this reader holds in memory; cut the file to the case's area and time");
        }
        double[] raw = CfAttributes.numbers(d.getDataFlat(), source, var);
        double scale = CfAttributes.number(d, "scale_factor", 1.0);
        double offset = CfAttributes.number(d, "add_offset", 0.0);
        double fill = CfAttributes.number(d, "_FillValue", Double.NaN);
        double missing = CfAttributes.number(d, "missing_value", Double.NaN);
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
