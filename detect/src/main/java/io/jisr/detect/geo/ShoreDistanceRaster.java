package io.jisr.detect.geo;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * Distance from shore precomputed on a regular latitude/longitude grid, one byte per cell. Made by
 * {@code tools/shore/ShoreDistance.java} from Natural Earth land polygons.
 */
public final class ShoreDistanceRaster {
    /*
     * Implementation note: the file is "JSDR", a format version, then south, west (degrees), cells per
     * degree, rows, columns, nautical miles per unit, and rows x columns unsigned bytes, row 0 the
     * southernmost, gzip-compressed. A byte is the distance from the cell's centre to the nearest land
     * cell in units; 255 means "at least 255 units". One array lookup per query keeps the detectors'
     * hot path free of geometry.
     */
    private static final int MAGIC = 0x4A534452; // "JSDR"
    private static final int VERSION = 1;
    private static final int MAX_CELLS = 64 * 1024 * 1024;

    private final double south;
    private final double west;
    private final int cellsPerDegree;
    private final int rows;
    private final int columns;
    private final double unitNauticalMiles;
    private final byte[] units;

    ShoreDistanceRaster(
            double south,
            double west,
            int cellsPerDegree,
            int rows,
            int columns,
            double unitNauticalMiles,
            byte[] units) {
        if (cellsPerDegree <= 0 || rows <= 0 || columns <= 0 || (long) rows * columns != units.length) {
            throw new IllegalArgumentException("shore distance raster has inconsistent size: " + rows + " x " + columns
                    + " cells, " + units.length + " values");
        }
        this.south = south;
        this.west = west;
        this.cellsPerDegree = cellsPerDegree;
        this.rows = rows;
        this.columns = columns;
        this.unitNauticalMiles = unitNauticalMiles;
        this.units = units;
    }

    /** Reads a raster from a classpath resource. */
    public static ShoreDistanceRaster load(String resource) {
        try (InputStream raw = ShoreDistanceRaster.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("shore distance raster " + resource + " is missing");
            }
            return read(new GZIPInputStream(raw, 1 << 16), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shore distance raster " + resource, e);
        }
    }

    static ShoreDistanceRaster read(InputStream in, String name) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int magic = data.readInt();
        int version = data.readInt();
        if (magic != MAGIC || version != VERSION) {
            throw new IllegalStateException(name + " is not a version " + VERSION + " shore distance raster (magic 0x"
                    + Integer.toHexString(magic) + ", version " + version + ")");
        }
        double south = data.readDouble();
        double west = data.readDouble();
        int cellsPerDegree = data.readInt();
        int rows = data.readInt();
        int columns = data.readInt();
        double unit = data.readDouble();
        if (rows <= 0 || columns <= 0 || (long) rows * columns > MAX_CELLS) {
            throw new IllegalStateException(name + " declares " + rows + " x " + columns + " cells");
        }
        byte[] units = new byte[rows * columns];
        data.readFully(units);
        return new ShoreDistanceRaster(south, west, cellsPerDegree, rows, columns, unit, units);
    }

    /** Returns whether the point lies inside the raster. */
    public boolean covers(double latitude, double longitude) {
        double r = (latitude - south) * cellsPerDegree;
        double c = (longitude - west) * cellsPerDegree;
        return r >= 0 && r < rows && c >= 0 && c < columns;
    }

    /** Returns the distance from shore in nautical miles at a point the raster covers (clamped at edges). */
    public double distanceNauticalMiles(double latitude, double longitude) {
        int r = (int) Math.clamp((long) Math.floor((latitude - south) * cellsPerDegree), 0, rows - 1);
        int c = (int) Math.clamp((long) Math.floor((longitude - west) * cellsPerDegree), 0, columns - 1);
        return (units[r * columns + c] & 0xFF) * unitNauticalMiles;
    }

    /** Returns the largest distance the raster can tell apart; beyond it values read as this. */
    public double capNauticalMiles() {
        return 255 * unitNauticalMiles;
    }
}
