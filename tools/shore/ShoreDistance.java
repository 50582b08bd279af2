/*
 * Builds Jisr's distance-from-shore rasters from Natural Earth land polygons (GeoJSON).
 *
 *   java tools/shore/ShoreDistance.java app/src/main/resources/public/basemap/land-50m.geojson \
 *       detect/src/main/resources/io/jisr/detect/geo
 *
 * Plain JDK, no dependencies. Writes shore-distance-wmed.bin.gz (30-46 N, 10 W-17 E, 0.01 degree,
 * 0.25 nautical mile units) and shore-distance-global.bin.gz (0.25 degree, 0.5 nautical mile units) in
 * the format ShoreDistanceRaster reads. See README.md beside this file.
 */

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

public class ShoreDistance {
    static final double RADIUS_METRES = 6_371_008.8;
    static final double METRES_PER_NM = 1852.0;

    /** All ring edges as flat arrays x1 y1 x2 y2. */
    static double[] edges = new double[0];
    static int edgeCount;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java ShoreDistance.java LAND.geojson OUTPUT_DIR");
            System.exit(2);
        }
        String text = Files.readString(Path.of(args[0]));
        List<double[]> rings = new ArrayList<>();
        collectRings(text, rings);
        loadEdges(rings);
        System.out.println(rings.size() + " rings, " + edgeCount + " edges");
        Path out = Path.of(args[1]);
        // The fine raster is computed with 3 degrees of margin so land just outside the region counts.
        write(out.resolve("shore-distance-wmed.bin.gz"), 30, -10, 100, 16, 27, 3, 0.25);
        write(out.resolve("shore-distance-global.bin.gz"), -90, -180, 4, 180, 360, 0, 0.5);
    }

    static void write(Path file, double south, double west, int perDegree, int heightDegrees, int widthDegrees,
            int marginDegrees, double unitNm) throws IOException {
        int margin = marginDegrees * perDegree;
        int rows = heightDegrees * perDegree;
        int cols = widthDegrees * perDegree;
        int prow = rows + 2 * margin;
        int pcol = cols + 2 * margin;
        double psouth = south - marginDegrees;
        double pwest = west - marginDegrees;
        boolean[] land = rasterize(psouth, pwest, perDegree, prow, pcol);
        double[] nm = distances(land, psouth, pwest, perDegree, prow, pcol);
        byte[] units = new byte[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double d = nm[(r + margin) * pcol + (c + margin)];
                units[r * cols + c] = (byte) Math.min(255, Math.round(d / unitNm));
            }
        }
        try (OutputStream raw = Files.newOutputStream(file);
                DataOutputStream data = new DataOutputStream(new GZIPOutputStream(raw, 1 << 16))) {
            data.writeInt(0x4A534452);
            data.writeInt(1);
            data.writeDouble(south);
            data.writeDouble(west);
            data.writeInt(perDegree);
            data.writeInt(rows);
            data.writeInt(cols);
            data.writeDouble(unitNm);
            data.write(units);
        }
        System.out.println(file + ": " + rows + " x " + cols + " cells, " + Files.size(file) + " bytes");
    }

    /** Marks cells whose centre lies inside land (even-odd rule over all rings, scanline per row). */
    static boolean[] rasterize(double south, double west, int perDegree, int rows, int cols) {
        boolean[] land = new boolean[rows * cols];
        double[] xs = new double[1024];
        for (int r = 0; r < rows; r++) {
            double y = south + (r + 0.5) / perDegree;
            int n = 0;
            for (int e = 0; e < edgeCount; e++) {
                double y1 = edges[4 * e + 1];
                double y2 = edges[4 * e + 3];
                if ((y1 <= y && y < y2) || (y2 <= y && y < y1)) {
                    double x1 = edges[4 * e];
                    double x2 = edges[4 * e + 2];
                    if (n == xs.length) {
                        xs = Arrays.copyOf(xs, n * 2);
                    }
                    xs[n++] = x1 + (y - y1) / (y2 - y1) * (x2 - x1);
                }
            }
            Arrays.sort(xs, 0, n);
            for (int i = 0; i + 1 < n; i += 2) {
                int from = (int) Math.ceil((xs[i] - west) * perDegree - 0.5);
                int to = (int) Math.floor((xs[i + 1] - west) * perDegree - 0.5);
                for (int c = Math.max(0, from); c <= Math.min(cols - 1, to); c++) {
                    land[r * cols + c] = true;
                }
            }
        }
        return land;
    }

    /**
     * Distance from every cell centre to the nearest land cell centre, in nautical miles: each cell
     * takes the nearest land cell its neighbours know of, in a forward and a backward sweep (the
     * 8-neighbour sequential Euclidean distance transform), measured with the haversine formula.
     */
    static double[] distances(boolean[] land, double south, double west, int perDegree, int rows, int cols) {
        int[] seed = new int[rows * cols];
        double[] dist = new double[rows * cols];
        for (int i = 0; i < seed.length; i++) {
            seed[i] = land[i] ? i : -1;
            dist[i] = land[i] ? 0 : Double.MAX_VALUE;
        }
        int[][] forward = {{0, -1}, {-1, -1}, {-1, 0}, {-1, 1}};
        int[][] backward = {{0, 1}, {1, 1}, {1, 0}, {1, -1}};
        for (int pass = 0; pass < 2; pass++) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    relax(seed, dist, r, c, forward, south, west, perDegree, rows, cols);
                }
                for (int c = cols - 1; c >= 0; c--) {
                    relax(seed, dist, r, c, new int[][] {{0, 1}}, south, west, perDegree, rows, cols);
                }
            }
            for (int r = rows - 1; r >= 0; r--) {
                for (int c = cols - 1; c >= 0; c--) {
                    relax(seed, dist, r, c, backward, south, west, perDegree, rows, cols);
                }
                for (int c = 0; c < cols; c++) {
                    relax(seed, dist, r, c, new int[][] {{0, -1}}, south, west, perDegree, rows, cols);
                }
            }
        }
        double[] nm = new double[dist.length];
        for (int i = 0; i < nm.length; i++) {
            nm[i] = dist[i] == Double.MAX_VALUE ? 1e9 : dist[i] / METRES_PER_NM;
        }
        return nm;
    }

    static void relax(int[] seed, double[] dist, int r, int c, int[][] offsets, double south, double west,
            int perDegree, int rows, int cols) {
        int i = r * cols + c;
        if (dist[i] == 0) {
            return;
        }
        for (int[] o : offsets) {
            int rr = r + o[0];
            int cc = c + o[1];
            if (rr < 0 || rr >= rows || cc < 0 || cc >= cols) {
                continue;
            }
            int s = seed[rr * cols + cc];
            if (s < 0) {
                continue;
            }
            double d = haversine(
                    south + (r + 0.5) / perDegree, west + (c + 0.5) / perDegree,
                    south + (s / cols + 0.5) / perDegree, west + (s % cols + 0.5) / perDegree);
            if (d < dist[i]) {
                dist[i] = d;
                seed[i] = s;
            }
        }
    }

    static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dp / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
        return 2 * RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    static void loadEdges(List<double[]> rings) {
        int total = 0;
        for (double[] ring : rings) {
            total += ring.length / 2 - 1;
        }
        edges = new double[4 * total];
        for (double[] ring : rings) {
            for (int k = 0; k + 3 < ring.length; k += 2) {
                edges[4 * edgeCount] = ring[k];
                edges[4 * edgeCount + 1] = ring[k + 1];
                edges[4 * edgeCount + 2] = ring[k + 2];
                edges[4 * edgeCount + 3] = ring[k + 3];
                edgeCount++;
            }
        }
    }

    /** Finds every "coordinates" member and collects its rings (arrays of [x, y] positions). */
    static void collectRings(String text, List<double[]> rings) {
        int from = 0;
        while ((from = text.indexOf("\"coordinates\"", from)) >= 0) {
            int[] pos = {text.indexOf(':', from) + 1};
            Object value = parse(text, pos);
            walk(value, rings);
            from = pos[0];
        }
    }

    @SuppressWarnings("unchecked")
    static void walk(Object value, List<double[]> rings) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            return;
        }
        Object first = list.get(0);
        if (first instanceof List<?> inner && !inner.isEmpty() && inner.get(0) instanceof Double) {
            double[] ring = new double[list.size() * 2];
            for (int i = 0; i < list.size(); i++) {
                List<Double> p = (List<Double>) list.get(i);
                ring[2 * i] = p.get(0);
                ring[2 * i + 1] = p.get(1);
            }
            rings.add(ring);
            return;
        }
        for (Object o : list) {
            walk(o, rings);
        }
    }

    /** Parses nested arrays of numbers starting at pos[0]. */
    static Object parse(String s, int[] pos) {
        while (Character.isWhitespace(s.charAt(pos[0]))) {
            pos[0]++;
        }
        if (s.charAt(pos[0]) == '[') {
            pos[0]++;
            List<Object> list = new ArrayList<>();
            while (true) {
                while (Character.isWhitespace(s.charAt(pos[0]))) {
                    pos[0]++;
                }
                if (s.charAt(pos[0]) == ']') {
                    pos[0]++;
                    return list;
                }
                list.add(parse(s, pos));
                while (Character.isWhitespace(s.charAt(pos[0]))) {
                    pos[0]++;
                }
                if (s.charAt(pos[0]) == ',') {
                    pos[0]++;
                }
            }
        }
        int start = pos[0];
        while ("+-.eE0123456789".indexOf(s.charAt(pos[0])) >= 0) {
            pos[0]++;
        }
        return Double.parseDouble(s.substring(start, pos[0]));
    }
}
