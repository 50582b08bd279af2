package io.jisr.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.jisr.ais.identity.Mmsi;
import io.jisr.picture.BoundingBox;
import io.jisr.picture.PictureBatch;
import io.jisr.picture.PictureStore;
import io.jisr.picture.PositionFix;
import io.jisr.picture.TrackPoint;
import io.jisr.picture.Vessel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The picture's storage on H2 or PostgreSQL through plain JDBC: a vessel registry upserted per
 * commit, track history as per-vessel delta-encoded segments, and feed cursors committed with the
 * data they produced. Thread-safe: commits are serialized, queries run concurrently on their own
 * connections and see only committed data.
 *
 * <p>History is kept at AIS resolution (see {@code TrackSegment}): times in milliseconds, positions
 * in 1/600,000 degree, speed and course in tenths. {@link #purgeBefore} deletes whole segments only,
 * so up to ten minutes of history older than the cutoff may remain per station.
 */
public final class JdbcPictureStore implements PictureStore {
    /*
     * Implementation note (the reasoning is in docs/decisions/0001-track-storage.md).
     *
     * One position per row cannot reach 100,000 points/s on H2, so history is stored as segments:
     * each station's points go into its open segment, held in OpenSegments, and every commit upserts
     * each segment it changed, whole, in the same transaction as the vessels and the feed cursors.
     * What a commit covers is therefore durable, and the cursor never runs ahead of the history. A
     * segment closes when it is full or would span more than ten minutes; the next point opens a new
     * one. If the commit fails the open segments are put back as they were, so that the caller can
     * retry the same batch.
     *
     * Queries rely on the span limit (a schema check): a segment holding points at or after time t
     * starts no earlier than t minus ten minutes, which bounds every index range scan on start_ms.
     */

    private static final String MIGRATIONS = "classpath:db/jisr-store";
    private static final int SEGMENT_IDS_PER_BLOCK = 4096;
    private static final int MAX_OPEN_SEGMENTS = 100_000;
    private static final int ROWS_PER_EXECUTE = 1_000;
    private static final int PURGE_ROWS_PER_TRANSACTION = 5_000;
    private static final int FETCH_SIZE = 512;

    private static final List<String> SEGMENT_COLUMNS =
            List.of("segment_id", "mmsi", "start_ms", "end_ms", "points", "south", "north", "west", "east", "data");

    private final DataSource dataSource;
    private final HikariDataSource pool;
    private final StoreSettings settings;
    private final Dialect dialect;
    private final String upsertVessel;
    private final String upsertSegment;
    private final String upsertCursor;
    private final ReentrantLock commitLock = new ReentrantLock();
    private final OpenSegments openSegments;
    private long nextSegmentId;
    private long segmentIdLimit;

    private JdbcPictureStore(DataSource dataSource, HikariDataSource pool, StoreSettings settings, Dialect dialect) {
        this.dataSource = dataSource;
        this.pool = pool;
        this.settings = settings;
        this.dialect = dialect;
        this.upsertVessel = dialect.upsert("vessel", VesselRows.COLUMNS, "mmsi");
        this.upsertSegment = dialect.upsert("track_segment", SEGMENT_COLUMNS, "segment_id");
        this.upsertCursor = dialect.upsert("feed_cursor", List.of("feed_id", "lines"), "feed_id");
        this.openSegments = new OpenSegments(settings.segmentPoints(), MAX_OPEN_SEGMENTS);
    }

    /**
     * Connects to the database, brings its schema up to date and returns the store.
     *
     * @throws StoreException when the database cannot be reached or migrated
     */
    public static JdbcPictureStore open(StoreSettings settings) {
        return open(settings, UnaryOperator.identity());
    }

    /** Opens the store with the connections of the pool passed through {@code decorate} (for tests). */
    static JdbcPictureStore open(StoreSettings settings, UnaryOperator<DataSource> decorate) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("jisr-store");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(1);
        config.setAutoCommit(false);
        if (settings.isPostgres()) {
            // Multi-row INSERT ... ON CONFLICT instead of one statement per row: several times faster.
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException(
                    "could not connect to " + settings.jdbcUrl() + " as \"" + settings.user() + "\": " + e.getMessage(),
                    e);
        }
        try {
            migrate(pool, settings);
            Dialect dialect;
            try (Connection c = pool.getConnection()) {
                dialect = Dialect.of(c);
            }
            return new JdbcPictureStore(decorate.apply(pool), pool, settings, dialect);
        } catch (SQLException e) {
            pool.close();
            throw new StoreException("could not open the store at " + settings.jdbcUrl() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static void migrate(DataSource dataSource, StoreSettings settings) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .failOnMissingLocations(true)
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException(
                    "could not migrate the schema at " + settings.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    /** Returns the settings the store was opened with. */
    public StoreSettings settings() {
        return settings;
    }

    /** Returns how many track segments the writer holds open in memory (each is durable already). */
    public int openSegments() {
        commitLock.lock();
        try {
            return openSegments.size();
        } finally {
            commitLock.unlock();
        }
    }

    @Override
    public void commit(PictureBatch batch) {
        if (batch.isEmpty()) {
            return;
        }
        commitLock.lock();
        try (Connection c = dataSource.getConnection()) {
            try {
                writeVessels(c, batch.vessels());
                writeSegments(c, openSegments.append(batch.points(), () -> nextSegmentId(c)));
                writeCursors(c, batch.feedCursors());
                c.commit();
            } catch (SQLException | RuntimeException e) {
                openSegments.rolledBack();
                try {
                    c.rollback();
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            }
            openSegments.committed();
        } catch (SQLException e) {
            throw new StoreException(
                    "could not commit " + describe(batch) + " to " + settings.jdbcUrl() + ": " + e.getMessage(), e);
        } finally {
            commitLock.unlock();
        }
    }

    private static String describe(PictureBatch batch) {
        return "a batch of " + batch.vessels().size() + " vessels, "
                + batch.points().size() + " points and " + batch.feedCursors().size() + " feed cursors";
    }

    private void writeVessels(Connection c, List<Vessel> vessels) throws SQLException {
        if (vessels.isEmpty()) {
            return;
        }
        // One row per station: PostgreSQL refuses to upsert the same key twice in one statement.
        Map<Integer, Vessel> latest = new LinkedHashMap<>();
        for (Vessel v : vessels) {
            latest.put(v.mmsi().value(), v);
        }
        try (PreparedStatement ps = c.prepareStatement(upsertVessel)) {
            int pending = 0;
            for (Vessel v : latest.values()) {
                VesselRows.bind(ps, v);
                ps.addBatch();
                if (++pending == ROWS_PER_EXECUTE) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    private void writeSegments(Connection c, List<TrackSegment> segments) throws SQLException {
        if (segments.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(upsertSegment)) {
            int pending = 0;
            for (TrackSegment s : segments) {
                ps.setLong(1, s.id());
                ps.setInt(2, s.mmsi());
                ps.setLong(3, s.startMs());
                ps.setLong(4, s.endMs());
                ps.setInt(5, s.points());
                ps.setDouble(6, s.south());
                ps.setDouble(7, s.north());
                ps.setDouble(8, s.west());
                ps.setDouble(9, s.east());
                ps.setBytes(10, s.data());
                ps.addBatch();
                if (++pending == ROWS_PER_EXECUTE) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    private void writeCursors(Connection c, Map<String, Long> cursors) throws SQLException {
        if (cursors.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(upsertCursor)) {
            for (Map.Entry<String, Long> e : cursors.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setLong(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Returns a segment id unused by any writer; asks the database for a new block when needed. */
    private long nextSegmentId(Connection c) {
        if (nextSegmentId == segmentIdLimit) {
            try (PreparedStatement ps = c.prepareStatement(dialect.nextSegmentBlock());
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                long block = rs.getLong(1);
                nextSegmentId = block * SEGMENT_IDS_PER_BLOCK;
                segmentIdLimit = nextSegmentId + SEGMENT_IDS_PER_BLOCK;
            } catch (SQLException e) {
                throw new StoreException("could not allocate track segment ids: " + e.getMessage(), e);
            }
        }
        return nextSegmentId++;
    }

    @Override
    public List<Vessel> loadVessels() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(VesselRows.SELECT)) {
            ps.setFetchSize(FETCH_SIZE);
            List<Vessel> vessels = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    vessels.add(VesselRows.read(rs));
                }
            }
            c.commit();
            return vessels;
        } catch (SQLException e) {
            throw new StoreException("could not load vessels from " + settings.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public OptionalLong cursor(String feedId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT lines FROM feed_cursor WHERE feed_id = ?")) {
            ps.setString(1, feedId);
            OptionalLong lines = OptionalLong.empty();
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    lines = OptionalLong.of(rs.getLong(1));
                }
            }
            c.commit();
            return lines;
        } catch (SQLException e) {
            throw new StoreException(
                    "could not read the cursor of feed \"" + feedId + "\" from " + settings.jdbcUrl() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    @Override
    public List<PositionFix> track(Mmsi mmsi, Instant from, Instant to, int maxPoints) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException(
                    "track maxPoints must be at least 2 (the first and the last point), was " + maxPoints);
        }
        checkRange(from, to);
        long fromMs = Millis.ceil(from);
        long toMs = Millis.floor(to);
        List<byte[]> blobs = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT data FROM track_segment"
                        + " WHERE mmsi = ? AND start_ms >= ? AND start_ms <= ? AND end_ms >= ?"
                        + " ORDER BY start_ms, segment_id")) {
            ps.setFetchSize(FETCH_SIZE);
            ps.setInt(1, mmsi.value());
            ps.setLong(2, Millis.minus(fromMs, TrackSegment.MAX_SPAN_MS));
            ps.setLong(3, toMs);
            ps.setLong(4, fromMs);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    blobs.add(rs.getBytes(1));
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException(
                    "could not read the track of " + mmsi + " from " + settings.jdbcUrl() + ": " + e.getMessage(), e);
        }
        return Thinning.select(blobs, fromMs, toMs, maxPoints);
    }

    @Override
    public List<TrackPoint> inBox(BoundingBox box, Instant from, Instant to, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("inBox limit must not be negative, was " + limit);
        }
        checkRange(from, to);
        if (limit == 0) {
            return List.of();
        }
        long fromMs = Millis.ceil(from);
        long toMs = Millis.floor(to);
        String longitudes = box.crossesAntimeridian() ? "(east >= ? OR west <= ?)" : "(east >= ? AND west <= ?)";
        // The oldest `limit` points: a max-heap on time, and segments in order of their earliest point,
        // so that once the heap is full no later segment can hold an older point than its top.
        Comparator<Candidate> newestFirst = Comparator.comparingLong(Candidate::timeMs)
                .thenComparingLong(Candidate::ordinal)
                .reversed();
        PriorityQueue<Candidate> oldest = new PriorityQueue<>(Math.min(limit, 4096) + 1, newestFirst);
        long ordinal = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT mmsi, start_ms, data FROM track_segment"
                        + " WHERE start_ms >= ? AND start_ms <= ? AND end_ms >= ?"
                        + " AND north >= ? AND south <= ? AND " + longitudes
                        + " ORDER BY start_ms, segment_id")) {
            ps.setFetchSize(FETCH_SIZE);
            ps.setLong(1, Millis.minus(fromMs, TrackSegment.MAX_SPAN_MS));
            ps.setLong(2, toMs);
            ps.setLong(3, fromMs);
            ps.setDouble(4, box.south());
            ps.setDouble(5, box.north());
            ps.setDouble(6, box.west());
            ps.setDouble(7, box.east());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (oldest.size() == limit && rs.getLong(2) >= oldest.peek().timeMs()) {
                        break;
                    }
                    Mmsi mmsi = Mmsi.of(rs.getInt(1));
                    TrackSegment.Reader points = new TrackSegment.Reader(rs.getBytes(3));
                    while (points.next()) {
                        long t = points.timeMs();
                        if (t < fromMs || t > toMs || !box.contains(points.latitude(), points.longitude())) {
                            continue;
                        }
                        if (oldest.size() == limit) {
                            if (t >= oldest.peek().timeMs()) {
                                continue;
                            }
                            oldest.poll();
                        }
                        oldest.add(new Candidate(t, ordinal++, new TrackPoint(mmsi, points.fix())));
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException(
                    "could not read history in " + box + " from " + settings.jdbcUrl() + ": " + e.getMessage(), e);
        }
        List<Candidate> sorted = new ArrayList<>(oldest);
        sorted.sort(newestFirst.reversed());
        List<TrackPoint> points = new ArrayList<>(sorted.size());
        for (Candidate candidate : sorted) {
            points.add(candidate.point());
        }
        return points;
    }

    private record Candidate(long timeMs, long ordinal, TrackPoint point) {}

    /**
     * Deletes every track segment whose latest point is older than {@code cutoff}, a few thousand per
     * transaction so that the writer never waits long; a segment that straddles the cutoff is kept
     * whole. Returns the number of points deleted.
     */
    @Override
    public long purgeBefore(Instant cutoff) {
        long cutoffMs = Millis.ceil(cutoff);
        long deleted = 0;
        while (true) {
            try (Connection c = dataSource.getConnection()) {
                List<long[]> candidates = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT segment_id, points FROM track_segment"
                        + " WHERE start_ms < ? AND end_ms < ? ORDER BY start_ms LIMIT "
                        + PURGE_ROWS_PER_TRANSACTION)) {
                    ps.setLong(1, cutoffMs);
                    ps.setLong(2, cutoffMs);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            candidates.add(new long[] {rs.getLong(1), rs.getLong(2)});
                        }
                    }
                }
                if (candidates.isEmpty()) {
                    c.commit();
                    return deleted;
                }
                int[] counts;
                // end_ms again: the writer may have extended a segment since it was selected.
                try (PreparedStatement ps =
                        c.prepareStatement("DELETE FROM track_segment WHERE segment_id = ? AND end_ms < ?")) {
                    for (long[] candidate : candidates) {
                        ps.setLong(1, candidate[0]);
                        ps.setLong(2, cutoffMs);
                        ps.addBatch();
                    }
                    counts = ps.executeBatch();
                }
                c.commit();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] > 0) {
                        deleted += candidates.get(i)[1];
                    }
                }
                if (candidates.size() < PURGE_ROWS_PER_TRANSACTION) {
                    return deleted;
                }
            } catch (SQLException e) {
                throw new StoreException(
                        "could not purge history before " + cutoff + " from " + settings.jdbcUrl() + " (" + deleted
                                + " points deleted so far): " + e.getMessage(),
                        e);
            }
        }
    }

    private static void checkRange(Instant from, Instant to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("time range must not end before it starts, was " + from + " to " + to);
        }
    }

    /** Closes the connection pool; commits in progress finish first. */
    @Override
    public void close() {
        commitLock.lock();
        try {
            pool.close();
        } finally {
            commitLock.unlock();
        }
    }
}
