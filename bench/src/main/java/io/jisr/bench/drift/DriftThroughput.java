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
 * {@link DriftBenchmark}'s case timed by the wall clock and by the process's CPU time, one- and
 * two-threaded runs interleaved, so that a machine shared with other work loads both alike and their ratio
 * stays meaningful. Particle-steps per CPU-second is what one core does whatever the neighbours do; on a
 * quiet machine with two cores, two threads approach twice that.
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
        double[][] cpuRates = new double[threadCounts.length][repetitions];
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        DriftResult last = null;
        for (int r = -2; r < repetitions; r++) {
            for (int t = 0; t < threadCounts.length; t++) {
                DriftModel model = new DriftModel(LandMask.bundled(), threadCounts[t]);
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                last = model.run(request, env);
                double seconds = (System.nanoTime() - t0) / 1e9;
                double cpuSeconds = (os.getProcessCpuTime() - cpu0) / 1e9;
                double rate = particleSteps / seconds;
                double cpuRate = particleSteps / cpuSeconds;
                System.out.printf(
                        Locale.ROOT,
                        "%s %d thread(s) run %d: %.3f s wall, %.1f million particle-steps/s; %.3f s CPU, %.1f million"
                                + " per CPU-second%s%n",
                        kind,
                        threadCounts[t],
                        r + 1,
                        seconds,
                        rate / 1e6,
                        cpuSeconds,
                        cpuRate / 1e6,
                        r < 0 ? " (warm-up)" : "");
                if (r >= 0) {
                    rates[t][r] = rate;
                    cpuRates[t][r] = cpuRate;
                }
            }
        }
        for (int t = 0; t < threadCounts.length; t++) {
            double[] sorted = rates[t].clone();
            Arrays.sort(sorted);
            double[] cpu = cpuRates[t].clone();
            Arrays.sort(cpu);
            System.out.printf(
                    Locale.ROOT,
                    "%s %d thread(s): wall best %.1f, median %.1f million particle-steps/s; per CPU-second best %.1f,"
                            + " median %.1f million%n",
                    kind,
                    threadCounts[t],
                    sorted[sorted.length - 1] / 1e6,
                    sorted[sorted.length / 2] / 1e6,
                    cpu[cpu.length - 1] / 1e6,
                    cpu[cpu.length / 2] / 1e6);
        }
        System.out.println("summary of the last run: " + DriftSummary.of(last));
    }
}
