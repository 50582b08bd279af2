package io.jisr.detect;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The convex hull of points given as {@code [latitude, longitude]}, treated as plane coordinates
 * (longitude x, latitude y). An affine map keeps hulls and containment, so over the few tens of miles of
 * a receiver's range the plate carrée is as good as any projection; hulls across the antimeridian are not
 * handled (they look world-wide, and {@link ReceiverFootprints} rejects them as too wide).
 */
final class ConvexHull {
    private ConvexHull() {}

    /**
     * Returns the hull's vertices counter-clockwise as {@code {latitudes, longitudes}}, without collinear
     * points (Andrew's monotone chain).
     */
    static double[][] of(List<double[]> points) {
        double[][] sorted = points.toArray(new double[0][]);
        Arrays.sort(sorted, Comparator.<double[]>comparingDouble(p -> p[1]).thenComparingDouble(p -> p[0]));
        int n = sorted.length;
        if (n < 3) {
            double[][] few = new double[2][n];
            for (int i = 0; i < n; i++) {
                few[0][i] = sorted[i][0];
                few[1][i] = sorted[i][1];
            }
            return few;
        }
        double[][] hull = new double[2 * n][];
        int k = 0;
        for (double[] p : sorted) {
            while (k >= 2 && cross(hull[k - 2], hull[k - 1], p) <= 0) {
                k--;
            }
            hull[k++] = p;
        }
        for (int i = n - 2, lower = k + 1; i >= 0; i--) {
            double[] p = sorted[i];
            while (k >= lower && cross(hull[k - 2], hull[k - 1], p) <= 0) {
                k--;
            }
            hull[k++] = p;
        }
        int size = k - 1; // the last point repeats the first
        double[][] result = new double[2][size];
        for (int i = 0; i < size; i++) {
            result[0][i] = hull[i][0];
            result[1][i] = hull[i][1];
        }
        return result;
    }

    /** Returns whether the point lies inside or on the boundary of a counter-clockwise convex polygon. */
    static boolean contains(double[] latitudes, double[] longitudes, double latitude, double longitude) {
        int n = latitudes.length;
        if (n < 3) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double side = (longitudes[j] - longitudes[i]) * (latitude - latitudes[i])
                    - (latitudes[j] - latitudes[i]) * (longitude - longitudes[i]);
            if (side < 0) {
                return false;
            }
        }
        return true;
    }

    /** The z of (b - a) x (c - a) in the (longitude, latitude) plane: positive for a left turn. */
    private static double cross(double[] a, double[] b, double[] c) {
        return (b[1] - a[1]) * (c[0] - a[0]) - (b[0] - a[0]) * (c[1] - a[1]);
    }
}
