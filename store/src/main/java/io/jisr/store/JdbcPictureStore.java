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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The picture's storage on H2 or PostgreSQL through plain JDBC: a commit log, a vessel registry, track
 * history as per-vessel delta-encoded segments, and feed cursors committed with the data they
 * produced. Thread-safe: commits are serialized, queries run concurrently and see every committed
 * batch.
 *
 * <p>History is kept at AIS resolution (see {@code TrackSegment}): times in milliseconds, positions
 * in 1/600,000 degree, speed and course in tenths. {@link #purgeBefore} deletes whole segments only,
 * so up to ten minutes of history older than the cutoff may remain per station.
 *
 * <p>One store writes to a database at a time: the store keeps the newest part of the data in memory
 * and in its commit log until a checkpoint writes it into the tables.
 */
public final class JdbcPictureStore implements PictureStore {
    /*
     * Implementation note (the reasoning and the measurements are in docs/decisions/0001-track-storage.md).
     *
     * A commit appends the batch to the current commit log table (a few rows of a few hundred
     * kilobytes) and upserts the feed cursors, in one transaction: whatever a commit covers is durable,
     * and the cursor never runs ahead of it. Only then is the batch applied in memory: the latest
     * snapshot of each vessel, and each point appended to its station's open TrackSegment. Rewriting
     * every changed vessel row and open segment at every commit, as a first version did, rewrote the
     * whole working set twice a second: H2 fell behind at 100,000 points/s and its file grew to 330
     * bytes a point.
     *
     * A checkpoint (a thread of its own, every checkpointInterval) takes a consistent image of what
     * memory holds beyond the tables, under the commit lock, and switches commits to the other log
     * table; then it writes the image and the last log sequence it covers, in one transaction, while
     * commits go on; then it truncates the log table it switched away from. Deleting the rows instead
     * made H2 copy every one into its undo log, and its file grew by 25 MB/s. After a crash, open()
     * replays the log rows after the recorded sequence. Queries read the tables and overlay what memory
     * holds (taken first, so that a checkpoint running meanwhile can only add, never hide, data).
     *
     * Segments are bounded to ten minutes (a schema check): a segment holding points at or after time t
     * starts no earlier than t minus ten minutes, which bounds every index range scan on start_ms.
     */

    private static final String MIGRATIONS = "classpath:db/jisr-store";
    private static final int SEGMENT_ID_BITS = 20;
    private static final int LOG_PART_BITS = 16;
    private static final int MAX_OPEN_SEGMENTS = 200_000;
    private static final int MAX_WAITING_SEGMENTS = 1_000_000;
    /** A checkpoint starts early once this much log has accumulated: it bounds replay and memory. */
    private static final long CHECKPOINT_LOG_BYTES = 64L << 20;

    private static final int ROWS_PER_EXECUTE = 1_000;
    private static final int PURGE_ROWS_PER_TRANSACTION = 5_000;
    private static final int FETCH_SIZE = 256;

    private static final List<String> SEGMENT_COLUMNS =
            List.of("segment_id", "mmsi", "start_ms", "end_ms", "points", "south", "north", "west", "east", "data");

    private final DataSource dataSource;
    private final HikariDataSource pool;
    private final StoreSettings settings;
    private final Dialect dialect;
    private final String upsertVessel;
    private final String upsertSegment;
    private final String upsertCursor;

    /** Guards everything below it; held by a commit from its log write to its apply in memory. */
    private final ReentrantLock commitLock = new ReentrantLock();

    private final OpenSegments segments;
    /** The latest snapshot of each vessel changed since the checkpoint that wrote the vessel table. */
    private final Map<Integer, Vessel> unwritten = new HashMap<>();
    /** The snapshot each vessel was last logged as, since the current checkpoint image was taken. */
    private final Map<Integer, Vessel> bases = new HashMap<>();

    private final ArrayDeque<long[]> segmentIds = new ArrayDeque<>();
    private long lastSequence;
    private long checkpointedSequence;
    private long logBytes;
    /** Which of the two log tables commits append to. */
    private int currentLog;

    /** One checkpoint (or purge) at a time. */
    private final ReentrantLock checkpointLock = new ReentrantLock();

    private final Thread checkpointer;
    private final Semaphore checkpointWanted = new Semaphore(0);
    private volatile boolean closing;
    private volatile StoreException checkpointFailure;
    private volatile long checkpoints;
    private volatile long loggedBytes;

    private JdbcPictureStore(DataSource dataSource, HikariDataSource pool, StoreSettings settings, Dialect dialect) {
        this.dataSource = dataSource;
        this.pool = pool;
        this.settings = settings;
        this.dialect = dialect;
        this.upsertVessel = dialect.upsert("vessel", VesselRows.COLUMNS, "mmsi");
        this.upsertSegment = dialect.upsert("track_segment", SEGMENT_COLUMNS, "segment_id");
        this.upsertCursor = dialect.upsert("feed_cursor", List.of("feed_id", "lines"), "feed_id");
        this.segments = new OpenSegments(settings.segmentPoints(), MAX_OPEN_SEGMENTS);
        this.checkpointer = new Thread(this::checkpointLoop, "jisr-store-checkpoint");
        this.checkpointer.setDaemon(true);
    }

    /**
     * Connects to the database, brings its schema up to date, replays what a crash left in the commit
     * log, and returns the store.
     *
     * @throws StoreException when the database cannot be reached, migrated or read
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
            // Checkpoints upsert tens of thousands of rows: as multi-row statements, several times faster.
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
            JdbcPictureStore store = new JdbcPictureStore(decorate.apply(pool), pool, settings, dialect);
            if (store.recover() > 0) {
                store.checkpoint();
            }
            store.checkpointer.start();
            return store;
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
                    // The account tables (JdbcAccountStore, their own history table) may be there first;
                    // version 0 is below every migration, so all of them still run.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .failOnMissingLocations(true)
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException(
                    "could not migrate the schema at " + settings.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    /** Replays the commit log rows a crash left after the last checkpoint; returns how many. */
    private int recover() throws SQLException {
        int rows = 0;
        commitLock.lock();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT log_id, data FROM picture_log_0 WHERE log_id >= ?"
                        + " UNION ALL SELECT log_id, data FROM picture_log_1 WHERE log_id >= ? ORDER BY log_id")) {
            try (PreparedStatement q = c.prepareStatement("SELECT log_sequence FROM store_checkpoint WHERE id = 1");
                    ResultSet rs = q.executeQuery()) {
                rs.next();
                checkpointedSequence = rs.getLong(1);
                lastSequence = checkpointedSequence;
            }
            ps.setLong(1, (checkpointedSequence + 1) << LOG_PART_BITS);
            ps.setLong(2, (checkpointedSequence + 1) << LOG_PART_BITS);
            ps.setFetchSize(16);
            PictureLog.Replay replay = new PictureLog.Replay() {
                @Override
                public void vessel(Vessel vessel) {
                    unwritten.put(vessel.mmsi().value(), vessel);
                }

                @Override
                public void point(int mmsi, PositionFix fix) {
                    segments.append(mmsi, fix, () -> takeSegmentId(c));
                }
            };
            Map<Integer, PositionFix> lastPoints = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lastSequence = Math.max(lastSequence, rs.getLong(1) >>> LOG_PART_BITS);
                    PictureLog.replay(rs.getBytes(2), bases, lastPoints, replay);
                    rows++;
                }
            }
            c.commit();
        } finally {
            commitLock.unlock();
        }
        return rows;
    }

    /** Returns the settings the store was opened with. */
    public StoreSettings settings() {
        return settings;
    }

    /** Returns how many track segments are open in memory. */
    public int openSegments() {
        commitLock.lock();
        try {
            return segments.size();
        } finally {
            commitLock.unlock();
        }
    }

    /** Returns how many bytes commits have appended to the commit log since the store was opened. */
    public long loggedBytes() {
        return loggedBytes;
    }

    /** Returns how many checkpoints succeeded since the store was opened. */
    public long checkpoints() {
        return checkpoints;
    }

    /** Returns why the latest checkpoint failed; empty when it succeeded. Commits go on meanwhile. */
    public Optional<StoreException> checkpointFailure() {
        return Optional.ofNullable(checkpointFailure);
    }

    // ---- commits

    @Override
    public void commit(PictureBatch batch) {
        if (batch.isEmpty()) {
            return;
        }
        // Sized for the batch (thousands of entries): growing from 16 was a twelfth of the writer's time.
        Map<Integer, Vessel> vessels =
                LinkedHashMap.newLinkedHashMap(batch.vessels().size());
        for (Vessel v : batch.vessels()) {
            vessels.put(v.mmsi().value(), v);
        }
        Map<Integer, List<PositionFix>> points =
                LinkedHashMap.newLinkedHashMap(batch.points().size());
        for (TrackPoint p : batch.points()) {
            points.computeIfAbsent(p.mmsi().value(), k -> new ArrayList<>(4)).add(p.fix());
        }
        commitLock.lock();
        try {
            if (segments.waiting() > MAX_WAITING_SEGMENTS) {
                throw new StoreException(segments.waiting() + " closed track segments are waiting for a checkpoint"
                        + " (at most " + MAX_WAITING_SEGMENTS + "); refusing more until one succeeds"
                        + checkpointFailure()
                                .map(f -> "; last failure: " + f.getMessage())
                                .orElse(""));
            }
            List<byte[]> parts = PictureLog.encode(vessels.values(), points, bases::get);
            long sequence = ++lastSequence;
            try (Connection c = dataSource.getConnection()) {
                try {
                    reserveSegmentIds(c, batch.points().size());
                    writeLog(c, currentLog, sequence, parts);
                    writeCursors(c, batch.feedCursors());
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    try {
                        c.rollback();
                    } catch (SQLException r) {
                        e.addSuppressed(r);
                    }
                    throw e;
                }
            } catch (SQLException e) {
                throw new StoreException(
                        "could not commit " + describe(batch) + " to " + settings.jdbcUrl() + ": " + e.getMessage(), e);
            }
            // The batch map's keys are boxed already; boxing each MMSI again per map cost an Integer each.
            for (Map.Entry<Integer, Vessel> e : vessels.entrySet()) {
                bases.put(e.getKey(), e.getValue());
                unwritten.put(e.getKey(), e.getValue());
            }
            for (Map.Entry<Integer, List<PositionFix>> e : points.entrySet()) {
                for (PositionFix f : e.getValue()) {
                    segments.append(e.getKey(), f, () -> takeSegmentId(null));
                }
            }
            for (byte[] part : parts) {
                logBytes += part.length;
                loggedBytes += part.length;
            }
            if (logBytes > CHECKPOINT_LOG_BYTES) {
                checkpointWanted.release();
            }
        } finally {
            commitLock.unlock();
        }
    }

    private static String describe(PictureBatch batch) {
        return "a batch of " + batch.vessels().size() + " vessels, "
                + batch.points().size() + " points and " + batch.feedCursors().size() + " feed cursors";
    }

    private static void writeLog(Connection c, int table, long sequence, List<byte[]> parts) throws SQLException {
        if (parts.size() >= 1 << LOG_PART_BITS) {
            throw new StoreException("batch too large for the commit log: " + parts.size() + " parts of "
                    + PictureLog.PART_BYTES + " bytes, at most " + ((1 << LOG_PART_BITS) - 1));
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO picture_log_" + table + " (log_id, data) VALUES (?, ?)")) {
            for (int i = 0; i < parts.size(); i++) {
                ps.setLong(1, sequence << LOG_PART_BITS | i);
                ps.setBytes(2, parts.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
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

    /** Makes sure at least {@code n} segment ids are at hand, so that applying a batch needs no database. */
    private void reserveSegmentIds(Connection c, int n) throws SQLException {
        long available = 0;
        for (long[] block : segmentIds) {
            available += block[1] - block[0];
        }
        while (available < n) {
            long[] block = fetchSegmentIdBlock(c);
            segmentIds.add(block);
            available += block[1] - block[0];
        }
    }

    private long[] fetchSegmentIdBlock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(dialect.nextSegmentBlock());
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            long first = rs.getLong(1) << SEGMENT_ID_BITS;
            return new long[] {first, first + (1L << SEGMENT_ID_BITS)};
        }
    }

    /** Takes a segment id; {@code c} fetches a block when none is reserved (null: one must be). */
    private long takeSegmentId(Connection c) {
        if (segmentIds.isEmpty()) {
            try {
                if (c == null) {
                    throw new IllegalStateException("no track segment id reserved");
                }
                segmentIds.add(fetchSegmentIdBlock(c));
            } catch (SQLException e) {
                throw new StoreException("could not allocate track segment ids: " + e.getMessage(), e);
            }
        }
        long[] block = segmentIds.peek();
        long id = block[0]++;
        if (block[0] == block[1]) {
            segmentIds.poll();
        }
        return id;
    }

    // ---- checkpoints

    private void checkpointLoop() {
        long interval = settings.checkpointInterval().toNanos();
        while (!closing) {
            try {
                checkpointWanted.tryAcquire(interval, TimeUnit.NANOSECONDS);
                checkpointWanted.drainPermits();
            } catch (InterruptedException e) {
                return;
            }
            if (closing) {
                return;
            }
            try {
                checkpoint();
            } catch (RuntimeException e) {
                // Recorded in checkpointFailure (StoreException) or a bug: either way the log keeps the
                // data and the next round tries again; commits refuse data if it never succeeds.
                if (!(e instanceof StoreException)) {
                    checkpointFailure = new StoreException("checkpoint failed: " + e, e);
                }
            }
        }
    }

    /**
     * Writes what the commit log holds into the vessel and track tables and deletes the log rows it
     * covered, in one transaction. Runs by itself every checkpoint interval; commits go on meanwhile.
     *
     * @throws StoreException when the database refuses (the log keeps everything; a later checkpoint
     *     tries again)
     */
    void checkpoint() {
        checkpointLock.lock();
        try {
            checkpointLocked();
        } finally {
            checkpointLock.unlock();
        }
    }

    private void checkpointLocked() {
        List<Vessel> vessels;
        List<OpenSegments.Pending> pending;
        long upToSequence;
        int finishedLog;
        commitLock.lock();
        try {
            if (unwritten.isEmpty()
                    && lastSequence == checkpointedSequence
                    && segments.unwritten().isEmpty()) {
                return;
            }
            vessels = new ArrayList<>(unwritten.values());
            pending = segments.unwritten();
            upToSequence = lastSequence;
            // Commits after this image go to the other log table, and are not written against
            // snapshots it covers.
            finishedLog = currentLog;
            currentLog = 1 - currentLog;
            bases.clear();
            logBytes = 0;
        } finally {
            commitLock.unlock();
        }
        try (Connection c = dataSource.getConnection()) {
            try {
                writeVessels(c, vessels);
                writeSegments(c, pending);
                try (PreparedStatement ps =
                        c.prepareStatement("UPDATE store_checkpoint SET log_sequence = ? WHERE id = 1")) {
                    ps.setLong(1, upToSequence);
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw checkpointFailed(
                    "could not checkpoint " + vessels.size() + " vessels and " + pending.size() + " track segments to "
                            + settings.jdbcUrl() + ": " + e.getMessage(),
                    e);
        }
        commitLock.lock();
        try {
            for (Vessel v : vessels) {
                unwritten.remove(v.mmsi().value(), v);
            }
            segments.written(pending);
            checkpointedSequence = upToSequence;
        } finally {
            commitLock.unlock();
        }
        // Every row of the table commits left is covered now. Emptying it can fail without harm: a
        // replay skips covered rows, and the next checkpoint empties it again.
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("TRUNCATE TABLE picture_log_" + finishedLog)) {
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw checkpointFailed(
                    "checkpoint written, but could not empty commit log table picture_log_" + finishedLog + " at "
                            + settings.jdbcUrl() + ": " + e.getMessage(),
                    e);
        }
        checkpointFailure = null;
        checkpoints++;
    }

    private StoreException checkpointFailed(String message, SQLException cause) {
        StoreException failure = new StoreException(message, cause);
        checkpointFailure = failure;
        return failure;
    }

    private void writeVessels(Connection c, List<Vessel> vessels) throws SQLException {
        if (vessels.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(upsertVessel)) {
            int pending = 0;
            for (Vessel v : vessels) {
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

    private void writeSegments(Connection c, List<OpenSegments.Pending> pending) throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(upsertSegment)) {
            int rows = 0;
            for (OpenSegments.Pending p : pending) {
                SegmentImage s = p.image();
                ps.setLong(1, s.id);
                ps.setInt(2, s.mmsi);
                ps.setLong(3, s.startMs);
                ps.setLong(4, s.endMs);
                ps.setInt(5, s.points);
                ps.setDouble(6, s.south);
                ps.setDouble(7, s.north);
                ps.setDouble(8, s.west);
                ps.setDouble(9, s.east);
                ps.setBytes(10, s.blob());
                ps.addBatch();
                if (++rows == ROWS_PER_EXECUTE) {
                    ps.executeBatch();
                    rows = 0;
                }
            }
            if (rows > 0) {
                ps.executeBatch();
            }
        }
    }

    // ---- queries

    @Override
    public List<Vessel> loadVessels() {
        Map<Integer, Vessel> inMemory;
        commitLock.lock();
        try {
            inMemory = new HashMap<>(unwritten);
        } finally {
            commitLock.unlock();
        }
        Map<Integer, Vessel> vessels = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(VesselRows.SELECT)) {
            ps.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Vessel v = VesselRows.read(rs);
                    vessels.put(v.mmsi().value(), v);
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("could not load vessels from " + settings.jdbcUrl() + ": " + e.getMessage(), e);
        }
        vessels.putAll(inMemory);
        return List.copyOf(vessels.values());
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
        List<SegmentImage> inMemory;
        commitLock.lock();
        try {
            inMemory = segments.imagesOf(mmsi.value());
        } finally {
            commitLock.unlock();
        }
        Set<Long> overlaid = new HashSet<>();
        for (SegmentImage s : inMemory) {
            overlaid.add(s.id);
        }
        List<byte[]> blobs = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT segment_id, data FROM track_segment"
                        + " WHERE mmsi = ? AND start_ms >= ? AND start_ms <= ? AND end_ms >= ?"
                        + " ORDER BY start_ms, segment_id")) {
            ps.setFetchSize(FETCH_SIZE);
            ps.setInt(1, mmsi.value());
            ps.setLong(2, Millis.minus(fromMs, TrackSegment.MAX_SPAN_MS));
            ps.setLong(3, toMs);
            ps.setLong(4, fromMs);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!overlaid.contains(rs.getLong(1))) {
                        blobs.add(rs.getBytes(2));
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException(
                    "could not read the track of " + mmsi + " from " + settings.jdbcUrl() + ": " + e.getMessage(), e);
        }
        for (SegmentImage s : inMemory) {
            blobs.add(s.blob());
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
        List<SegmentImage> inMemory;
        commitLock.lock();
        try {
            inMemory = segments.imagesOverlapping(fromMs, toMs, box.south(), box.north(), box.west(), box.east());
        } finally {
            commitLock.unlock();
        }
        OldestPoints oldest = new OldestPoints(box, fromMs, toMs, limit);
        Set<Long> overlaid = new HashSet<>();
        for (SegmentImage s : inMemory) {
            overlaid.add(s.id);
            oldest.offer(Mmsi.of(s.mmsi), s.reader());
        }
        String longitudes = box.crossesAntimeridian() ? "(east >= ? OR west <= ?)" : "(east >= ? AND west <= ?)";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT segment_id, mmsi, start_ms, data FROM track_segment"
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
                while (rs.next() && !oldest.isCompleteBefore(rs.getLong(3))) {
                    if (!overlaid.contains(rs.getLong(1))) {
                        oldest.offer(Mmsi.of(rs.getInt(2)), new TrackSegment.Reader(rs.getBytes(4)));
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException(
                    "could not read history in " + box + " from " + settings.jdbcUrl() + ": " + e.getMessage(), e);
        }
        return oldest.sorted();
    }

    /** The oldest {@code limit} points inside a box and time range, of the segments offered. */
    private static final class OldestPoints {
        private record Candidate(long timeMs, long ordinal, TrackPoint point) {}

        private static final Comparator<Candidate> NEWEST_FIRST = Comparator.comparingLong(Candidate::timeMs)
                .thenComparingLong(Candidate::ordinal)
                .reversed();

        private final BoundingBox box;
        private final long fromMs;
        private final long toMs;
        private final int limit;
        private final PriorityQueue<Candidate> heap;
        private long ordinal;

        OldestPoints(BoundingBox box, long fromMs, long toMs, int limit) {
            this.box = box;
            this.fromMs = fromMs;
            this.toMs = toMs;
            this.limit = limit;
            this.heap = new PriorityQueue<>(Math.min(limit, 4096) + 1, NEWEST_FIRST);
        }

        void offer(Mmsi mmsi, TrackSegment.Reader points) {
            while (points.next()) {
                long t = points.timeMs();
                if (t < fromMs || t > toMs || !box.contains(points.latitude(), points.longitude())) {
                    continue;
                }
                if (heap.size() == limit) {
                    if (t >= heap.peek().timeMs()) {
                        continue;
                    }
                    heap.poll();
                }
                heap.add(new Candidate(t, ordinal++, new TrackPoint(mmsi, points.fix())));
            }
        }

        /** Returns whether no segment starting at {@code startMs} or later can hold a point to keep. */
        boolean isCompleteBefore(long startMs) {
            return heap.size() == limit && startMs >= heap.peek().timeMs();
        }

        List<TrackPoint> sorted() {
            List<Candidate> candidates = new ArrayList<>(heap);
            candidates.sort(NEWEST_FIRST.reversed());
            List<TrackPoint> points = new ArrayList<>(candidates.size());
            for (Candidate c : candidates) {
                points.add(c.point());
            }
            return points;
        }
    }

    /**
     * Deletes every track segment whose latest point is older than {@code cutoff}, a few thousand per
     * transaction so that nothing waits long; a segment that straddles the cutoff is kept whole.
     * Returns the number of points deleted. Checkpoints wait until it is done.
     */
    @Override
    public long purgeBefore(Instant cutoff) {
        long cutoffMs = Millis.ceil(cutoff);
        checkpointLock.lock();
        try {
            // Everything in memory goes to the tables first, so that the log cannot bring purged points back.
            checkpointLocked();
            long deleted;
            commitLock.lock();
            try {
                deleted = segments.dropOlderThan(cutoffMs);
            } finally {
                commitLock.unlock();
            }
            return deleted + deleteSegmentsBefore(cutoffMs, cutoff);
        } finally {
            checkpointLock.unlock();
        }
    }

    private long deleteSegmentsBefore(long cutoffMs, Instant cutoff) {
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
                if (!candidates.isEmpty()) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM track_segment WHERE segment_id = ?")) {
                        for (long[] candidate : candidates) {
                            ps.setLong(1, candidate[0]);
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                }
                c.commit();
                for (long[] candidate : candidates) {
                    deleted += candidate[1];
                }
                if (candidates.size() < PURGE_ROWS_PER_TRANSACTION || closing) {
                    // Closing: the rest waits for the next purge rather than delaying the shutdown.
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

    // ---- closing

    /**
     * Writes the last checkpoint and closes the connection pool.
     *
     * @throws StoreException when the last checkpoint fails (nothing is lost: the next open replays
     *     the commit log)
     */
    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        checkpointWanted.release();
        try {
            checkpointer.join(Duration.ofMinutes(1));
            checkpoint();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while closing the store; the next open replays the commit log", e);
        } finally {
            pool.close();
        }
    }

    /** Closes the pool without a last checkpoint, as a crash would leave the database (for tests). */
    void abandon() {
        closing = true;
        checkpointWanted.release();
        try {
            checkpointer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.close();
    }
}
