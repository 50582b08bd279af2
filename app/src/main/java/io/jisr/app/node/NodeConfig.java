package io.jisr.app.node;

import io.jisr.feed.FeedSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything a node needs to start, read from {@code jisr.yaml}, the environment and the command
 * line (in that order of increasing precedence). Every setting has a default, so an empty
 * configuration starts a working node.
 *
 * @param nodeId this node's name, the owner of its feeds
 * @param httpHost address the HTTP API binds to (loopback by default)
 * @param httpPort port of the HTTP API (0 picks a free one)
 * @param dataDirectory where the embedded database and extracted demo data live
 * @param database where history and the vessel registry are stored
 * @param maxPlausibleSpeedKnots reports implying a faster move are suspect
 * @param staleAfter a vessel not heard for this long is stale
 * @param duplicateWindow copies of one transmission within this window are applied once
 * @param retention history older than this is purged
 * @param feeds the configured feeds
 * @param demo whether to replay the bundled recording when no feed is configured
 */
public record NodeConfig(
        String nodeId,
        String httpHost,
        int httpPort,
        Path dataDirectory,
        Database database,
        double maxPlausibleSpeedKnots,
        Duration staleAfter,
        Duration duplicateWindow,
        Duration retention,
        List<FeedConfig> feeds,
        boolean demo) {

    /**
     * The database: the embedded H2 file in the data directory when {@code url} is empty, else the
     * JDBC URL given (PostgreSQL).
     *
     * @param url JDBC URL, empty for the embedded default
     * @param user database user
     * @param password database password
     * @param poolSize connections in the pool
     */
    public record Database(Optional<String> url, String user, String password, int poolSize) {}

    /**
     * One feed.
     *
     * @param id unique feed id
     * @param spec what and where
     */
    public record FeedConfig(String id, FeedSpec spec) {}

    /** Copies the feed list. */
    public NodeConfig {
        feeds = List.copyOf(feeds);
    }
}
