package io.jisr.app.http;

import io.jisr.ais.ErrorKind;
import io.jisr.feed.FeedSpec;
import io.jisr.feed.FeedStatus;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One feed's status as the API shows it. Counters count from the feed's start.
 *
 * @param id the feed's id
 * @param owner whose data it carries
 * @param source how its lines arrive
 * @param state what it is doing now ({@code CONNECTED}, {@code BACKING_OFF}, ...)
 * @param localAddress the bound address of a TCP server or UDP feed, {@code host:port}
 * @param openConnections connections (or UDP senders) open now
 * @param connections connections made or accepted so far
 * @param refusedConnections connections a TCP server refused at its limit
 * @param reconnectAttempts retries after failures
 * @param backOffSeconds the wait in progress while backing off
 * @param lines lines read
 * @param bytes bytes read
 * @param messages messages decoded
 * @param errors errors by kind; only kinds that occurred
 * @param otherLines lines holding no AIS sentence
 * @param truncatedLines partial lines lost to a closed connection
 * @param lastLineNumber the last line fully delivered
 * @param lastError the most recent failure, in words
 * @param lastErrorAt when it happened
 * @param lastLineAt when the last line arrived
 * @param lastMessageAt when the last message arrived
 * @param linesPerSecond recent line rate
 * @param messagesPerSecond recent message rate
 */
record FeedJson(
        String id,
        String owner,
        SourceJson source,
        String state,
        String localAddress,
        int openConnections,
        long connections,
        long refusedConnections,
        long reconnectAttempts,
        Double backOffSeconds,
        long lines,
        long bytes,
        long messages,
        Map<String, Long> errors,
        long otherLines,
        long truncatedLines,
        long lastLineNumber,
        String lastError,
        Instant lastErrorAt,
        Instant lastLineAt,
        Instant lastMessageAt,
        double linesPerSecond,
        double messagesPerSecond) {

    /**
     * Where a feed's lines come from.
     *
     * @param kind {@code tcp-client}, {@code tcp-server}, {@code udp} or {@code file}
     * @param host the server to connect to, or the address bound
     * @param port the port
     * @param multicastGroup the UDP multicast group joined
     * @param file the replayed file
     * @param speed the replay speed factor (0: as fast as possible)
     */
    record SourceJson(String kind, String host, Integer port, String multicastGroup, String file, Double speed) {}

    static FeedJson of(FeedStatus s) {
        Map<String, Long> errors = new LinkedHashMap<>();
        for (Map.Entry<ErrorKind, Long> e : s.errors().entrySet()) {
            errors.put(e.getKey().name(), e.getValue());
        }
        return new FeedJson(
                s.id(),
                s.owner(),
                source(s.spec()),
                s.state().name(),
                s.localAddress().map(FeedJson::address).orElse(null),
                s.openConnections(),
                s.connections(),
                s.refusedConnections(),
                s.reconnectAttempts(),
                s.backOff().isZero() ? null : s.backOff().toMillis() / 1000.0,
                s.lines(),
                s.bytes(),
                s.messages(),
                errors,
                s.otherLines(),
                s.truncatedLines(),
                s.lastLineNumber(),
                s.lastError().orElse(null),
                s.lastErrorAt().orElse(null),
                s.lastLineAt().orElse(null),
                s.lastMessageAt().orElse(null),
                s.linesPerSecond(),
                s.messagesPerSecond());
    }

    private static SourceJson source(FeedSpec spec) {
        return switch (spec) {
            case FeedSpec.TcpClient c -> new SourceJson(c.kind(), c.host(), c.port(), null, null, null);
            case FeedSpec.TcpServer t -> new SourceJson(t.kind(), t.bindHost(), t.port(), null, null, null);
            case FeedSpec.Udp u ->
                new SourceJson(
                        u.kind(), u.bindHost(), u.port(), u.multicastGroup().orElse(null), null, null);
            case FeedSpec.FileReplay f ->
                new SourceJson(f.kind(), null, null, null, f.file().toString(), f.speed());
        };
    }

    private static String address(InetSocketAddress a) {
        return a.getHostString() + ":" + a.getPort();
    }
}
