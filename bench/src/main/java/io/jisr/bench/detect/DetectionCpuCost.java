package io.jisr.bench.detect;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * {@link DetectionBenchmark}'s workload timed by the feeding thread's CPU time as well as by the wall
 * clock, for machines shared with other work, where the wall clock measures the neighbours too.
 *
 * <p>Usage: {@code java -Xmx3g -cp benchmarks.jar io.jisr.bench.detect.DetectionCpuCost [detectors]
 * [repetitions]}; {@code detectors} as the benchmark's parameter ({@code all} by default).
 */
public final class DetectionCpuCost {
    private DetectionCpuCost() {}

    /** Runs the workload and prints one line per repetition and a summary. */
    public static void main(String[] args) {
        DetectionBenchmark bench = new DetectionBenchmark();
        bench.vessels = 200_000;
        bench.detectors = args.length > 0 ? args[0] : "all";
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        bench.generate();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // HotSpot's extension counts the bytes a thread allocates, like JMH's -prof gc.
        com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
        double bestCpu = Double.MAX_VALUE;
        double sumCpu = 0;
        int measured = 0;
        for (int r = 0; r < repetitions; r++) {
            bench.freshEngine();
            long bytes0 = allocation.getCurrentThreadAllocatedBytes();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            long changes = bench.allDetectors();
            long wall = System.nanoTime() - wall0;
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            long bytes = allocation.getCurrentThreadAllocatedBytes() - bytes0;
            double cpuPerEvent = (double) cpu / bench.events.length;
            System.out.printf(
                    Locale.ROOT,
                    "%s run %d: %,d events, CPU %.0f ns/event (%,.0f events/s of CPU), wall %.0f ns/event, %.0f B/event,"
                            + " %,d changes%n",
                    bench.detectors,
                    r + 1,
                    bench.events.length,
                    cpuPerEvent,
                    1e9 / cpuPerEvent,
                    (double) wall / bench.events.length,
                    (double) bytes / bench.events.length,
                    changes);
            if (r >= 2) {
                // The first two runs warm the JIT.
                bestCpu = Math.min(bestCpu, cpuPerEvent);
                sumCpu += cpuPerEvent;
                measured++;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%s: CPU per event after warm-up: mean %.0f ns, best %.0f ns (%,.0f events/s per core)%n",
                bench.detectors,
                sumCpu / measured,
                bestCpu,
                1e9 / bestCpu);
        // The detectors' live state for the vessels: heap after a full GC with the engine, less without it.
        long withEngine = liveHeapBytes();
        bench.engine = null;
        bench.feed = null;
        long withoutEngine = liveHeapBytes();
        System.out.printf(
                Locale.ROOT,
                "%s: live state of the detectors after the last run: %.1f MB (%,d vessels)%n",
                bench.detectors,
                (withEngine - withoutEngine) / 1e6,
                bench.vessels);
    }

    private static long liveHeapBytes() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Runtime rt = Runtime.getRuntime();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
