package io.jisr.feed;

import static io.jisr.feed.Loopback.HOST;
import static io.jisr.feed.Loopback.awaitStatus;
import static io.jisr.feed.Loopback.send;
import static io.jisr.feed.Loopback.sentences;
import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.ErrorKind;
import io.jisr.ais.message.AisMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TcpClientFeedTest {

    final FakeTime time = new FakeTime();
    final CollectingSink sink = new CollectingSink();
    final Feeds feeds = new Feeds(sink, FeedOptions.defaults(), time, time);
    final BlockingQueue<Socket> accepted = new LinkedBlockingQueue<>();
    final List<Socket> toClose = new ArrayList<>();
    ServerSocket server;

    @AfterEach
    void stopAll() throws IOException {
        feeds.close();
        for (Socket s : toClose) {
            s.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** A scripted NMEA server on 127.0.0.1: the test takes each accepted connection from the queue. */
    int startTestServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getByName(HOST));
        Thread.ofVirtual().start(() -> {
            try {
                while (true) {
                    accepted.add(server.accept());
                }
            } catch (IOException e) {
                // The test closed the server.
            }
        });
        return server.getLocalPort();
    }

    Socket nextConnection() throws InterruptedException {
        Socket s = accepted.poll(10, TimeUnit.SECONDS);
        assertThat(s).as("the feed connected again").isNotNull();
        toClose.add(s);
        return s;
    }

    @Test
    void client_serverSendsGarbageAndDropsMidSentence_backsOffReconnectsAndGoodDataFlows() throws Exception {
        List<String> corpus = Corpus.lines("gpsd/sample.aivdm.nmea").subList(0, 30);
        String good = corpus.get(0);
        String badChecksum = good.substring(0, good.length() - 2) + "00";
        byte[] binary = {0, 1, 2, 'b', 'i', 'n', (byte) 0xFF, (byte) 0xFE, 0x7F, '\n'};
        byte[] longRun = new byte[3000];
        Arrays.fill(longRun, (byte) '!');
        List<String> later = corpus.subList(1, 30);
        assertThat(Corpus.decode(later).errors()).isEmpty();
        int port = startTestServer();

        feeds.start(new Feed("aggregator", "DZA", new FeedSpec.TcpClient(HOST, port)));

        // First connection: binary garbage, a line of 6,000 bytes in two writes, a bad checksum, one
        // good sentence, the first part of a two-part message, then half a sentence and a disconnect.
        Socket first = nextConnection();
        send(first, binary);
        send(first, longRun);
        send(first, longRun);
        send(first, "\r\n" + badChecksum + "\r\n" + good + "\r\n" + sentences(0).getFirst() + good.substring(0, 25));
        awaitStatus(feeds, "aggregator", s -> s.lines() == 5);
        first.close();
        // Second connection: dropped at once.
        nextConnection().close();
        // Third: good data, connection kept.
        Socket third = nextConnection();
        send(third, Corpus.crlf(later));

        List<AisMessage> expected = new ArrayList<>(Corpus.decode(List.of(good)).messages());
        expected.addAll(Corpus.decode(later).messages());
        FeedStatus status = awaitStatus(feeds, "aggregator", s -> s.messages() == expected.size() && s.lines() == 34);

        assertThat(sink.messages()).isEqualTo(expected);
        assertThat(status.errors())
                .isEqualTo(Map.of(
                        ErrorKind.BAD_CHECKSUM, 1L,
                        ErrorKind.INCOMPLETE_MULTIPART, 1L,
                        ErrorKind.LINE_TOO_LONG, 1L));
        assertThat(sink.rejected())
                .extracting(e -> e.kind() + " line " + e.lineNumber())
                .containsExactly("LINE_TOO_LONG line 2", "BAD_CHECKSUM line 3", "INCOMPLETE_MULTIPART line 5");
        // The binary line, and the blank line 14 of the corpus file.
        assertThat(status.otherLines()).isEqualTo(2);
        assertThat(status.truncatedLines()).isEqualTo(1);
        assertThat(status.state()).isEqualTo(FeedState.CONNECTED);
        assertThat(status.openConnections()).isEqualTo(1);
        assertThat(status.connections()).isEqualTo(3);
        assertThat(status.reconnectAttempts()).isEqualTo(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(status.lastError())
                .contains("connection to " + HOST + ":" + port + " closed by the server after 0 lines");

        // A connection that stayed up past healthyAfter (30 s) resets the back-off.
        time.advance(Duration.ofSeconds(31));
        third.close();
        Socket fourth = nextConnection();
        send(fourth, good + "\r\n");
        awaitStatus(feeds, "aggregator", s -> s.messages() == expected.size() + 1);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    @Test
    void client_serverNotListening_backsOffDoublingToTheCapAndSaysWhy() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            port = probe.getLocalPort();
        }
        List<Duration> waits = new ArrayList<>();
        Sleeper stallAfterEight = d -> {
            synchronized (waits) {
                waits.add(d);
                if (waits.size() < 8) {
                    return;
                }
            }
            Thread.sleep(Duration.ofMinutes(10));
        };
        try (Feeds refused = new Feeds(sink, FeedOptions.defaults(), time, stallAfterEight)) {
            refused.start(new Feed("nobody", "DZA", new FeedSpec.TcpClient(HOST, port)));

            FeedStatus status = awaitStatus(
                    refused, "nobody", s -> s.state() == FeedState.BACKING_OFF && s.reconnectAttempts() == 7);

            synchronized (waits) {
                assertThat(waits).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L);
            }
            assertThat(status.backOff()).isEqualTo(Duration.ofSeconds(60));
            assertThat(status.lastError()).contains("cannot connect to " + HOST + ":" + port + ": Connection refused");
            assertThat(status.connections()).isZero();
            assertThat(refused.stop("nobody").orElseThrow().state()).isEqualTo(FeedState.STOPPED);
        }
    }
}
