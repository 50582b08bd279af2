package io.jisr.feed;

import static io.jisr.feed.Loopback.HOST;
import static io.jisr.feed.Loopback.awaitStatus;
import static io.jisr.feed.Loopback.sentences;
import static io.jisr.feed.Loopback.startListening;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.jisr.ais.message.AisMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class UdpFeedTest {

    /** An administratively scoped group (RFC 2365); datagrams are sent with TTL 0, so they stay on this host. */
    static final String GROUP = "239.255.73.74";

    final FakeTime time = new FakeTime();
    final CollectingSink sink = new CollectingSink();
    final Feeds feeds = new Feeds(sink, FeedOptions.defaults(), time, time);

    @AfterEach
    void stopFeeds() {
        feeds.close();
    }

    static DatagramChannel loopbackSender() throws IOException {
        DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
        channel.bind(new InetSocketAddress(HOST, 0));
        return channel;
    }

    static void send(DatagramChannel channel, String text, InetSocketAddress to) throws IOException {
        channel.send(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)), to);
    }

    @Test
    void udp_twoSendersWithSeveralLinesPerDatagram_decodesEachSenderOnItsOwn() throws IOException {
        String good = Corpus.lines("gpsd/sample.aivdm.nmea").getFirst();
        List<String> a = sentences(0);
        List<String> b = sentences(1);
        InetSocketAddress address =
                startListening(feeds, new Feed("radio", "DZA", new FeedSpec.Udp(HOST, 0, Optional.empty())));

        try (DatagramChannel first = loopbackSender();
                DatagramChannel second = loopbackSender()) {
            // The last line of a datagram needs no terminator; a multi-sentence message may span datagrams.
            send(first, good + "\r\n" + a.get(0).strip(), address);
            awaitStatus(feeds, "radio", s -> s.lines() == 2);
            send(second, b.get(0), address);
            awaitStatus(feeds, "radio", s -> s.lines() == 3);
            send(first, a.get(1), address);
            awaitStatus(feeds, "radio", s -> s.lines() == 4);
            send(second, b.get(1).strip(), address);
            FeedStatus status = awaitStatus(feeds, "radio", s -> s.messages() == 3);

            List<AisMessage> expected =
                    new ArrayList<>(Corpus.decode(List.of(good)).messages());
            expected.addAll(Loopback.TWO_STATIC);
            assertThat(sink.messages()).isEqualTo(expected);
            assertThat(status.errors()).isEmpty();
            assertThat(status.connections()).isEqualTo(2);
            assertThat(status.openConnections()).isEqualTo(2);
            assertThat(status.lines()).isEqualTo(5);
        }
    }

    /**
     * Sends one probe datagram to {@link #GROUP} over the loopback interface; returns why that does not
     * work here, or empty when it does.
     */
    static Optional<String> multicastOnLoopbackRefusal() {
        try (DatagramChannel receiver = DatagramChannel.open(StandardProtocolFamily.INET);
                DatagramChannel sender = DatagramChannel.open(StandardProtocolFamily.INET)) {
            InetAddress group = InetAddress.getByName(GROUP);
            NetworkInterface lo = NetworkInterface.getByInetAddress(InetAddress.getByName(HOST));
            receiver.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            receiver.bind(new InetSocketAddress(group, 0));
            receiver.join(group, lo);
            receiver.configureBlocking(false);
            sender.setOption(StandardSocketOptions.IP_MULTICAST_IF, lo);
            sender.setOption(StandardSocketOptions.IP_MULTICAST_TTL, 0);
            sender.bind(new InetSocketAddress(HOST, 0));
            int port = ((InetSocketAddress) receiver.getLocalAddress()).getPort();
            sender.send(ByteBuffer.wrap(new byte[] {'?'}), new InetSocketAddress(group, port));
            ByteBuffer in = ByteBuffer.allocate(8);
            for (int i = 0; i < 200; i++) {
                if (receiver.receive(in) != null) {
                    return Optional.empty();
                }
                Thread.sleep(10);
            }
            return Optional.of("a datagram sent to " + GROUP + " on " + lo.getName() + " did not arrive within 2 s");
        } catch (IOException | RuntimeException e) {
            return Optional.of("the kernel refused multicast on the loopback interface: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    @Test
    void udp_multicastGroupOnLoopback_receivesTheGroupsDatagrams() throws IOException {
        Optional<String> refusal = multicastOnLoopbackRefusal();
        if (refusal.isPresent() && "true".equals(System.getenv("CI"))) {
            fail("CI must be able to test multicast, but " + refusal.get());
        }
        // Binding and joining are exercised even where delivery cannot be.
        feeds.start(new Feed("multicast", "DZA", new FeedSpec.Udp(HOST, 0, Optional.of(GROUP))));
        FeedStatus started = awaitStatus(
                feeds,
                "multicast",
                s -> s.state() == FeedState.LISTENING || s.lastError().isPresent());
        Assumptions.assumeTrue(
                refusal.isEmpty(),
                () -> "multicast delivery on loopback is not testable on this machine (" + refusal.orElseThrow()
                        + "); the feed "
                        + (started.state() == FeedState.LISTENING
                                ? "did bind and join the group"
                                : "reported: " + started.lastError().orElseThrow()));
        assertThat(started.state()).isEqualTo(FeedState.LISTENING);
        InetSocketAddress address = started.localAddress().orElseThrow();
        assertThat(address.getAddress().getHostAddress()).isEqualTo(GROUP);

        List<String> lines = Corpus.lines("gpsd/sample.aivdm.nmea").subList(0, 10);
        try (DatagramChannel sender = loopbackSender()) {
            NetworkInterface lo = NetworkInterface.getByInetAddress(InetAddress.getByName(HOST));
            sender.setOption(StandardSocketOptions.IP_MULTICAST_IF, lo);
            sender.setOption(StandardSocketOptions.IP_MULTICAST_TTL, 0);
            send(sender, String.join("\n", lines), address);

            List<AisMessage> expected = Corpus.decode(lines).messages();
            FeedStatus status = awaitStatus(feeds, "multicast", s -> s.messages() == expected.size());
            assertThat(sink.messages()).isEqualTo(expected);
            assertThat(status.lines()).isEqualTo(10);
        }
    }

    @Test
    void udp_groupThatIsNotMulticast_failsSayingSo() {
        feeds.start(new Feed("wrong", "DZA", new FeedSpec.Udp(HOST, 0, Optional.of(HOST))));

        FeedStatus status = awaitStatus(feeds, "wrong", s -> s.state() == FeedState.FAILED);

        assertThat(status.lastError())
                .contains("feed \"wrong\" stopped by java.lang.IllegalArgumentException: UDP feed \"wrong\": "
                        + "multicast group \"127.0.0.1\" is not a multicast address");
    }

    @Test
    void udp_addressInUse_backsOffAndSaysWhy() throws IOException {
        try (DatagramChannel taken = loopbackSender()) {
            int port = ((InetSocketAddress) taken.getLocalAddress()).getPort();
            List<Duration> waits = new ArrayList<>();
            Sleeper stall = d -> {
                synchronized (waits) {
                    waits.add(d);
                }
                Thread.sleep(Duration.ofMinutes(10));
            };
            try (Feeds busy = new Feeds(sink, FeedOptions.defaults(), time, stall)) {
                busy.start(new Feed("busy", "DZA", new FeedSpec.Udp(HOST, port, Optional.empty())));

                FeedStatus status = awaitStatus(busy, "busy", s -> s.state() == FeedState.BACKING_OFF);

                assertThat(status.lastError())
                        .contains("cannot receive UDP on " + HOST + ":" + port + ": Address already in use");
                assertThat(status.backOff()).isEqualTo(Duration.ofSeconds(1));
            }
        }
    }
}
