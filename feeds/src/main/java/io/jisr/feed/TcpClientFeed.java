package io.jisr.feed;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A {@link FeedSpec.TcpClient}: connects, reads, and after any failure backs off and connects again. */
final class TcpClientFeed extends RunningFeed {
    private final FeedSpec.TcpClient spec;
    private final String where;

    TcpClientFeed(
            Feed feed,
            FeedSpec.TcpClient spec,
            FeedSink sink,
            FeedOptions options,
            InstantSource clock,
            Sleeper sleeper) {
        super(feed, sink, options, clock, sleeper);
        this.spec = spec;
        this.where = spec.host() + ":" + spec.port();
    }

    @Override
    void run() throws InterruptedException {
        BackOff backOff = new BackOff(options.backOffInitial(), options.backOffMax());
        boolean again = false;
        while (!stopping) {
            if (again) {
                counters.reconnecting();
            }
            again = true;
            counters.state(FeedState.CONNECTING);
            Instant connectedAt = null;
            Socket socket = track(new Socket());
            try {
                socket.connect(new InetSocketAddress(spec.host(), spec.port()), millis(options.connectTimeout()));
                socket.setSoTimeout(millis(options.idleTimeout()));
                socket.setKeepAlive(true);
                connectedAt = clock.instant();
                counters.opened();
                counters.state(FeedState.CONNECTED);
                try {
                    StreamDecoder decoder = liveDecoder();
                    pump(socket.getInputStream(), decoder);
                    counters.failure("connection to " + where + " closed by the server after " + decoder.lineNumber()
                            + " lines");
                } finally {
                    counters.closed();
                }
            } catch (SocketTimeoutException e) {
                counters.failure(
                        connectedAt == null
                                ? "cannot connect to " + where + ": no answer within " + options.connectTimeout()
                                : "no data from " + where + " for " + options.idleTimeout() + "; reconnecting");
            } catch (IOException e) {
                if (stopping) {
                    break;
                }
                counters.failure((connectedAt == null ? "cannot connect to " : "connection to ")
                        + where
                        + (connectedAt == null ? ": " : " lost: ")
                        + describe(e));
            } finally {
                release(socket);
            }
            if (stopping) {
                break;
            }
            if (connectedAt != null
                    && Duration.between(connectedAt, clock.instant()).compareTo(options.healthyAfter()) >= 0) {
                backOff.reset();
            }
            backOff(backOff);
        }
    }

    static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
    }
}
