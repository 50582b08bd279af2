/*
 * Builds the sar module's land mask from the detection module's distance-from-shore raster, so that the
 * coastline is rasterised once (by tools/shore/ShoreDistance.java, from Natural Earth 1:50m land) and the
 * two modules agree on where land is.
 *
 *   java tools/sar/LandMask.java detect/src/main/resources/io/jisr/detect/geo/shore-distance-wmed.bin.gz \
 *       sar/src/main/resources/io/jisr/sar/land/land-mask-wmed.bin.gz
 *
 * A cell is land where its distance from shore is 0 (its centre lies inside a land polygon); every sea
 * cell is at least one cell (about 0.5 nautical mile, 2 units of 0.25) from the nearest land cell centre.
 * Output (gzip): int magic 0x4A534C4D ("JSLM"), int version 1, double south, double west, int cells per
 * degree, int rows, int columns, then rows x columns bits, row-major from the south-west corner, least
 * significant bit first. Plain JDK; see tools/sar/README.md.
 */

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

public class LandMask {
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java LandMask.java SHORE_DISTANCE.bin.gz OUTPUT.bin.gz");
            System.exit(2);
        }
        double south;
        double west;
        int perDegree;
        int rows;
        int columns;
        byte[] units;
        try (InputStream raw = Files.newInputStream(Path.of(args[0]));
                DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16))) {
            int magic = in.readInt();
            int version = in.readInt();
            if (magic != 0x4A534452 || version != 1) {
                throw new IOException(args[0] + " is not a version 1 shore distance raster");
            }
            south = in.readDouble();
            west = in.readDouble();
            perDegree = in.readInt();
            rows = in.readInt();
            columns = in.readInt();
            in.readDouble(); // unit of distance: only zero matters here
            units = new byte[rows * columns];
            in.readFully(units);
        }
        byte[] bits = new byte[(rows * columns + 7) / 8];
        int land = 0;
        for (int i = 0; i < units.length; i++) {
            if (units[i] == 0) {
                bits[i >>> 3] |= (byte) (1 << (i & 7));
                land++;
            }
        }
        try (OutputStream raw = Files.newOutputStream(Path.of(args[1]));
                DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw, 1 << 16))) {
            out.writeInt(0x4A534C4D);
            out.writeInt(1);
            out.writeDouble(south);
            out.writeDouble(west);
            out.writeInt(perDegree);
            out.writeInt(rows);
            out.writeInt(columns);
            out.write(bits);
        }
        System.out.printf("%s: %d x %d cells, %d land (%.1f %%), %d bytes%n", args[1], rows, columns, land,
                100.0 * land / units.length, Files.size(Path.of(args[1])));
    }
}
