package io.jisr.feed;

import io.jisr.ais.ErrorKind;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/** The live counters and state of one feed, written by its threads and read as a {@link FeedStatus}. */
final class FeedCounters {
    private static final ErrorKind[] KINDS = ErrorKind.values();

    private final Feed feed;
    private final InstantSource clock;
    private final LongAdder lines = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder messages = new LongAdder();
    private final LongAdder otherLines = new LongAdder();
    private final LongAdder truncatedLines = new LongAdder();
    private final LongAdder connections = new LongAdder();
    private final LongAdder refusedConnections = new LongAdder();
    private final LongAdder reconnectAttempts = new LongAdder();
    private final AtomicLongArray errors = new AtomicLongArray(KINDS.length);
    private final AtomicInteger openConnections = new AtomicInteger();
    private final RateMeter rates;

    private volatile FeedState state = FeedState.STARTING;
    private volatile Optional<InetSocketAddress> localAddress = Optional.empty();
    private volatile Duration backOff = Duration.ZERO;
    private volatile long lastLineNumber;
    private volatile Optional<String> lastError = Optional.empty();
    private volatile Optional<Instant> lastErrorAt = Optional.empty();
    private volatile Instant lastLineAt;
    private volatile Instant lastMessageAt;

    FeedCounters(Feed feed, InstantSource clock, Duration rateWindow) {
        this.feed = feed;
        this.clock = clock;
        this.rates = new RateMeter(rateWindow.toMillis(), lines::sum, messages::sum);
        rates.tick(clock.millis());
    }

    void state(FeedState newState) {
        state = newState;
        if (newState != FeedState.BACKING_OFF) {
            backOff = Duration.ZERO;
        }
    }

    FeedState state() {
        return state;
    }

    void backingOff(Duration wait) {
        backOff = wait;
        state = FeedState.BACKING_OFF;
    }

    void localAddress(Optional<InetSocketAddress> address) {
        localAddress = address;
    }

    void failure(String text) {
        lastErrorAt = Optional.of(clock.instant());
        lastError = Optional.of(text);
    }

    void line(Instant arrival) {
        lines.increment();
        lastLineAt = arrival;
        rates.tick(arrival.toEpochMilli());
    }

    void lineNumber(long lineNumber) {
        lastLineNumber = lineNumber;
    }

    void message(Instant arrival) {
        messages.increment();
        lastMessageAt = arrival;
    }

    void error(ErrorKind kind) {
        errors.incrementAndGet(kind.ordinal());
    }

    void bytes(long n) {
        bytes.add(n);
    }

    void otherLines(long n) {
        otherLines.add(n);
    }

    void truncatedLine() {
        truncatedLines.increment();
    }

    void opened() {
        connections.increment();
        openConnections.incrementAndGet();
    }

    void closed() {
        openConnections.decrementAndGet();
    }

    int openConnections() {
        return openConnections.get();
    }

    void refused() {
        refusedConnections.increment();
    }

    void reconnecting() {
        reconnectAttempts.increment();
    }

    FeedStatus snapshot() {
        double[] perSecond = rates.perSecond(clock.millis());
        Map<ErrorKind, Long> byKind = new EnumMap<>(ErrorKind.class);
        for (ErrorKind kind : KINDS) {
            long n = errors.get(kind.ordinal());
            if (n > 0) {
                byKind.put(kind, n);
            }
        }
        return new FeedStatus(
                feed.id(),
                feed.owner(),
                feed.spec(),
                state,
                localAddress,
                openConnections.get(),
                connections.sum(),
                refusedConnections.sum(),
                reconnectAttempts.sum(),
                backOff,
                lines.sum(),
                bytes.sum(),
                messages.sum(),
                byKind,
                otherLines.sum(),
                truncatedLines.sum(),
                lastLineNumber,
                lastError,
                lastErrorAt,
                Optional.ofNullable(lastLineAt),
                Optional.ofNullable(lastMessageAt),
                perSecond[0],
                perSecond[1]);
    }
}
