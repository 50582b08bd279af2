package io.jisr.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Sustained end-to-end commit rate of position reports through {@link BatchingWriter} into
 * {@link JdbcPictureStore}, on H2 or PostgreSQL. Not a JUnit test: run by hand, see
 * docs/decisions/0001-track-storage.md for the command and the results.
 *
 * <p>Arguments: {@code h2|postgres [vessels=20000] [seconds=60] [warmup=20] [rate=0 (unlimited)]
 * [segmentPoints=128] [commitMillis=500]}.
 */
public final class StoreThroughputCheck {
    private StoreThroughputCheck() {}

    public static void main(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "h2";
        int vessels = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        long rate = args.length > 4 ? Long.parseLong(args[4]) : 0;
        int segmentPoints = args.length > 5 ? Integer.parseInt(args[5]) : StoreSettings.DEFAULT_SEGMENT_POINTS;
        int commitMillis = args.length > 6 ? Integer.parseInt(args[6]) : 500;
        Path dir = Files.createTempDirectory("jisr-store-check");
        EmbeddedPostgres postgres = null;
        StoreSettings settings;
        if (db.equals("postgres")) {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir.resolve("pg"))
                    .setCleanDataDirectory(true)
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .start();
            settings = StoreSettings.postgres(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } else {
            settings = StoreSettings.h2(dir);
            settings = settings.withUrlOptions(System.getProperty("h2.options", ""));
        }
        settings = settings.withSegmentPoints(segmentPoints);
        if (System.getProperty("checkpoint.seconds") != null) {
            settings = settings.withCheckpointInterval(Duration.ofSeconds(Long.getLong("checkpoint.seconds")));
        }
        System.out.printf(
                Locale.ROOT,
                "%s, %d vessels, commit every %d ms, segments of %d points, checkpoint every %s, rate %s, JDK %s,"
                        + " %d CPUs%n",
                db,
                vessels,
                commitMillis,
                segmentPoints,
                settings.checkpointInterval(),
                rate == 0 ? "unlimited" : rate + "/s",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (JdbcPictureStore store = JdbcPictureStore.open(settings)) {
            BatchingWriter writer = BatchingWriter.start(
                    store,
                    BatchingWriterSettings.defaults()
                            .withQueueCapacity(100_000)
                            .withCommitEvery(Duration.ofMillis(commitMillis), 1_000_000));
            LoadGenerator load = new LoadGenerator(vessels, 42, Instant.parse("2025-03-01T00:00:00Z"));
            long[] producerCpu = new long[1];
            Thread producer = Thread.ofPlatform().name("producer").start(() -> {
                long start = System.nanoTime();
                long sent = 0;
                while (!Thread.currentThread().isInterrupted()) {
                    if (rate > 0 && sent % 1000 == 0) {
                        long due = start + sent * 1_000_000_000L / rate;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            try {
                                Thread.sleep(Duration.ofNanos(wait));
                            } catch (InterruptedException e) {
                                break;
                            }
                        }
                    }
                    try {
                        writer.accept(load.next());
                    } catch (StoreException e) {
                        break;
                    }
                    sent++;
                    producerCpu[0] = sent % 10_000 == 0 ? threads.getCurrentThreadCpuTime() : producerCpu[0];
                }
            });
            Thread.sleep(Duration.ofSeconds(warmup));
            long points0 = writer.committedPoints();
            long batches0 = writer.committedBatches();
            long cpu0 = os.getProcessCpuTime();
            long producerCpu0 = threads.getThreadCpuTime(producer.threadId());
            long pgCpu0 = postgres == null ? 0 : PostgresCpu.of(dir.resolve("pg"));
            long t0 = System.nanoTime();
            List<Long> latencies = new ArrayList<>();
            long lastBatch = batches0;
            int maxQueued = 0;
            long nextReport = t0;
            while (System.nanoTime() - t0 < seconds * 1_000_000_000L) {
                Thread.sleep(20);
                if (System.nanoTime() >= nextReport) {
                    nextReport += 10_000_000_000L;
                    System.out.printf(
                            Locale.ROOT,
                            "  t=%3ds committed %,d points, %d checkpoints, queued %,d, %s%n",
                            (System.nanoTime() - t0) / 1_000_000_000L,
                            writer.committedPoints(),
                            store.checkpoints(),
                            writer.queued(),
                            postgres == null
                                    ? String.format(
                                            Locale.ROOT, "H2 file %,d bytes", Files.size(dir.resolve("jisr.mv.db")))
                                    : "");
                }
                if (writer.committedBatches() != lastBatch) {
                    lastBatch = writer.committedBatches();
                    latencies.add(writer.lastCommitLatency().toMillis());
                }
                maxQueued = Math.max(maxQueued, writer.queued());
            }
            long elapsed = System.nanoTime() - t0;
            long points = writer.committedPoints() - points0;
            long batches = writer.committedBatches() - batches0;
            long cpu = os.getProcessCpuTime() - cpu0;
            long producerCpuUsed = threads.getThreadCpuTime(producer.threadId()) - producerCpu0;
            long pgCpu = postgres == null ? 0 : PostgresCpu.of(dir.resolve("pg")) - pgCpu0;
            producer.interrupt();
            producer.join();
            writer.close();
            latencies.sort(Comparator.naturalOrder());
            double secondsElapsed = elapsed / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "committed %,d points in %d batches over %.1f s: %,.0f points/s; commit latency ms p50 %d p90 %d max %d;"
                            + " max queued %,d of %,d%n",
                    points,
                    batches,
                    secondsElapsed,
                    points / secondsElapsed,
                    percentile(latencies, 0.5),
                    percentile(latencies, 0.9),
                    percentile(latencies, 1.0),
                    maxQueued,
                    writer.queueCapacity());
            System.out.printf(
                    Locale.ROOT,
                    "log %.1f bytes/point; CPU: JVM without producer %.2f cores, producer %.2f cores, PostgreSQL %.2f cores; open segments %,d;"
                            + " checkpoints %d%s%n",
                    store.loggedBytes() / (double) writer.committedPoints(),
                    (cpu - producerCpuUsed) / (double) elapsed,
                    producerCpuUsed / (double) elapsed,
                    pgCpu * 1e7 / elapsed,
                    store.openSegments(),
                    store.checkpoints(),
                    store.checkpointFailure()
                            .map(f -> ", last failed: " + f.getMessage())
                            .orElse(""));
            long total = writer.committedPoints();
            store.checkpoint();
            try (Connection c = java.sql.DriverManager.getConnection(
                            settings.jdbcUrl(), settings.user(), settings.password());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT SUM(OCTET_LENGTH(data)), SUM(points), COUNT(*) FROM track_segment")) {
                rs.next();
                System.out.printf(
                        Locale.ROOT,
                        "track segments: %,d rows, %,d points, blobs %.2f bytes/point, %.0f points/segment%n",
                        rs.getLong(3),
                        rs.getLong(2),
                        rs.getLong(1) / (double) rs.getLong(2),
                        rs.getLong(2) / (double) rs.getLong(3));
            }
            if (postgres == null) {
                store.close();
                long bytes = Files.size(dir.resolve("jisr.mv.db"));
                System.out.printf(
                        Locale.ROOT,
                        "H2 file after close: %,d bytes for %,d points: %.1f bytes/point, %,.0f MB per million points%n",
                        bytes,
                        total,
                        bytes / (double) total,
                        bytes / (double) total);
                try (Connection c = java.sql.DriverManager.getConnection(
                                settings.jdbcUrl(), settings.user(), settings.password());
                        Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN COMPACT");
                }
                long compacted = Files.size(dir.resolve("jisr.mv.db"));
                System.out.printf(
                        Locale.ROOT,
                        "H2 file after SHUTDOWN COMPACT: %,d bytes: %.1f bytes/point%n",
                        compacted,
                        compacted / (double) total);
            } else {
                store.close();
                try (Connection c = postgres.getPostgresDatabase().getConnection();
                        Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT pg_total_relation_size('track_segment'),"
                                + " pg_total_relation_size('vessel'), pg_database_size('postgres')")) {
                    rs.next();
                    System.out.printf(
                            Locale.ROOT,
                            "PostgreSQL: track_segment %,d bytes (%.1f bytes/point), vessel %,d bytes, database %,d bytes"
                                    + " for %,d points%n",
                            rs.getLong(1),
                            rs.getLong(1) / (double) total,
                            rs.getLong(2),
                            rs.getLong(3),
                            total);
                }
                postgres.close();
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(p * (sorted.size() - 1))));
    }

    /** CPU ticks (1/100 s) used by the PostgreSQL server and its children, from /proc. */
    private static final class PostgresCpu {
        static long of(Path dataDirectory) throws Exception {
            long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                    .get(0)
                    .trim());
            long ticks = 0;
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+"))
                        .toList()) {
                    try {
                        String stat = Files.readString(p.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long pid = Long.parseLong(p.getFileName().toString());
                        long ppid = Long.parseLong(f[1]);
                        if (pid == postmaster || ppid == postmaster) {
                            ticks += Long.parseLong(f[11])
                                    + Long.parseLong(f[12])
                                    + Long.parseLong(f[13])
                                    + Long.parseLong(f[14]);
                        }
                    } catch (java.io.IOException | RuntimeException e) {
                        // The process ended while we looked: its time is gone with it.
                    }
                }
            }
            return ticks;
        }
    }
}
