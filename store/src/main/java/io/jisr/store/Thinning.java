package io.jisr.store;

import io.jisr.picture.PositionFix;
import java.util.Arrays;
import java.util.List;

/**
 * Picks at most {@code maxPoints} of a station's stored points in a time range, evenly spaced in time
 * order, always keeping the first and the last.
 */
final class Thinning {
    /*
     * Implementation note: a long range may hold millions of points, so the first pass keeps only their
     * times (a long each), and only the chosen points are decoded into fixes, in a second pass over the
     * same blobs. Points are ordered by time, ties in arrival order.
     */

    private Thinning() {}

    static List<PositionFix> select(List<byte[]> blobs, long fromMs, long toMs, int maxPoints) {
        long[] times = new long[256];
        int n = 0;
        int ordinal = 0;
        int[] inRange = new int[256];
        boolean sorted = true;
        for (byte[] blob : blobs) {
            TrackSegment.Reader points = new TrackSegment.Reader(blob);
            while (points.next()) {
                long t = points.timeMs();
                if (t >= fromMs && t <= toMs) {
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                        inRange = Arrays.copyOf(inRange, n * 2);
                    }
                    if (n > 0 && t < times[n - 1]) {
                        sorted = false;
                    }
                    times[n] = t;
                    inRange[n] = ordinal;
                    n++;
                }
                ordinal++;
            }
        }
        // byTime[k] = index into times/inRange of the k-th point in time order.
        int[] byTime = new int[n];
        for (int i = 0; i < n; i++) {
            byTime[i] = i;
        }
        if (!sorted) {
            long[] t = times;
            byTime = Arrays.stream(byTime)
                    .boxed()
                    .sorted((a, b) -> a.equals(b) ? 0 : t[a] != t[b] ? Long.compare(t[a], t[b]) : Integer.compare(a, b))
                    .mapToInt(Integer::intValue)
                    .toArray();
        }
        int m = Math.min(n, maxPoints);
        // chosen[k] = ordinal of the k-th result; rank[k] = its position in the result.
        long[] chosen = new long[m];
        for (int k = 0; k < m; k++) {
            int index = n > maxPoints ? byTime[(int) ((long) k * (n - 1) / (m - 1))] : byTime[k];
            chosen[k] = ((long) inRange[index] << 32) | k;
        }
        Arrays.sort(chosen);
        PositionFix[] result = new PositionFix[m];
        int next = 0;
        ordinal = 0;
        for (byte[] blob : blobs) {
            if (next == m) {
                break;
            }
            TrackSegment.Reader points = new TrackSegment.Reader(blob);
            while (next < m && points.next()) {
                if (ordinal == (int) (chosen[next] >>> 32)) {
                    result[(int) chosen[next]] = points.fix();
                    next++;
                }
                ordinal++;
            }
        }
        return List.of(result);
    }
}
