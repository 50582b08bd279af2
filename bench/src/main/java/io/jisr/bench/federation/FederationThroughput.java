package io.jisr.bench.federation;

import io.jisr.app.federation.Federation;
import io.jisr.app.federation.KeysCommand;
import io.jisr.app.federation.LinkStatus;
import io.jisr.app.node.NodeConfig;
import io.jisr.app.node.NodeConfigLoader;
import io.jisr.app.node.NodeRuntime;
import io.jisr.bench.node.NodeThroughput;
import io.jisr.exchange.DataCategory;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.record.Origin;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.exchange.record.Subject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Throughput and latency of a federation link between two real nodes in one JVM: DZA ({@code dza-1}) and
 * USA ({@code usa-1}), each a {@link NodeRuntime} with its own data directory and embedded H2 database, its
 * own keys made by {@code jisr keys generate}, mutual TLS over loopback, and an agreement releasing vessel
 * positions (and static data) DZA to USA anywhere, without delay or rounding.
 *
 * <p>Usage: {@code java -Xmx2g -cp benchmarks.jar io.jisr.bench.federation.FederationThroughput MODE ...}
 *
 * <ul>
 *   <li>{@code max N [vessels] [warm-up records, 50,000]}: after a warm-up that is offered and applied first and
 *       not counted, offers N position records through {@link Federation#share} (the link
 *       itself: policy, durable outbound log, serve, TLS, JSON, parse, receiver's store and picture) as fast
 *       as {@code share} takes them, in chunks of 1,000 made as they are offered, and reports the sender's release rate, the records
 *       applied at USA per second, from the first applied to the last, and the process CPU time they took.
 *   <li>{@code catchup N [vessels] [warm-up records, 200,000]}: after the warm-up, USA is stopped, N records are
 *       offered to DZA, and USA is started again: the time from USA's start to its last record applied is a
 *       partner catching up on a log N records long, served from DZA's database.
 *   <li>{@code picture N [vessels]}: N AIS position reports written into a TCP feed of DZA (decode, picture,
 *       release service, then the link as above): the whole node, as {@code NodeThroughput} measures it, plus
 *       the link.
 *   <li>{@code latency RATE SECONDS [vessels] [warm-up seconds, 5]}: after a warm-up at the same rate that is
 *       not counted, offers through {@link Federation#share} at RATE records per
 *       second (every millisecond what is due) for SECONDS and reports the release-to-apply latency: from the
 *       moment before {@code share} is called for a record to the first moment USA's link status shows its
 *       sequence applied (records and cursor committed, the positions handed to USA's picture), sampled
 *       every 0.5 ms from a monitor thread. One JVM, one clock.
 * </ul>
 *
 * Every run starts from empty data directories and prints one result line, with the load average.
 */
public final class FederationThroughput {
    private static final String PASSWORD = "federation bench keystore";
    private static final Map<String, String> ENV =
            Map.of("JISR_FEDERATION_PASSWORD", PASSWORD, "JISR_ADMIN_PASSWORD", "federation bench administrator");
    private static final int CHUNK = 1_000;

    private FederationThroughput() {}

    /** Runs one measurement and prints its result line. */
    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "max";
        Path dir = Files.createTempDirectory("jisr-federation-bench");
        switch (mode) {
            case "max" -> max(dir, count(args, 1, 200_000), count(args, 2, 20_000), count(args, 3, 50_000));
            case "picture" -> picture(dir, count(args, 1, 200_000), count(args, 2, 20_000));
            case "catchup" -> catchup(dir, count(args, 1, 1_000_000), count(args, 2, 20_000), count(args, 3, 200_000));
            case "latency" ->
                latency(dir, count(args, 1, 5_000), count(args, 2, 30), count(args, 3, 20_000), count(args, 4, 5));
            default -> throw new IllegalArgumentException("mode must be max, catchup, picture or latency, was " + mode);
        }
        // Node threads (feeds, HTTP) may be non-daemon; the result is printed.
        System.exit(0);
    }

    private static int count(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i].replace("_", "")) : fallback;
    }

    // ---------------------------------------------------------------- modes

    static void max(Path dir, int n, int vessels, int warm) throws Exception {
        // Made a chunk at a time as they are offered: the bench does not hold all of them (a live set of
        // hundreds of MB that the collector would mark again and again, which the node does not have).
        PositionRecords records = new PositionRecords(vessels);
        try (Pair pair = Pair.start(dir, false)) {
            // The warm-up (compilation, first pages, first connections) is offered and applied first, not counted.
            share(pair, records, warm);
            Monitor.start(pair, 0, warm, 1).await(warm, 600);
            System.err.printf(
                    "warm-up of %,d records applied at %,d ms of the JVM's uptime; the timed part starts%n",
                    warm, ManagementFactory.getRuntimeMXBean().getUptime());
            double cpuBefore = processCpuSeconds();
            Map<String, Long> threadsBefore = threadCpuNanos();
            Map<String, Double> nativeBefore = NativeThreadCpu.sample();
            Monitor monitor = Monitor.start(pair, warm, n, 1_000_000);
            long start = System.nanoTime();
            share(pair, records, n);
            long released = System.nanoTime();
            monitor.await(n, 600);
            double cpu = processCpuSeconds() - cpuBefore;
            String byThread = cpuByThread(threadsBefore, threadCpuNanos(), cpu);
            String byNativeThread = NativeThreadCpu.spent(nativeBefore, NativeThreadCpu.sample(), 10);
            double releaseSeconds = (released - start) / 1e9;
            double applySeconds = (monitor.lastNanos - monitor.firstNanos) / 1e9;
            System.out.printf(
                    "max (Federation.share): %,d records after %,d not counted; released by DZA in %.2f s = %,.0f"
                            + " records/s; applied at USA %,.0f records/s (first to last applied, %.2f s); offer to"
                            + " last applied %.2f s = %,.0f records/s; process CPU %.1f s for them = %.0f µs per record"
                            + " (%s); by operating-system thread: %s; %s%n",
                    n,
                    warm,
                    releaseSeconds,
                    n / releaseSeconds,
                    (n - 1) / applySeconds,
                    applySeconds,
                    (monitor.lastNanos - start) / 1e9,
                    n / ((monitor.lastNanos - start) / 1e9),
                    cpu,
                    cpu * 1e6 / n,
                    byThread,
                    byNativeThread,
                    machine());
        }
    }

    /** CPU time of every live Java thread by name (threads of the same name added; digits in names dropped). */
    private static Map<String, Long> threadCpuNanos() {
        var threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> byName = new TreeMap<>();
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            long nanos = info == null ? -1 : threads.getThreadCpuTime(info.getThreadId());
            if (nanos > 0) {
                byName.merge(info.getThreadName().replaceAll("[0-9]+", "N"), nanos, Long::sum);
            }
        }
        return byName;
    }

    /**
     * The CPU seconds each thread group took between two samples, largest first, and what the process took
     * outside Java threads (garbage collection, compilation). A thread that ended between the samples is lost.
     */
    private static String cpuByThread(Map<String, Long> before, Map<String, Long> after, double processSeconds) {
        Map<String, Double> spent = new TreeMap<>();
        after.forEach((name, nanos) -> spent.put(name, (nanos - before.getOrDefault(name, 0L)) / 1e9));
        double java = spent.values().stream().mapToDouble(Double::doubleValue).sum();
        return NativeThreadCpu.largest(spent, 6, Double.NEGATIVE_INFINITY)
                + String.format(", outside Java threads (GC, JIT) %.1f s", processSeconds - java);
    }

    static void catchup(Path dir, int n, int vessels, int warm) throws Exception {
        PositionRecords records = new PositionRecords(vessels);
        Pair pair = Pair.start(dir, false);
        share(pair, records, warm);
        Monitor.start(pair, 0, warm, 1).await(warm, 600);
        pair.usa().close();
        long offerStart = System.nanoTime();
        share(pair, records, n);
        double offerSeconds = (System.nanoTime() - offerStart) / 1e9;
        double cpuBefore = processCpuSeconds();
        long start = System.nanoTime();
        try (Pair restarted = new Pair(pair.dza(), startNode(dir, "usa.yaml", "usa-data"), pair.feedPort())) {
            Monitor monitor = Monitor.start(restarted, warm, n, 1);
            monitor.await(n, 900);
            double cpu = processCpuSeconds() - cpuBefore;
            System.out.printf(
                    "catchup: %,d records offered to DZA in %.2f s while USA was stopped (after %,d applied); USA"
                            + " started and applied them in %.2f s from its start = %,.0f records/s (%.2f s from"
                            + " the first applied = %,.0f records/s); process CPU %.1f s = %.0f µs per record; %s%n",
                    n,
                    offerSeconds,
                    warm,
                    (monitor.lastNanos - start) / 1e9,
                    n / ((monitor.lastNanos - start) / 1e9),
                    (monitor.lastNanos - monitor.firstNanos) / 1e9,
                    (n - 1) / ((monitor.lastNanos - monitor.firstNanos) / 1e9),
                    cpu,
                    cpu * 1e6 / n,
                    machine());
        }
    }

    private static void share(Pair pair, PositionRecords records, int n) {
        for (int i = 0; i < n; i += CHUNK) {
            pair.dzaFederation().share(records.next(Math.min(CHUNK, n - i)));
        }
    }

    static void picture(Path dir, int n, int vessels) throws Exception {
        Path recording = NodeThroughput.generate(dir.resolve("recording.nmea"), n, vessels);
        byte[] bytes = Files.readAllBytes(recording);
        try (Pair pair = Pair.start(dir, true)) {
            Monitor monitor = Monitor.start(pair, n, 1_000_000);
            long start = System.nanoTime();
            try (Socket socket = new Socket("127.0.0.1", pair.feedPort);
                    OutputStream out = socket.getOutputStream()) {
                out.write(bytes);
            }
            long written = System.nanoTime();
            // Every report is a new fix of a vessel (none suspect): each becomes one released record.
            monitor.await(n, 900);
            long offeredAt = pair.dzaFederation().offered();
            System.out.printf(
                    "picture (AIS over TCP into DZA): %,d reports written in %.2f s; %,d records released by DZA;"
                            + " applied at USA %,.0f records/s (first to last applied, %.2f s); feed start to last"
                            + " applied %.2f s = %,.0f records/s; %s%n",
                    n,
                    (written - start) / 1e9,
                    offeredAt,
                    (n - 1) / ((monitor.lastNanos - monitor.firstNanos) / 1e9),
                    (monitor.lastNanos - monitor.firstNanos) / 1e9,
                    (monitor.lastNanos - start) / 1e9,
                    n / ((monitor.lastNanos - start) / 1e9),
                    machine());
        }
    }

    static void latency(Path dir, int rate, int seconds, int vessels, int warmupSeconds) throws Exception {
        // The first warmupSeconds of offers (compilation, first pages, first connections) are not counted.
        int warm = rate * warmupSeconds;
        int n = warm + rate * seconds;
        List<ShareableRecord> records = records(n, vessels);
        long[] offered = new long[n + 1]; // by sequence (1-based): nanoTime before share was called
        try (Pair pair = Pair.start(dir, false)) {
            Monitor monitor = Monitor.start(pair, n, n + 1);
            long start = System.nanoTime();
            int sent = 0;
            long behind = 0;
            double cpuCounted = 0;
            Map<String, Double> nativeCounted = Map.of();
            while (sent < n) {
                long now = System.nanoTime();
                int due = (int) Math.min(n, (now - start) * rate / 1_000_000_000L);
                if (sent <= warm && due > warm) {
                    cpuCounted = processCpuSeconds();
                    nativeCounted = NativeThreadCpu.sample();
                }
                if (due > sent) {
                    if (due - sent > rate / 10) {
                        behind++;
                    }
                    for (int s = sent + 1; s <= due; s++) {
                        offered[s] = now;
                    }
                    pair.dzaFederation().share(records.subList(sent, due));
                    sent = due;
                }
                LockSupport.parkNanos(1_000_000);
            }
            long offeredEnd = System.nanoTime();
            monitor.await(n, 600);
            double cpu = processCpuSeconds() - cpuCounted;
            String byNativeThread = NativeThreadCpu.spent(nativeCounted, NativeThreadCpu.sample(), 8);
            long[] latency = new long[n - warm];
            for (int s = warm + 1; s <= n; s++) {
                latency[s - warm - 1] = monitor.appliedAt[s] - offered[s];
            }
            Arrays.sort(latency);
            System.out.printf(
                    "latency (Federation.share) at %,d records/s for %d s after %d s not counted: %,d records counted, %,d"
                            + " offered in %.2f s, applied at USA"
                            + " after p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms"
                            + " (offer ticks more than 100 ms late: %d); process CPU in the counted part %.1f s = %.0f µs"
                            + " per record, by operating-system thread: %s; %s%n",
                    rate,
                    seconds,
                    warmupSeconds,
                    n - warm,
                    n,
                    (offeredEnd - start) / 1e9,
                    quantile(latency, 0.50),
                    quantile(latency, 0.90),
                    quantile(latency, 0.99),
                    quantile(latency, 0.999),
                    latency[latency.length - 1] / 1e6,
                    behind,
                    cpu,
                    cpu * 1e6 / (n - warm),
                    byNativeThread,
                    machine());
        }
    }

    private static double quantile(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** The process's CPU time when the nodes had started and connected, to report what the run cost in CPU. */
    private static volatile long cpuAtStart;

    private static void markCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean sun) {
            cpuAtStart = sun.getProcessCpuTime();
        }
    }

    private static double processCpuSeconds() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean sun
                ? sun.getProcessCpuTime() / 1e9
                : Double.NaN;
    }

    private static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        String load;
        try {
            load = Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            load = String.format("%.2f", os.getSystemLoadAverage());
        }
        double cpu = processCpuSeconds() - cpuAtStart / 1e9;
        return String.format("process CPU %.1f s since the nodes started", cpu) + "; cpus "
                + os.getAvailableProcessors()
                + ", load average " + load + ", java " + Runtime.version()
                + ", heap max " + (Runtime.getRuntime().maxMemory() >> 20) + " MB";
    }

    /** N vessel positions made as DZA's picture would make them, spread over the vessels, one per second each. */
    static List<ShareableRecord> records(int n, int vessels) {
        return new PositionRecords(vessels).next(n);
    }

    /** Vessel positions made as DZA's picture would make them, in order, as many at a time as asked for. */
    static final class PositionRecords {
        private final SplittableRandom random = new SplittableRandom(7);
        private final Origin origin = new Origin(Nation.of("DZA"), NodeId.of("dza-1"), "ais");
        private final Instant t0 = Instant.parse("2026-11-26T00:00:00Z");
        private final int vessels;
        private int made;

        PositionRecords(int vessels) {
            this.vessels = vessels;
        }

        List<ShareableRecord> next(int n) {
            List<ShareableRecord> records = new ArrayList<>(n);
            for (int k = 0; k < n; k++, made++) {
                int mmsi = 605_000_000 + made % vessels;
                Instant time = t0.plusMillis(made);
                TreeMap<String, String> content = new TreeMap<>();
                content.put("speedKnots", "11.5");
                content.put("courseDegrees", Double.toString(Math.round(random.nextDouble() * 3600) / 10.0));
                content.put("headingDegrees", Integer.toString(random.nextInt(360)));
                content.put("navigationStatus", "UNDER_WAY_USING_ENGINE");
                records.add(new ShareableRecord(
                        "pos/" + mmsi + "/" + time,
                        DataCategory.VESSEL_POSITIONS,
                        origin,
                        time,
                        Optional.of(GeoPoint.of(
                                35 + Math.round(random.nextDouble() * 3.5 * 600000) / 600000.0,
                                Math.round(random.nextDouble() * 8 * 600000) / 600000.0)),
                        new Subject.Vessel(Optional.of(mmsi), Optional.of(70), Optional.of(Nation.of("DZA")), false),
                        content,
                        Optional.empty(),
                        Optional.empty()));
            }
            return records;
        }
    }

    // ---------------------------------------------------------------- the two nodes

    /** DZA and USA, started, with USA's link to DZA connected. */
    record Pair(NodeRuntime dza, NodeRuntime usa, int feedPort) implements AutoCloseable {
        static Pair start(Path dir, boolean feed) throws InterruptedException {
            String dzaFingerprint = generate(dir.resolve("dza.p12"), "dza-1");
            String usaFingerprint = generate(dir.resolve("usa.p12"), "usa-1");
            int dzaPort = freePort();
            int usaPort = freePort();
            int feedPort = freePort();
            write(dir, "agreement.yaml", agreement(dzaFingerprint, usaFingerprint));
            String feeds =
                    feed ? "feeds:\n  - {id: ais, kind: tcp-server, host: 127.0.0.1, port: " + feedPort + "}\n" : "";
            write(
                    dir,
                    "dza.yaml",
                    nodeYaml("DZA", "dza-1", "dza.p12", dzaPort, "USA", "usa-1", usaPort, usaFingerprint) + feeds);
            write(
                    dir,
                    "usa.yaml",
                    nodeYaml("USA", "usa-1", "usa.p12", usaPort, "DZA", "dza-1", dzaPort, dzaFingerprint));
            NodeRuntime dza = startNode(dir, "dza.yaml", "dza-data");
            NodeRuntime usa = startNode(dir, "usa.yaml", "usa-data");
            Pair pair = new Pair(dza, usa, feedPort);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!pair.link().connected()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("USA's link to DZA did not connect: " + pair.link());
                }
                Thread.sleep(20);
            }
            markCpu();
            return pair;
        }

        Federation dzaFederation() {
            return dza.federation().orElseThrow();
        }

        LinkStatus link() {
            return usa.federation().orElseThrow().links().getFirst();
        }

        @Override
        public void close() {
            usa.close();
            dza.close();
        }
    }

    /**
     * Watches USA's link from a thread of its own, every 0.5 ms: when the first record was applied, when the
     * last, and (for the latency) when each sequence up to {@code track} was first seen applied.
     */
    static final class Monitor {
        final long[] appliedAt;
        volatile long firstNanos;
        volatile long lastNanos;
        private final Thread thread;

        private Monitor(Pair pair, long base, int n, int track) {
            appliedAt = new long[Math.min(track, n + 1)];
            thread = Thread.ofPlatform().name("bench-monitor").daemon().start(() -> {
                long seen = 0;
                while (seen < n) {
                    long cursor = pair.link().cursor() - base;
                    long now = System.nanoTime();
                    if (cursor > seen) {
                        if (seen == 0) {
                            firstNanos = now;
                        }
                        for (long s = seen + 1; s <= cursor && s < appliedAt.length; s++) {
                            appliedAt[(int) s] = now;
                        }
                        seen = cursor;
                        lastNanos = now;
                    }
                    LockSupport.parkNanos(500_000);
                }
            });
        }

        static Monitor start(Pair pair, int n, int track) {
            return new Monitor(pair, 0, n, track);
        }

        /** A monitor of the {@code n} sequences after {@code base}. */
        static Monitor start(Pair pair, long base, int n, int track) {
            return new Monitor(pair, base, n, track);
        }

        void await(int n, int seconds) throws InterruptedException {
            thread.join(seconds * 1000L);
            if (thread.isAlive()) {
                throw new IllegalStateException("USA applied fewer than " + n + " records in " + seconds + " s");
            }
        }
    }

    private static NodeRuntime startNode(Path dir, String yaml, String data) {
        NodeConfig config = NodeConfigLoader.load(
                Optional.of(dir.resolve(yaml)),
                ENV,
                new NodeConfigLoader.Overrides(Optional.of(0), Optional.empty()),
                dir.resolve(data));
        return NodeRuntime.start(config, InstantSource.system(), new PrintStream(new ByteArrayOutputStream()));
    }

    private static String generate(Path out, String nodeId) {
        StringWriter stdout = new StringWriter();
        var cli = new KeysCommand(ENV).commandLine();
        cli.setOut(new PrintWriter(stdout));
        cli.setErr(new PrintWriter(new StringWriter()));
        int status = cli.execute("generate", "--out", out.toString(), "--node-id", nodeId);
        if (status != 0) {
            throw new IllegalStateException("jisr keys generate failed with " + status);
        }
        return stdout.toString().strip();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path dir, String name, String text) {
        try {
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String agreement(String dzaFingerprint, String usaFingerprint) {
        return """
                id: dza-usa-bench
                version: 1
                title: Federation benchmark
                reference:
                  memorandum: MoU DZA-USA 2026/01
                  implementingArrangement: IA-1
                parties:
                  - nation: DZA
                    nodes: [{id: dza-1, fingerprint: "%s"}]
                  - nation: USA
                    nodes: [{id: usa-1, fingerprint: "%s"}]
                validity: {from: 2020-01-01, until: 2100-01-01}
                status: in-force
                annexes:
                  - id: A1
                    category: vessel-positions
                    from: DZA
                    to: USA
                    areas: [everywhere]
                    marking: REL TO DZA, USA
                    retention: P30D
                  - id: A2
                    category: vessel-static
                    from: DZA
                    to: USA
                    areas: [everywhere]
                    marking: REL TO DZA, USA
                    retention: P30D
                """.formatted(dzaFingerprint, usaFingerprint);
    }

    private static String nodeYaml(
            String nation,
            String nodeId,
            String keystore,
            int port,
            String partnerNation,
            String partnerId,
            int partnerPort,
            String partnerFingerprint) {
        return """
                nodeId: %s
                demo: false
                detection: {enabled: false}
                federation:
                  nation: %s
                  nodeId: %s
                  keystore: %s
                  port: %d
                  pullWaitSeconds: 20
                  partners:
                    - nation: %s
                      nodeId: %s
                      url: https://127.0.0.1:%d
                      fingerprint: "%s"
                  agreements: [agreement.yaml]
                """.formatted(
                nodeId, nation, nodeId, keystore, port, partnerNation, partnerId, partnerPort, partnerFingerprint);
    }
}
