package io.jisr.bench.drift;

import io.jisr.sar.drift.DriftModel;
import io.jisr.sar.drift.DriftRequest;
import io.jisr.sar.drift.DriftResult;
import io.jisr.sar.env.Environment;
import io.jisr.sar.land.LandMask;
import io.jisr.sar.product.DriftSummary;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@link DriftBenchmark}'s case timed by the wall clock, one- and two-threaded runs interleaved, so that a
 * machine shared with other work loads both alike and their ratio stays meaningful.
 *
 * <p>Usage: {@code java -Xmx2g -cp benchmarks.jar io.jisr.bench.drift.DriftThroughput [gridded|constant]
 * [repetitions]}.
 */
public final class DriftThroughput {
    private DriftThroughput() {}

    /** Runs the case and prints one line per run and the best and median per thread count. */
    public static void main(String[] args) {
        String kind = args.length > 0 ? args[0] : "gridded";
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Environment env = DriftBenchmark.environment(kind);
        DriftRequest request = DriftBenchmark.request();
        long particleSteps = (long) request.particles() * request.steps();
        int[] threadCounts = {1, 2};
        double[][] rates = new double[threadCounts.length][repetitions];
        DriftResult last = null;
        for (int r = -2; r < repetitions; r++) {
            for (int t = 0; t < threadCounts.length; t++) {
                DriftModel model = new DriftModel(LandMask.bundled(), threadCounts[t]);
                long t0 = System.nanoTime();
                last = model.run(request, env);
                double seconds = (System.nanoTime() - t0) / 1e9;
                double rate = particleSteps / seconds;
                System.out.printf(
                        Locale.ROOT,
                        "%s %d thread(s) run %d: %.3f s, %.1f million particle-steps/s%s%n",
                        kind,
                        threadCounts[t],
                        r + 1,
                        seconds,
                        rate / 1e6,
                        r < 0 ? " (warm-up)" : "");
                if (r >= 0) {
                    rates[t][r] = rate;
                }
            }
        }
        for (int t = 0; t < threadCounts.length; t++) {
            double[] sorted = rates[t].clone();
            Arrays.sort(sorted);
            System.out.printf(
                    Locale.ROOT,
                    "%s %d thread(s): best %.1f, median %.1f million particle-steps/s%n",
                    kind,
                    threadCounts[t],
                    sorted[sorted.length - 1] / 1e6,
                    sorted[sorted.length / 2] / 1e6);
        }
        System.out.println("summary of the last run: " + DriftSummary.of(last));
    }
}
