package io.jisr.feed;

import io.jisr.ais.ErrorKind;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one feed is doing and has done, at one moment. Counters start at zero when the feed starts.
 *
 * @param id the feed's id
 * @param owner whose data the feed carries
 * @param spec how the feed's lines arrive
 * @param state what the feed is doing now
 * @param localAddress the address a TCP server or UDP feed is bound to (with the real port when 0 was
 *     asked for); empty for other kinds or while not bound
 * @param openConnections TCP connections open now (a client: 0 or 1), or UDP senders tracked now
 * @param connections TCP connections established or accepted so far, or UDP senders first heard
 * @param refusedConnections connections a TCP server closed at once because it held
 *     {@link FeedOptions#maxConnections()}
 * @param reconnectAttempts how many times a TCP client tried again after a failure, or a server or UDP
 *     feed tried again to bind
 * @param backOff the wait in progress while {@link FeedState#BACKING_OFF}; zero otherwise
 * @param lines lines read and delivered (for a resumed replay, those after the cursor), including
 *     over-long ones
 * @param bytes bytes read, line terminators included
 * @param messages messages decoded and handed to the sink
 * @param errors errors by kind, as handed to the sink; only kinds that occurred
 * @param otherLines lines holding no AIS sentence (other NMEA, comments, blank lines, short garbage)
 * @param truncatedLines partial lines lost because a connection closed in the middle of them
 * @param lastLineNumber for a file replay, the last line completely delivered (the cursor to commit);
 *     otherwise the last line number of the most recently read connection
 * @param lastError the most recent failure, in words: a lost connection, a refused bind, an unreadable
 *     file; empty while none has happened
 * @param lastErrorAt when {@code lastError} happened
 * @param lastLineAt when the last line arrived
 * @param lastMessageAt when the last message arrived
 * @param linesPerSecond lines per second over the last {@link FeedOptions#rateWindow()}
 * @param messagesPerSecond messages per second over the last {@link FeedOptions#rateWindow()}
 */
public record FeedStatus(
        String id,
        String owner,
        FeedSpec spec,
        FeedState state,
        Optional<InetSocketAddress> localAddress,
        int openConnections,
        long connections,
        long refusedConnections,
        long reconnectAttempts,
        Duration backOff,
        long lines,
        long bytes,
        long messages,
        Map<ErrorKind, Long> errors,
        long otherLines,
        long truncatedLines,
        long lastLineNumber,
        Optional<String> lastError,
        Optional<Instant> lastErrorAt,
        Optional<Instant> lastLineAt,
        Optional<Instant> lastMessageAt,
        double linesPerSecond,
        double messagesPerSecond) {

    /** Copies the error counts, keeping them in {@link ErrorKind} order. */
    public FeedStatus {
        EnumMap<ErrorKind, Long> copy = new EnumMap<>(ErrorKind.class);
        copy.putAll(errors);
        errors = Collections.unmodifiableMap(copy);
    }

    /** Returns the number of errors of one kind. */
    public long errors(ErrorKind kind) {
        return errors.getOrDefault(kind, 0L);
    }

    /** Returns the number of errors that lost data (see {@link ErrorKind#dropsData()}). */
    public long droppingErrors() {
        return errors.entrySet().stream()
                .filter(e -> e.getKey().dropsData())
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
