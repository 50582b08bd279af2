package io.jisr.bench.incident;

import io.jisr.incident.query.IncidentFilter;
import io.jisr.incident.query.IncidentIndex;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * {@link IncidentQueryBenchmark}'s queries timed by the thread's CPU time and the wall clock, for a
 * machine shared with other work, with a baseline measured in the same run: a plain loop over the
 * reports' published list reading one field each (what any query must at least do), so results can be
 * given as ratios that survive noisy neighbours.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.jisr.bench.incident.IncidentQueryCost [reports] [rounds]}.
 */
public final class IncidentQueryCost {
    private IncidentQueryCost() {}

    /** Runs every query {@code rounds} times after a warm-up and prints the best and median per query. */
    public static void main(String[] args) {
        IncidentQueryBenchmark bench = new IncidentQueryBenchmark();
        bench.reports = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        bench.filter = "all";
        bench.generate();
        IncidentIndex index = bench.index;
        ToIntFunction<Void> baseline = v -> {
            int sum = 0;
            for (var incident : bench.incidents) {
                sum += incident.report().grading().credibility().digit();
            }
            return sum;
        };
        double base = measure("baseline: one field of every report", rounds, baseline);
        for (String filterName : new String[] {"all", "analyst", "viewport"}) {
            IncidentFilter filter = IncidentQueryBenchmark.filter(filterName);
            int matches = index.count(filter);
            System.out.printf(Locale.ROOT, "filter %s: %,d of %,d reports%n", filterName, matches, index.size());
            ratio(base, measure("  count " + filterName, rounds, v -> index.count(filter)));
            ratio(
                    base,
                    measure(
                            "  clusters zoom 5 " + filterName,
                            rounds,
                            v -> index.clusters(filter, 5).size()));
            ratio(
                    base,
                    measure(
                            "  clusters zoom 9 " + filterName,
                            rounds,
                            v -> index.clusters(filter, 9).size()));
            ratio(
                    base,
                    measure(
                            "  heat cells zoom 7 (16 px) " + filterName,
                            rounds,
                            v -> index.clusters(filter, 7, 16).size()));
            ratio(
                    base,
                    measure(
                            "  timeline " + filterName,
                            rounds,
                            v -> index.timeline(filter).weeks().size()));
        }
        ratio(
                base,
                measure(
                        "build index",
                        Math.max(5, rounds / 20),
                        v -> IncidentIndex.of(bench.incidents).size()));
    }

    private static void ratio(double base, double value) {
        System.out.printf(Locale.ROOT, "      = %.1f x baseline%n", value / base);
    }

    /** Returns the median CPU nanoseconds per call after discarding the first fifth of rounds as warm-up. */
    private static double measure(String name, int rounds, ToIntFunction<Void> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int warmup = Math.max(3, rounds / 5);
        long[] cpu = new long[rounds];
        long[] wall = new long[rounds];
        int sink = 0;
        for (int r = 0; r < warmup + rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            sink += work.applyAsInt(null);
            long w = System.nanoTime() - w0;
            long c = threads.getCurrentThreadCpuTime() - c0;
            if (r >= warmup) {
                cpu[r - warmup] = c;
                wall[r - warmup] = w;
            }
        }
        java.util.Arrays.sort(cpu);
        java.util.Arrays.sort(wall);
        System.out.printf(
                Locale.ROOT,
                "%-42s CPU median %,10.0f ns, best %,10.0f ns; wall median %,10.0f ns (%d)%n",
                name,
                (double) cpu[rounds / 2],
                (double) cpu[0],
                (double) wall[rounds / 2],
                sink & 1);
        return cpu[rounds / 2];
    }
}
