package io.jisr.feed;

import static io.jisr.feed.Loopback.HOST;
import static io.jisr.feed.Loopback.awaitStatus;
import static io.jisr.feed.Loopback.startListening;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplaySenderTest {

    @TempDir
    Path dir;

    final FakeTime time = new FakeTime();
    final CollectingSink sink = new CollectingSink();
    final Feeds feeds = new Feeds(sink, FeedOptions.defaults(), time, time);

    @AfterEach
    void stopFeeds() {
        feeds.close();
    }

    Path corpusFile(String corpus) throws IOException {
        return Files.write(dir.resolve("recording.nmea"), Corpus.bytes(corpus));
    }

    static URI tcp(InetSocketAddress address) {
        return URI.create("tcp://" + HOST + ":" + address.getPort());
    }

    @Test
    void replay_recordingToATcpServerFeed_deliversWhatDecodingTheFileGives() throws IOException {
        String corpus = "dma-aislib/stream_example.txt";
        Corpus.Decoding expected = Corpus.decode(Corpus.lines(corpus));
        InetSocketAddress address = startListening(feeds, new Feed("node", "DZA", new FeedSpec.TcpServer(HOST, 0)));

        ReplaySender.Result result = new ReplaySender(corpusFile(corpus), tcp(address), 0, time, time).run();

        assertThat(result).isEqualTo(new ReplaySender.Result(8551, Corpus.crlf(Corpus.lines(corpus)).length, 0));
        FeedStatus status = awaitStatus(feeds, "node", s -> s.connections() == 1 && s.openConnections() == 0);
        assertThat(sink.messages()).isEqualTo(expected.messages());
        assertThat(sink.receptions()).isEqualTo(expected.receptions());
        assertThat(sink.rejected()).isEqualTo(expected.errors());
        assertThat(status.lines()).isEqualTo(8551);
        assertThat(status.truncatedLines()).isZero();
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void replay_speed10_waitsATenthOfTheRecordedGapsBetweenLines() throws IOException {
        Path file = Files.write(dir.resolve("timed.nmea"), Corpus.crlf(FileReplayFeedTest.TIMED));
        InetSocketAddress address = startListening(feeds, new Feed("node", "DZA", new FeedSpec.TcpServer(HOST, 0)));
        FakeTime senderTime = new FakeTime();

        ReplaySender.Result result = new ReplaySender(file, tcp(address), 10, senderTime, senderTime).run();

        assertThat(result.linesSent()).isEqualTo(9);
        assertThat(senderTime.sleeps())
                .containsExactly(Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofMillis(100));
        awaitStatus(feeds, "node", s -> s.connections() == 1 && s.openConnections() == 0);
        assertThat(sink.messages())
                .isEqualTo(Corpus.decode(FileReplayFeedTest.TIMED).messages());
    }

    @Test
    void replay_recordingToAUdpFeed_packsLinesIntoDatagrams() throws IOException {
        List<String> lines = Corpus.lines("gpsd/sample.aivdm.nmea");
        InetSocketAddress address =
                startListening(feeds, new Feed("radio", "DZA", new FeedSpec.Udp(HOST, 0, Optional.empty())));

        ReplaySender.Result result = new ReplaySender(
                        corpusFile("gpsd/sample.aivdm.nmea"),
                        URI.create("udp://" + HOST + ":" + address.getPort()),
                        0,
                        time,
                        time)
                .run();

        assertThat(result.linesSent()).isEqualTo(120);
        FeedStatus status = awaitStatus(feeds, "radio", s -> s.lines() == 120);
        assertThat(sink.messages()).isEqualTo(Corpus.decode(lines).messages());
        assertThat(status.connections()).isEqualTo(1);
    }

    @Test
    void replay_nobodyListening_failsSayingWhereAndHowFar() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            port = probe.getLocalPort();
        }
        Path file = corpusFile("gpsd/sample.aivdm.nmea");
        ReplaySender sender = new ReplaySender(file, URI.create("tcp://" + HOST + ":" + port), 0, time, time);

        assertThatThrownBy(sender::run)
                .isInstanceOf(FeedException.class)
                .hasMessage("replay of " + file + " to tcp://" + HOST + ":" + port
                        + " failed after 0 lines: cannot connect: Connection refused");
    }

    @Test
    void target_notTcpOrUdp_isRefusedWithTheExpectedForm() {
        assertThatThrownBy(() -> ReplaySender.target("http://127.0.0.1:80"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "replay target must look like tcp://host:port or udp://host:port, was \"http://127.0.0.1:80\"");
        assertThatThrownBy(() -> ReplaySender.target("tcp://127.0.0.1"))
                .hasMessage("replay target must look like tcp://host:port or udp://host:port, was \"tcp://127.0.0.1\"");
        assertThat(ReplaySender.target("udp://127.0.0.1:10110").getPort()).isEqualTo(10110);
    }
}
