package io.jisr.bench.federation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of every thread of this process by its operating-system name, read from Linux's {@code
 * /proc/self/task}: unlike the JVM's thread bean it sees the collector's and the compiler's threads ({@code GC
 * Thread#0}, {@code G1 Conc#0}, {@code C2 CompilerThre}), so the benchmark can say which of them took the CPU
 * that Java threads did not. Names are cut to 15 characters by the kernel; digits are replaced by N so that
 * threads of a pool add up. Resolution is the kernel's clock tick (usually 10 ms). Empty where there is no
 * {@code /proc}.
 */
final class NativeThreadCpu {
    private static final Path TASKS = Path.of("/proc/self/task");
    private static final double TICK_SECONDS = 0.01;

    private NativeThreadCpu() {}

    /** Seconds of CPU (user and system) per thread name, threads now alive. */
    static Map<String, Double> sample() {
        Map<String, Double> byName = new TreeMap<>();
        if (!Files.isDirectory(TASKS)) {
            return byName;
        }
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> add(task, byName));
        } catch (IOException e) {
            // the process's own /proc entry is gone only if the process is: nothing to report
        }
        return byName;
    }

    private static void add(Path task, Map<String, Double> byName) {
        String stat;
        try {
            stat = Files.readString(task.resolve("stat"));
        } catch (IOException e) {
            return; // the thread ended while the directory was listed
        }
        // "tid (name) state ppid ...": the name may hold spaces and parentheses, so cut at the last ')'
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open) {
            return;
        }
        String name = stat.substring(open + 1, close).replaceAll("[0-9]+", "N");
        String[] fields = stat.substring(close + 2).split(" ");
        // fields[0] is the state (field 3 of proc(5)); utime and stime are fields 14 and 15
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        byName.merge(name, ticks * TICK_SECONDS, Double::sum);
    }

    /** The largest differences between two samples (0.1 s or more when rounded), as "name 1.2 s, ...". */
    static String spent(Map<String, Double> before, Map<String, Double> after, int limit) {
        Map<String, Double> spent = new TreeMap<>();
        after.forEach((name, seconds) -> spent.put(name, seconds - before.getOrDefault(name, 0.0)));
        return largest(spent, limit, 0.05);
    }

    /** The {@code limit} largest of {@code seconds} by name, at least {@code minimum}, largest first. */
    static String largest(Map<String, Double> seconds, int limit, double minimum) {
        StringBuilder text = new StringBuilder();
        seconds.entrySet().stream()
                .filter(e -> e.getValue() >= minimum)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(limit)
                .forEach(e -> text.append(
                        String.format("%s%s %.1f s", text.isEmpty() ? "" : ", ", e.getKey(), e.getValue())));
        return text.toString();
    }
}
