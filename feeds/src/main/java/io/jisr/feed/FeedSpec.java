package io.jisr.feed;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** How a feed's lines arrive: one record per kind of feed. */
public sealed interface FeedSpec {

    /** Returns a short name for the kind, for status and metrics: {@code tcp-client}, {@code tcp-server}, {@code udp}, {@code file}. */
    String kind();

    /**
     * Connects to an NMEA server (a receiver, an aggregator, {@code jisr replay}) and reads its lines;
     * reconnects after any failure with capped exponential back-off, for as long as the feed runs.
     *
     * @param host the server's host name or address
     * @param port the server's TCP port, 1 to 65535
     */
    record TcpClient(String host, int port) implements FeedSpec {

        /** Checks the host and port. */
        public TcpClient {
            requireHost(host, "host");
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("TCP client port must be within 1..65535, was " + port);
            }
        }

        @Override
        public String kind() {
            return "tcp-client";
        }
    }

    /**
     * Listens for receivers that connect and push lines; many at once, each with its own decoder.
     *
     * @param bindHost the local address to listen on ({@code 0.0.0.0} for all, {@code 127.0.0.1} for
     *     this machine only)
     * @param port the TCP port, 0 to 65535; 0 picks a free port (see {@link FeedStatus#localAddress()})
     */
    record TcpServer(String bindHost, int port) implements FeedSpec {

        /** Checks the address and port. */
        public TcpServer {
            requireHost(bindHost, "bind host");
            requireLocalPort(port, "TCP server");
        }

        @Override
        public String kind() {
            return "tcp-server";
        }
    }

    /**
     * Receives UDP datagrams, each holding one or more lines, with one decoder per sender.
     *
     * @param bindHost without a multicast group, the local address to listen on; with one, the address
     *     of the interface to join the group on ({@code 0.0.0.0}: every interface that is up and
     *     supports multicast)
     * @param port the UDP port, 0 to 65535; 0 picks a free port
     * @param multicastGroup the group to join (such as {@code 239.192.0.1}); empty for unicast
     */
    record Udp(String bindHost, int port, Optional<String> multicastGroup) implements FeedSpec {

        /** Checks the address, port and group. */
        public Udp {
            requireHost(bindHost, "bind host");
            requireLocalPort(port, "UDP");
            Objects.requireNonNull(multicastGroup, "multicast group must not be null; use Optional.empty()");
            multicastGroup.ifPresent(g -> requireHost(g, "multicast group"));
        }

        @Override
        public String kind() {
            return "udp";
        }
    }

    /**
     * Replays a recorded file, plain or gzip (recognised by its first bytes).
     *
     * @param file the recording
     * @param speed 0 to replay as fast as possible; otherwise the recorded pace (from the messages' own
     *     times, {@link io.jisr.ais.Reception#receivedAt()}) times this factor
     * @param startAfterLine lines up to and including this one are not delivered again: the cursor the
     *     node committed; 0 to start at the beginning
     */
    record FileReplay(Path file, double speed, long startAfterLine) implements FeedSpec {

        /** Checks the speed and starting line. */
        public FileReplay {
            Objects.requireNonNull(file, "replay file must not be null");
            if (!(speed >= 0) || Double.isInfinite(speed)) {
                throw new IllegalArgumentException(
                        "replay speed must be 0 (as fast as possible) or a positive factor, was " + speed);
            }
            if (startAfterLine < 0) {
                throw new IllegalArgumentException("replay start line must not be negative, was " + startAfterLine);
            }
        }

        @Override
        public String kind() {
            return "file";
        }
    }

    private static void requireHost(String host, String what) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank, was \"" + host + "\"");
        }
    }

    private static void requireLocalPort(int port, String what) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(
                    what + " port must be within 0..65535 (0 for any free port), was " + port);
        }
    }
}
