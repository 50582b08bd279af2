package io.jisr.store;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where and how the store keeps its data.
 *
 * @param jdbcUrl the database: {@code jdbc:h2:file:...} (embedded) or {@code jdbc:postgresql:...}
 * @param user database user
 * @param password database password (never printed by {@link #toString()})
 * @param poolSize most connections held open: commits, checkpoints and queries (at least 2)
 * @param segmentPoints most points in one stored track segment (2 to 1,000; default 128)
 * @param checkpointInterval how often the commit log is written into the vessel and track tables
 *     (default 60 s; sooner when 64 MB of log have accumulated); a crash replays at most this much log
 *     on the next start
 */
public record StoreSettings(
        String jdbcUrl, String user, String password, int poolSize, int segmentPoints, Duration checkpointInterval) {

    /** The connection pool size of the factories: a commit, a checkpoint and two queries at once. */
    public static final int DEFAULT_POOL_SIZE = 4;

    /** The segment size of the factories (see {@code docs/decisions/0001-track-storage.md}). */
    public static final int DEFAULT_SEGMENT_POINTS = 128;

    /** The checkpoint interval of the factories. */
    public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(60);

    /**
     * The H2 connection options: PostgreSQL compatibility, so one schema and one set of queries serve
     * both databases; and {@code WRITE_DELAY=0}, so that a commit is written to the file before it returns.
     * H2's default (500 ms) writes commits in the background: a process killed in between lost every
     * commit of the last half second, though each had returned (H2CrashDurabilityTest; it cost a partner the
     * records whose sequences a restarted node gave again). The price is a file write per commit, which is
     * why writers batch their commits.
     */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    /** Checks the settings. */
    public StoreSettings {
        if (jdbcUrl == null || !(jdbcUrl.startsWith("jdbc:h2:") || jdbcUrl.startsWith("jdbc:postgresql:"))) {
            throw new IllegalArgumentException(
                    "store JDBC URL must start with jdbc:h2: or jdbc:postgresql:, was " + jdbcUrl);
        }
        if (user == null || password == null) {
            throw new IllegalArgumentException("store user and password must be given (may be empty), were "
                    + (user == null ? "null" : "\"" + user + "\"") + " and " + (password == null ? "null" : "***"));
        }
        if (poolSize < 2) {
            throw new IllegalArgumentException("store pool size must be at least 2, was " + poolSize);
        }
        if (segmentPoints < 2 || segmentPoints > 1000) {
            throw new IllegalArgumentException(
                    "track segment size must be within 2..1000 points, was " + segmentPoints);
        }
        if (checkpointInterval == null || checkpointInterval.isNegative() || checkpointInterval.isZero()) {
            throw new IllegalArgumentException("checkpoint interval must be positive, was " + checkpointInterval);
        }
    }

    /**
     * Returns settings for the embedded H2 database {@code jisr} in {@code dataDirectory}.
     *
     * <p>The file is opened through H2's {@code retry:} file system, which reopens the file channel when
     * an interrupt closed it. On a plain channel, one interrupted thread in the middle of a read closes
     * the file for every thread and H2 fails from then on until the database is reopened ("Reading from
     * file … failed … (length -1)": {@code H2InterruptTest}).
     */
    public static StoreSettings h2(Path dataDirectory) {
        return new StoreSettings(
                "jdbc:h2:retry:" + dataDirectory.toAbsolutePath().resolve("jisr") + H2_OPTIONS,
                "jisr",
                "",
                DEFAULT_POOL_SIZE,
                DEFAULT_SEGMENT_POINTS,
                DEFAULT_CHECKPOINT_INTERVAL);
    }

    /** Returns settings for a PostgreSQL database. */
    public static StoreSettings postgres(String jdbcUrl, String user, String password) {
        return new StoreSettings(
                jdbcUrl, user, password, DEFAULT_POOL_SIZE, DEFAULT_SEGMENT_POINTS, DEFAULT_CHECKPOINT_INTERVAL);
    }

    /** Returns these settings with another pool size. */
    public StoreSettings withPoolSize(int size) {
        return new StoreSettings(jdbcUrl, user, password, size, segmentPoints, checkpointInterval);
    }

    /** Returns these settings with another segment size. */
    public StoreSettings withSegmentPoints(int points) {
        return new StoreSettings(jdbcUrl, user, password, poolSize, points, checkpointInterval);
    }

    /** Returns these settings with another checkpoint interval. */
    public StoreSettings withCheckpointInterval(Duration interval) {
        return new StoreSettings(jdbcUrl, user, password, poolSize, segmentPoints, interval);
    }

    /** Returns these settings with {@code options} appended to the JDBC URL. */
    public StoreSettings withUrlOptions(String options) {
        return new StoreSettings(jdbcUrl + options, user, password, poolSize, segmentPoints, checkpointInterval);
    }

    /** Returns whether the database is PostgreSQL. */
    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** Describes the settings without the password. */
    @Override
    public String toString() {
        return "StoreSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=***, poolSize=" + poolSize
                + ", segmentPoints=" + segmentPoints + ", checkpointInterval=" + checkpointInterval + "]";
    }
}
