package io.jisr.sim.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Tells land from sea: polygons of land (outer rings and holes alike, by the even-odd rule) indexed
 * by a grid so that a test costs a few segment crossings, not a walk over the coastline.
 *
 * <p>The shipped mask is Natural Earth 1:10m land clipped to the Western Mediterranean (30°N–46°N,
 * 10°W–17°E); see {@code tools/sim/README.md}. Outside its box every point counts as sea.
 */
public final class LandMask {
    /*
     * Implementation note: each grid cell knows whether its centre is on land (found once per row by
     * sorting the row's crossings of the centre latitude) and which ring edges touch it. A point in a
     * cell without edges shares its centre's answer; otherwise the answer flips once per edge that the
     * segment from the centre to the point crosses. Both lie in the cell, so no other edge can cross it.
     */

    private static final String RESOURCE = "land-10m-western-med.geojson";
    private static final double CELL_DEGREES = 0.05;

    private final double west;
    private final double south;
    private final int columns;
    private final int rows;
    private final boolean[] centreOnLand;
    private final int[][] cellEdges;
    private final double[] x1;
    private final double[] y1;
    private final double[] x2;
    private final double[] y2;

    private LandMask(List<double[]> rings, double west, double south, double east, double north) {
        this.west = west;
        this.south = south;
        this.columns = (int) Math.ceil((east - west) / CELL_DEGREES);
        this.rows = (int) Math.ceil((north - south) / CELL_DEGREES);
        int edges = 0;
        for (double[] ring : rings) {
            edges += ring.length / 2 - 1;
        }
        x1 = new double[edges];
        y1 = new double[edges];
        x2 = new double[edges];
        y2 = new double[edges];
        int e = 0;
        for (double[] ring : rings) {
            for (int i = 0; i + 3 < ring.length; i += 2) {
                x1[e] = ring[i];
                y1[e] = ring[i + 1];
                x2[e] = ring[i + 2];
                y2[e] = ring[i + 3];
                e++;
            }
        }
        cellEdges = indexEdges();
        centreOnLand = new boolean[columns * rows];
        for (int row = 0; row < rows; row++) {
            markCentres(row);
        }
    }

    /** Returns the mask of the Western Mediterranean shipped with the simulator (loaded once). */
    public static LandMask westernMediterranean() {
        return Shipped.MASK;
    }

    /**
     * Builds a mask from rings given as {@code lon, lat} pairs, each closed (last point equals first),
     * indexed over the given box.
     */
    public static LandMask of(List<double[]> rings, double west, double south, double east, double north) {
        if (!(west < east && south < north)) {
            throw new IllegalArgumentException("land mask box must have west < east and south < north, was " + west
                    + "," + south + "," + east + "," + north);
        }
        for (double[] ring : rings) {
            if (ring.length < 8 || ring.length % 2 != 0) {
                throw new IllegalArgumentException(
                        "a ring needs at least 4 points as lon,lat pairs, had " + ring.length + " numbers");
            }
        }
        return new LandMask(rings, west, south, east, north);
    }

    /** Returns whether the point is on land. */
    public boolean isLand(double lat, double lon) {
        int col = (int) Math.floor((lon - west) / CELL_DEGREES);
        int row = (int) Math.floor((lat - south) / CELL_DEGREES);
        if (col < 0 || row < 0 || col >= columns || row >= rows) {
            return false;
        }
        int cell = row * columns + col;
        boolean land = centreOnLand[cell];
        int[] edges = cellEdges[cell];
        if (edges.length == 0) {
            return land;
        }
        double cx = west + (col + 0.5) * CELL_DEGREES;
        double cy = south + (row + 0.5) * CELL_DEGREES;
        for (int e : edges) {
            if (segmentsCross(cx, cy, lon, lat, x1[e], y1[e], x2[e], y2[e])) {
                land = !land;
            }
        }
        return land;
    }

    /** Returns whether the point is on land. */
    public boolean isLand(GeoPoint p) {
        return isLand(p.lat(), p.lon());
    }

    /**
     * Returns the first point on land found by sampling the straight leg from {@code a} to {@code b}
     * every {@code stepNm} nautical miles (both ends included); empty if every sample is at sea.
     */
    public Optional<GeoPoint> firstLandOnLeg(GeoPoint a, GeoPoint b, double stepNm) {
        if (!(stepNm > 0)) {
            throw new IllegalArgumentException("sampling step must be positive, was " + stepNm);
        }
        int steps = Math.max(1, (int) Math.ceil(a.distanceNm(b) / stepNm));
        for (int i = 0; i <= steps; i++) {
            GeoPoint p = a.towards(b, (double) i / steps);
            if (isLand(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private int[][] indexEdges() {
        List<List<Integer>> cells = new ArrayList<>(columns * rows);
        for (int i = 0; i < columns * rows; i++) {
            cells.add(null);
        }
        for (int e = 0; e < x1.length; e++) {
            int c0 = clamp((int) Math.floor((Math.min(x1[e], x2[e]) - west) / CELL_DEGREES), columns);
            int c1 = clamp((int) Math.floor((Math.max(x1[e], x2[e]) - west) / CELL_DEGREES), columns);
            int r0 = clamp((int) Math.floor((Math.min(y1[e], y2[e]) - south) / CELL_DEGREES), rows);
            int r1 = clamp((int) Math.floor((Math.max(y1[e], y2[e]) - south) / CELL_DEGREES), rows);
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    int cell = r * columns + c;
                    if (cells.get(cell) == null) {
                        cells.set(cell, new ArrayList<>(4));
                    }
                    cells.get(cell).add(e);
                }
            }
        }
        int[][] index = new int[columns * rows][];
        int[] none = new int[0];
        for (int i = 0; i < index.length; i++) {
            List<Integer> list = cells.get(i);
            index[i] = list == null
                    ? none
                    : list.stream().mapToInt(Integer::intValue).toArray();
        }
        return index;
    }

    private void markCentres(int row) {
        double cy = south + (row + 0.5) * CELL_DEGREES;
        double[] crossings = new double[16];
        int n = 0;
        for (int e = 0; e < x1.length; e++) {
            if ((y1[e] > cy) != (y2[e] > cy)) {
                double x = x1[e] + (cy - y1[e]) / (y2[e] - y1[e]) * (x2[e] - x1[e]);
                if (n == crossings.length) {
                    crossings = Arrays.copyOf(crossings, n * 2);
                }
                crossings[n++] = x;
            }
        }
        Arrays.sort(crossings, 0, n);
        for (int col = 0; col < columns; col++) {
            double cx = west + (col + 0.5) * CELL_DEGREES;
            int before = Arrays.binarySearch(crossings, 0, n, cx);
            int left = before >= 0 ? before : -before - 1;
            centreOnLand[row * columns + col] = (left & 1) == 1;
        }
    }

    private static int clamp(int v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }

    /** Whether segment p1-p2 properly crosses segment p3-p4 (touching at an end point counts once). */
    private static boolean segmentsCross(
            double px1, double py1, double px2, double py2, double qx1, double qy1, double qx2, double qy2) {
        // Half-open on the edge's latitude span, as in the row crossings, so a vertex is counted once.
        double d1 = orient(qx1, qy1, qx2, qy2, px1, py1);
        double d2 = orient(qx1, qy1, qx2, qy2, px2, py2);
        if ((d1 > 0) == (d2 > 0) || d1 == 0 && d2 == 0) {
            return false;
        }
        double d3 = orient(px1, py1, px2, py2, qx1, qy1);
        double d4 = orient(px1, py1, px2, py2, qx2, qy2);
        return (d3 > 0) != (d4 > 0);
    }

    private static double orient(double ax, double ay, double bx, double by, double cx, double cy) {
        return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    }

    private static final class Shipped {
        static final LandMask MASK = load();

        private static LandMask load() {
            try (InputStream in = LandMask.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("land model " + RESOURCE + " is missing from the class path");
                }
                String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
                return of(PolygonRings.read(text), -10, 30, 17, 46);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read land model " + RESOURCE, e);
            }
        }
    }
}
