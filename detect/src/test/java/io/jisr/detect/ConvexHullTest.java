package io.jisr.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class ConvexHullTest {

    @Test
    void square_withInnerAndCollinearPoints_keepsTheFourCorners() {
        List<double[]> points = List.of(
                new double[] {0, 0},
                new double[] {0, 1},
                new double[] {1, 1},
                new double[] {1, 0},
                new double[] {0.5, 0.5},
                new double[] {0, 0.5},
                new double[] {1, 1});

        double[][] hull = ConvexHull.of(points);

        assertThat(hull[0]).hasSize(4);
        assertThat(ConvexHull.contains(hull[0], hull[1], 0.5, 0.5)).isTrue();
        assertThat(ConvexHull.contains(hull[0], hull[1], 0, 0.5))
                .as("on the boundary")
                .isTrue();
        assertThat(ConvexHull.contains(hull[0], hull[1], 1.01, 0.5)).isFalse();
    }

    @Test
    void fewerThanThreePoints_containNothing() {
        double[][] hull = ConvexHull.of(List.of(new double[] {1, 1}, new double[] {2, 2}));
        assertThat(ConvexHull.contains(hull[0], hull[1], 1.5, 1.5)).isFalse();
    }

    /**
     * Property: every input point lies in the hull, every hull vertex is an input point, and a point is
     * in the hull exactly when no input-free half-plane through a hull edge separates it (checked against
     * every edge of a brute-force hull: the edges with all points on one side).
     */
    @RepeatedTest(50)
    void randomPoints_hullHoldsEveryPoint_andAgreesWithBruteForce(RepetitionInfo repetition) {
        // A seed per repetition, so that a failure repeats.
        SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition());
        int n = 3 + random.nextInt(40);
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            points.add(new double[] {36 + random.nextDouble(), 1 + random.nextDouble()});
        }
        double[][] hull = ConvexHull.of(points);

        for (double[] p : points) {
            assertThat(ConvexHull.contains(hull[0], hull[1], p[0], p[1])).isTrue();
        }
        for (int v = 0; v < hull[0].length; v++) {
            int vertex = v;
            assertThat(points).anySatisfy(p -> assertThat(p).containsExactly(hull[0][vertex], hull[1][vertex]));
        }
        for (int q = 0; q < 200; q++) {
            double lat = 35.8 + random.nextDouble() * 1.4;
            double lon = 0.8 + random.nextDouble() * 1.4;
            assertThat(ConvexHull.contains(hull[0], hull[1], lat, lon))
                    .as("query %s %s", lat, lon)
                    .isEqualTo(bruteForceInside(points, lat, lon));
        }
    }

    /** Inside when no line through two input points has all points on one side and the query strictly on the other. */
    private static boolean bruteForceInside(List<double[]> points, double lat, double lon) {
        for (double[] a : points) {
            for (double[] b : points) {
                if (a == b || (a[0] == b[0] && a[1] == b[1])) {
                    continue;
                }
                boolean allLeft = true;
                for (double[] p : points) {
                    if (side(a, b, p[0], p[1]) < -1e-12) {
                        allLeft = false;
                        break;
                    }
                }
                if (allLeft && side(a, b, lat, lon) < -1e-12) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double side(double[] a, double[] b, double lat, double lon) {
        return (b[1] - a[1]) * (lat - a[0]) - (b[0] - a[0]) * (lon - a[1]);
    }
}
