package io.jisr.feed;

import static io.jisr.feed.Loopback.HOST;
import static io.jisr.feed.Loopback.awaitStatus;
import static io.jisr.feed.Loopback.connect;
import static io.jisr.feed.Loopback.send;
import static io.jisr.feed.Loopback.sentences;
import static io.jisr.feed.Loopback.startListening;
import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.ErrorKind;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TcpServerFeedTest {

    final FakeTime time = new FakeTime();
    final CollectingSink sink = new CollectingSink();
    Feeds feeds = new Feeds(sink, FeedOptions.defaults(), time, time);

    @AfterEach
    void stopFeeds() {
        feeds.close();
    }

    Feed server() {
        return new Feed("receivers", "DZA", new FeedSpec.TcpServer(HOST, 0));
    }

    @Test
    void server_twoReceiversInterleavingMultipartMessages_reassemblesEachConnectionOnItsOwn() throws IOException {
        List<String> a = sentences(0);
        List<String> b = sentences(1);
        // One decoder for both streams would mix them: the fragments share channel and sequence id.
        assertThat(Corpus.decode(List.of(a.get(0), b.get(0), a.get(1), b.get(1)))
                        .messages())
                .isNotEqualTo(Loopback.TWO_STATIC);
        InetSocketAddress address = startListening(feeds, server());

        try (Socket first = connect(address);
                Socket second = connect(address)) {
            awaitStatus(feeds, "receivers", s -> s.openConnections() == 2);
            send(first, a.get(0));
            awaitStatus(feeds, "receivers", s -> s.lines() == 1);
            send(second, b.get(0));
            awaitStatus(feeds, "receivers", s -> s.lines() == 2);
            send(first, a.get(1));
            awaitStatus(feeds, "receivers", s -> s.messages() == 1);
            send(second, b.get(1));
            FeedStatus status = awaitStatus(feeds, "receivers", s -> s.messages() == 2);

            assertThat(sink.messages()).isEqualTo(Loopback.TWO_STATIC);
            assertThat(sink.accepted().stream().map(CollectingSink.Accepted::lineNumber))
                    .containsExactly(2L, 2L);
            assertThat(status.errors()).isEmpty();
            assertThat(status.connections()).isEqualTo(2);
            assertThat(status.lines()).isEqualTo(4);
        }
        FeedStatus closed = awaitStatus(feeds, "receivers", s -> s.openConnections() == 0);
        assertThat(closed.state()).isEqualTo(FeedState.LISTENING);
        assertThat(closed.errors()).isEmpty();
        assertThat(closed.truncatedLines()).isZero();
    }

    @Test
    void server_receiverDroppingMidSentence_losesOnlyThatLine() throws IOException {
        List<String> good = Corpus.lines("gpsd/sample.aivdm.nmea").subList(0, 3);
        InetSocketAddress address = startListening(feeds, server());

        try (Socket receiver = connect(address)) {
            send(
                    receiver,
                    good.get(0) + "\r\n" + good.get(1) + "\r\n" + good.get(2).substring(0, 20));
            awaitStatus(feeds, "receivers", s -> s.messages() == 2);
        }
        FeedStatus dropped = awaitStatus(feeds, "receivers", s -> s.openConnections() == 0);
        try (Socket again = connect(address)) {
            send(again, good.get(2) + "\r\n");
            awaitStatus(feeds, "receivers", s -> s.messages() == 3);
        }

        assertThat(sink.messages()).isEqualTo(Corpus.decode(good).messages());
        assertThat(dropped.truncatedLines()).isEqualTo(1);
        assertThat(dropped.lines()).isEqualTo(2);
        assertThat(dropped.errors()).isEmpty();
    }

    @Test
    void server_connectionBeyondTheLimit_isRefusedAndCounted() throws IOException {
        feeds = new Feeds(sink, FeedOptions.defaults().withMaxConnections(1), time, time);
        InetSocketAddress address = startListening(feeds, server());

        try (Socket first = connect(address)) {
            awaitStatus(feeds, "receivers", s -> s.openConnections() == 1);
            assertThat(first.isConnected()).isTrue();
            try (Socket second = connect(address)) {
                assertThat(second.getInputStream().read()).isEqualTo(-1);
                FeedStatus status = awaitStatus(feeds, "receivers", s -> s.refusedConnections() == 1);
                assertThat(status.lastError())
                        .contains("refused a connection from " + second.getLocalSocketAddress()
                                + ": already holding 1 connections, the limit");
                assertThat(status.openConnections()).isEqualTo(1);
                assertThat(status.connections()).isEqualTo(1);
            }
        }
    }

    @Test
    void stop_serverWithAReceiverConnected_closesItAndFreesThePort() throws IOException {
        InetSocketAddress address = startListening(feeds, server());
        try (Socket receiver = connect(address)) {
            awaitStatus(feeds, "receivers", s -> s.openConnections() == 1);

            FeedStatus stopped = feeds.stop("receivers").orElseThrow();

            assertThat(stopped.state()).isEqualTo(FeedState.STOPPED);
            assertThat(stopped.openConnections()).isZero();
            assertThat(receiver.getInputStream().read()).isEqualTo(-1);
            try (ServerSocket rebound = new ServerSocket()) {
                rebound.bind(address);
                assertThat(rebound.getLocalPort()).isEqualTo(address.getPort());
            }
        }
        assertThat(feeds.status("receivers")).isEmpty();
    }

    @Test
    void start_sameIdTwice_isRefused() {
        startListening(feeds, server());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> feeds.start(server()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("feed \"receivers\" is already listed (state LISTENING); stop it before starting it again");
    }

    @Test
    void status_errorsOfAReceiver_areCountedByKind() throws IOException {
        String line = Corpus.lines("gpsd/sample.aivdm.nmea").getFirst();
        String badChecksum = line.substring(0, line.length() - 2) + "00";
        InetSocketAddress address = startListening(feeds, server());

        try (Socket receiver = connect(address)) {
            send(receiver, badChecksum + "\r\n" + badChecksum + "\r\n$GPGGA,other,nmea*00\r\n" + line + "\r\n");
            FeedStatus status = awaitStatus(feeds, "receivers", s -> s.messages() == 1 && s.otherLines() == 1);
            assertThat(status.errors()).isEqualTo(Map.of(ErrorKind.BAD_CHECKSUM, 2L));
            assertThat(sink.rejected()).extracting(e -> e.lineNumber()).containsExactly(1L, 2L);
        }
    }
}
