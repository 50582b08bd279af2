package io.jisr.sar.land;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * A land mask on a regular latitude–longitude raster, one bit per cell; sea outside the raster.
 *
 * <p>The bundled raster is written by {@code tools/sar/LandMask.java} from the detection module's
 * distance-from-shore raster, which {@code tools/shore/ShoreDistance.java} rasterises from Natural Earth
 * 1:50m land (public domain): a cell is land where its centre lies inside a land polygon.
 */
public final class RasterLandMask implements LandMask {
    static final String BUNDLED = "land-mask-wmed.bin.gz";
    private static final int MAGIC = 0x4A534C4D;

    private final double south;
    private final double west;
    private final double cellsPerDegree;
    private final int rows;
    private final int columns;
    private final long[] bits;

    RasterLandMask(double south, double west, int cellsPerDegree, int rows, int columns, long[] bits) {
        if (rows <= 0 || columns <= 0 || cellsPerDegree <= 0) {
            throw new IllegalArgumentException(
                    "raster must have cells, has " + rows + " x " + columns + " at " + cellsPerDegree + " per degree");
        }
        if (bits.length < ((long) rows * columns + 63) / 64) {
            throw new IllegalArgumentException("raster of " + rows + " x " + columns + " needs "
                    + (((long) rows * columns + 63) / 64) + " words of bits, has " + bits.length);
        }
        this.south = south;
        this.west = west;
        this.cellsPerDegree = cellsPerDegree;
        this.rows = rows;
        this.columns = columns;
        this.bits = bits;
    }

    /** Returns the bundled Western Mediterranean raster, read once. */
    public static RasterLandMask bundled() {
        return Bundled.MASK;
    }

    @Override
    public boolean isLand(double latitude, double longitude) {
        double r = (latitude - south) * cellsPerDegree;
        double c = (longitude - west) * cellsPerDegree;
        if (!(r >= 0 && r < rows && c >= 0 && c < columns)) {
            return false;
        }
        long index = (long) (int) r * columns + (int) c;
        return (bits[(int) (index >>> 6)] & (1L << index)) != 0;
    }

    static RasterLandMask read(InputStream in, String name) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
        int magic = data.readInt();
        int version = data.readInt();
        if (magic != MAGIC || version != 1) {
            throw new IllegalStateException(name + " is not a version 1 land mask (magic 0x"
                    + Integer.toHexString(magic) + ", version " + version + ")");
        }
        double south = data.readDouble();
        double west = data.readDouble();
        int perDegree = data.readInt();
        int rows = data.readInt();
        int columns = data.readInt();
        if (rows <= 0 || columns <= 0 || (long) rows * columns > 1L << 31) {
            throw new IllegalStateException(name + " declares " + rows + " x " + columns + " cells");
        }
        long cells = (long) rows * columns;
        byte[] bytes = new byte[(int) ((cells + 7) / 8)];
        data.readFully(bytes);
        long[] bits = new long[(int) ((cells + 63) / 64)];
        for (int i = 0; i < bytes.length; i++) {
            bits[i >>> 3] |= (bytes[i] & 0xFFL) << ((i & 7) * 8);
        }
        return new RasterLandMask(south, west, perDegree, rows, columns, bits);
    }

    /** Holds the bundled raster, read on first use. */
    private static final class Bundled {
        static final RasterLandMask MASK = load();

        private static RasterLandMask load() {
            try (InputStream in = RasterLandMask.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("bundled land mask " + BUNDLED + " is missing from the classpath");
                }
                return read(in, BUNDLED);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled land mask " + BUNDLED, e);
            }
        }
    }
}
