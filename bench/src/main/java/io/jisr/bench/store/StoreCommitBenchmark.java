package io.jisr.bench.store;

import io.jisr.picture.PictureBatch;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.TrackPoint;
import io.jisr.picture.Vessel;
import io.jisr.store.JdbcPictureStore;
import io.jisr.store.LoadGenerator;
import io.jisr.store.StoreSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Position points per second that {@link JdbcPictureStore} commits, in batches of what 500 ms bring
 * at 100,000 points/s: 50,000 points of 20,000 vessels arriving round-robin, each batch with the
 * latest snapshot of every vessel it touches, checkpoints running in the background as in service.
 * Results and the end-to-end check through the batching writer are in
 * {@code docs/decisions/0001-track-storage.md}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 15)
@Measurement(iterations = 3, time = 20)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class StoreCommitBenchmark {
    private static final int POINTS_PER_COMMIT = 50_000;

    @Param({"h2", "postgres"})
    public String database;

    @Param("20000")
    public int vessels;

    private Path directory;
    private EmbeddedPostgres postgres;
    private StoreSettings settings;
    private JdbcPictureStore store;
    private LoadGenerator load;
    private PictureBatch batch;
    private long committed;

    @Setup(Level.Trial)
    public void open() throws IOException {
        directory = Files.createTempDirectory("jisr-store-bench");
        if (database.equals("postgres")) {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.resolve("pg"))
                    .setCleanDataDirectory(true)
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            settings = StoreSettings.postgres(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } else {
            settings = StoreSettings.h2(directory);
        }
        store = JdbcPictureStore.open(settings);
        load = new LoadGenerator(vessels, 42, Instant.parse("2025-03-01T00:00:00Z"));
    }

    @Setup(Level.Invocation)
    public void nextBatch() {
        Map<Integer, Vessel> snapshots = new LinkedHashMap<>();
        List<TrackPoint> points = new ArrayList<>(POINTS_PER_COMMIT);
        for (int i = 0; i < POINTS_PER_COMMIT; i++) {
            PictureEvent.PositionReported report = load.next();
            snapshots.put(report.vessel().mmsi().value(), report.vessel());
            points.add(new TrackPoint(report.vessel().mmsi(), report.fix()));
        }
        batch = new PictureBatch(new ArrayList<>(snapshots.values()), points, Map.of("bench", committed));
    }

    @Benchmark
    @OperationsPerInvocation(POINTS_PER_COMMIT)
    public void commit() {
        store.commit(batch);
        committed += POINTS_PER_COMMIT;
    }

    @TearDown(Level.Trial)
    public void close() throws IOException, SQLException {
        long logged = store.loggedBytes();
        store.close();
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT SUM(OCTET_LENGTH(data)), SUM(points), COUNT(*) FROM track_segment")) {
            rs.next();
            System.out.printf(
                    Locale.ROOT,
                    "%n%s: %,d points committed; commit log %.1f bytes/point; %,d track segments,"
                            + " blobs %.2f bytes/point%n",
                    database,
                    committed,
                    logged / (double) committed,
                    rs.getLong(3),
                    rs.getLong(1) / (double) rs.getLong(2));
        }
        if (postgres != null) {
            postgres.close();
        } else {
            System.out.printf(
                    Locale.ROOT,
                    "H2 file %.1f bytes/point%n",
                    Files.size(directory.resolve("jisr.mv.db")) / (double) committed);
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
