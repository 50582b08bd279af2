package io.jisr.feed;

import io.jisr.ais.DecoderOptions;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings shared by the feeds of one {@link Feeds}.
 *
 * @param decoder options of every connection's decoder; its {@link DecoderOptions#maxLineLength()} is
 *     also the longest line a feed reads (longer ones are counted and skipped)
 * @param backOffInitial the wait after the first failure of a TCP client's connection, or of binding a
 *     server or UDP address
 * @param backOffMax the longest wait: each consecutive failure doubles the wait up to this
 * @param healthyAfter a TCP client connection that lasted this long resets the wait to
 *     {@code backOffInitial}
 * @param connectTimeout how long a TCP client waits for the server to accept
 * @param idleTimeout a TCP connection with no bytes for this long is closed (and a client reconnects)
 * @param maxConnections the most connections one TCP server feed holds; more are refused and counted
 * @param maxUdpSenders the most UDP senders one UDP feed keeps a decoder for; the least recently heard
 *     is forgotten beyond this
 * @param rateWindow the sliding window over which lines and messages per second are computed
 * @param resumeLookbackLines how many lines before a file replay's cursor are read again, delivering
 *     nothing, so that multi-sentence messages straddling the cursor are reassembled
 * @param stopTimeout how long stopping a feed waits for its threads to end
 */
public record FeedOptions(
        DecoderOptions decoder,
        Duration backOffInitial,
        Duration backOffMax,
        Duration healthyAfter,
        Duration connectTimeout,
        Duration idleTimeout,
        int maxConnections,
        int maxUdpSenders,
        Duration rateWindow,
        int resumeLookbackLines,
        Duration stopTimeout) {

    /** Checks the settings. */
    public FeedOptions {
        Objects.requireNonNull(decoder, "decoder options must not be null");
        requirePositive(backOffInitial, "initial back-off");
        requirePositive(backOffMax, "maximum back-off");
        if (backOffMax.compareTo(backOffInitial) < 0) {
            throw new IllegalArgumentException("maximum back-off must not be shorter than the initial back-off ("
                    + backOffInitial + "), was " + backOffMax);
        }
        requirePositive(healthyAfter, "healthy connection time");
        requirePositive(connectTimeout, "connect timeout");
        requirePositive(idleTimeout, "idle timeout");
        if (maxConnections < 1) {
            throw new IllegalArgumentException("max connections must be at least 1, was " + maxConnections);
        }
        if (maxUdpSenders < 1) {
            throw new IllegalArgumentException("max UDP senders must be at least 1, was " + maxUdpSenders);
        }
        if (rateWindow.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("rate window must be at least 1 s, was " + rateWindow);
        }
        if (resumeLookbackLines < 0) {
            throw new IllegalArgumentException("resume look-back must not be negative, was " + resumeLookbackLines);
        }
        requirePositive(stopTimeout, "stop timeout");
    }

    /**
     * Default decoder options; back-off from 1 s doubling to 60 s, reset after 30 s connected; connect
     * within 10 s; idle 5 minutes; 64 connections or UDP senders; rates over 10 s; 1,000 lines of
     * look-back; 10 s to stop.
     */
    public static FeedOptions defaults() {
        return new FeedOptions(
                DecoderOptions.defaults(),
                Duration.ofSeconds(1),
                Duration.ofSeconds(60),
                Duration.ofSeconds(30),
                Duration.ofSeconds(10),
                Duration.ofMinutes(5),
                64,
                64,
                Duration.ofSeconds(10),
                1000,
                Duration.ofSeconds(10));
    }

    /** Returns these options with other decoder options. */
    public FeedOptions withDecoder(DecoderOptions options) {
        return new FeedOptions(
                options,
                backOffInitial,
                backOffMax,
                healthyAfter,
                connectTimeout,
                idleTimeout,
                maxConnections,
                maxUdpSenders,
                rateWindow,
                resumeLookbackLines,
                stopTimeout);
    }

    /** Returns these options with another back-off: {@code initial}, doubling up to {@code max}. */
    public FeedOptions withBackOff(Duration initial, Duration max) {
        return new FeedOptions(
                decoder,
                initial,
                max,
                healthyAfter,
                connectTimeout,
                idleTimeout,
                maxConnections,
                maxUdpSenders,
                rateWindow,
                resumeLookbackLines,
                stopTimeout);
    }

    /** Returns these options with another limit of connections per TCP server feed. */
    public FeedOptions withMaxConnections(int max) {
        return new FeedOptions(
                decoder,
                backOffInitial,
                backOffMax,
                healthyAfter,
                connectTimeout,
                idleTimeout,
                max,
                maxUdpSenders,
                rateWindow,
                resumeLookbackLines,
                stopTimeout);
    }

    private static void requirePositive(Duration d, String what) {
        Objects.requireNonNull(d, what + " must not be null");
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, was " + d);
        }
    }
}
