package io.jisr.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jisr.ais.DecodeError;
import io.jisr.ais.ErrorKind;
import io.jisr.ais.Nmea;
import io.jisr.ais.Reception;
import io.jisr.ais.message.AisMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReplayFeedTest {

    @TempDir
    Path dir;

    final FakeTime time = new FakeTime();
    final CollectingSink sink = new CollectingSink();
    Feeds feeds = new Feeds(sink, FeedOptions.defaults(), time, time);

    @AfterEach
    void stopFeeds() {
        feeds.close();
    }

    /** Puts a tag block with receive time {@code c:} (UNIX seconds) before a sentence. */
    static String tagged(long seconds, String sentence) {
        String tag = "c:" + seconds;
        return "\\" + tag + "*" + Nmea.checksumHex(Nmea.checksum(tag)) + "\\" + sentence;
    }

    Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    Path gzip(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
        return file;
    }

    FeedStatus replay(Path file, double speed, long startAfterLine) {
        feeds.start(new Feed("replay", "DZA", new FeedSpec.FileReplay(file, speed, startAfterLine)));
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> feeds.status("replay").orElseThrow().state().isTerminal());
        return feeds.status("replay").orElseThrow();
    }

    @Test
    void replay_plainFileAsFastAsPossible_deliversWhatDecodingTheFileGives() throws IOException {
        String corpus = "dma-aislib/stream_example.txt";
        Corpus.Decoding expected = Corpus.decode(Corpus.lines(corpus));

        FeedStatus status = replay(write("stream.txt", Corpus.bytes(corpus)), 0, 0);

        assertThat(status.state()).isEqualTo(FeedState.FINISHED);
        assertThat(sink.messages()).isEqualTo(expected.messages());
        assertThat(sink.receptions()).isEqualTo(expected.receptions());
        assertThat(sink.rejected()).isEqualTo(expected.errors());
        assertThat(status.lines()).isEqualTo(8551);
        assertThat(status.messages()).isEqualTo(expected.messages().size());
        assertThat(status.bytes()).isEqualTo(Corpus.bytes(corpus).length);
        assertThat(status.lastLineNumber()).isEqualTo(8551);
        assertThat(status.lastLineAt()).contains(FakeTime.T0);
        assertThat(status.lastMessageAt()).contains(FakeTime.T0);
        // All in the first second of the fake clock: the rate is divided by at least one second.
        assertThat(status.linesPerSecond()).isEqualTo(8551.0);
        assertThat(status.messagesPerSecond()).isEqualTo(expected.messages().size());
        // Gatehouse $PGHP time lines.
        assertThat(status.otherLines()).isEqualTo(4051);
        assertThat(sink.linesDone())
                .isEqualTo(LongStream.rangeClosed(1, 8551).boxed().toList());
        assertThat(sink.accepted()).allSatisfy(a -> {
            assertThat(a.arrival()).isEqualTo(FakeTime.T0);
            assertThat(a.lineNumber()).isEqualTo(a.reception().lineNumber());
            assertThat(a.feedId()).isEqualTo("replay");
        });
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void replay_gzipFile_isReadLikeThePlainOne() throws IOException {
        String corpus = "gfw-ais-tools/multi-part.nmea";
        Corpus.Decoding expected = Corpus.decode(Corpus.lines(corpus));

        FeedStatus status = replay(gzip("multi-part.nmea.gz", Corpus.bytes(corpus)), 0, 0);

        assertThat(status.state()).isEqualTo(FeedState.FINISHED);
        assertThat(sink.messages()).hasSize(43).isEqualTo(expected.messages());
        assertThat(sink.receptions()).isEqualTo(expected.receptions());
        assertThat(status.lines()).isEqualTo(93);
    }

    @Test
    void replay_afterCursorBetweenTwoPartsOfAMessage_deliversEverythingAfterItExactlyOnce() throws IOException {
        String corpus = "gfw-ais-tools/multi-part.nmea";
        Corpus.Decoding all = Corpus.decode(Corpus.lines(corpus));
        // Line 1 is the first part of a two-part message that line 2 completes.
        assertThat(all.receptions().getFirst().lineNumber()).isEqualTo(2);

        FeedStatus status = replay(write("multi-part.nmea", Corpus.bytes(corpus)), 0, 1);

        assertThat(sink.messages()).isEqualTo(all.messages());
        assertThat(sink.rejected()).isEmpty();
        assertThat(status.lines()).isEqualTo(92);
        assertThat(sink.linesDone())
                .isEqualTo(LongStream.rangeClosed(2, 93).boxed().toList());
    }

    @Test
    void replay_afterCursorInTheMiddle_deliversOnlyMessagesCompletedAfterIt() throws IOException {
        String corpus = "dma-aislib/stream_example.txt";
        Corpus.Decoding all = Corpus.decode(Corpus.lines(corpus));
        List<Reception> after =
                all.receptions().stream().filter(r -> r.lineNumber() > 4000).toList();
        List<AisMessage> afterMessages = IntStream.range(0, all.messages().size())
                .filter(i -> all.receptions().get(i).lineNumber() > 4000)
                .mapToObj(all.messages()::get)
                .toList();
        List<DecodeError> afterErrors =
                all.errors().stream().filter(e -> e.lineNumber() > 4000).toList();

        FeedStatus status = replay(write("stream.txt", Corpus.bytes(corpus)), 0, 4000);

        assertThat(sink.messages()).isEqualTo(afterMessages);
        assertThat(sink.receptions()).isEqualTo(after);
        assertThat(sink.rejected()).isEqualTo(afterErrors);
        assertThat(status.lines()).isEqualTo(4551);
        assertThat(sink.linesDone().getFirst()).isEqualTo(4001);
    }

    @Test
    void replay_cursorAtTheEnd_finishesWithoutDeliveringAnything() throws IOException {
        FeedStatus status = replay(write("small.nmea", Corpus.bytes("gpsd/sample.aivdm.nmea")), 0, 120);

        assertThat(status.state()).isEqualTo(FeedState.FINISHED);
        assertThat(sink.accepted()).isEmpty();
        assertThat(sink.rejected()).isEmpty();
        assertThat(status.lastLineNumber()).isEqualTo(120);
    }

    // The first nine lines of a real exactEarth capture: a two-part message at 17:15:17 (lines 1-2),
    // then single-part messages at :17, :17, :18, :18, :19, :19, :20.
    static final List<String> TIMED =
            Corpus.lines("amsa-risky/exact-earth-with-tag-block.txt").subList(0, 9);

    @Test
    void replay_speed10_waitsATenthOfTheRecordedGaps() throws IOException {
        replay(write("timed.nmea", Corpus.crlf(TIMED)), 10, 0);

        assertThat(time.sleeps())
                .containsExactly(Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofMillis(100));
        assertThat(sink.messages()).isEqualTo(Corpus.decode(TIMED).messages());
        assertThat(sink.accepted().stream().map(CollectingSink.Accepted::arrival))
                .containsExactly(
                        FakeTime.T0,
                        FakeTime.T0,
                        FakeTime.T0,
                        FakeTime.T0.plusMillis(100),
                        FakeTime.T0.plusMillis(100),
                        FakeTime.T0.plusMillis(200),
                        FakeTime.T0.plusMillis(200),
                        FakeTime.T0.plusMillis(300));
    }

    @Test
    void replay_speed10WithASlowSink_waitsOnlyForWhatTheScheduleStillNeeds() throws IOException {
        CollectingSink slow = new CollectingSink() {
            @Override
            public synchronized void accept(
                    String feedId, AisMessage message, Reception reception, Instant arrival, long lineNumber) {
                super.accept(feedId, message, reception, arrival, lineNumber);
                time.advance(Duration.ofMillis(30));
            }
        };
        feeds = new Feeds(slow, FeedOptions.defaults(), time, time);

        replay(write("timed.nmea", Corpus.crlf(TIMED)), 10, 0);

        // Due at +100, +200, +300 ms; each message before them took 30 ms.
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofMillis(40));
    }

    @Test
    void replay_garbageAndOverLongLines_areCountedAndTheRestDecoded() throws IOException {
        byte[] garbage = new byte[10_000];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 7 + 1);
        }
        for (int i = 0; i < garbage.length; i++) {
            if (garbage[i] == '\n' || garbage[i] == '\r') {
                garbage[i] = 'x';
            }
        }
        List<String> good = Corpus.lines("gpsd/sample.aivdm.nmea").subList(0, 5);
        var content = new java.io.ByteArrayOutputStream();
        content.writeBytes(Corpus.crlf(good.subList(0, 2)));
        content.writeBytes(garbage);
        content.writeBytes("\nnot AIS at all\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        content.writeBytes(Corpus.crlf(good.subList(2, 5)));

        FeedStatus status = replay(write("dirty.nmea", content.toByteArray()), 0, 0);

        assertThat(status.state()).isEqualTo(FeedState.FINISHED);
        assertThat(sink.messages()).isEqualTo(Corpus.decode(good).messages());
        assertThat(status.errors()).isEqualTo(Map.of(ErrorKind.LINE_TOO_LONG, 1L));
        assertThat(sink.rejected()).singleElement().satisfies(e -> {
            assertThat(e.lineNumber()).isEqualTo(3);
            assertThat(e.message()).isEqualTo("line of 10000 bytes is longer than the limit of 4096");
            assertThat(e.excerpt()).hasSize(120);
        });
        assertThat(status.otherLines()).isEqualTo(1);
        assertThat(status.lines()).isEqualTo(7);
        assertThat(sink.accepted().stream().map(CollectingSink.Accepted::lineNumber))
                .containsExactly(1L, 2L, 5L, 6L, 7L);
    }

    @Test
    void replay_sinkThrowing_failsTheFeedWithTheSinksException() throws IOException {
        feeds = new Feeds(
                new CollectingSink() {
                    @Override
                    public synchronized void accept(
                            String feedId, AisMessage message, Reception reception, Instant arrival, long line) {
                        throw new IllegalStateException("store is down");
                    }
                },
                FeedOptions.defaults(),
                time,
                time);

        FeedStatus status = replay(write("small.nmea", Corpus.bytes("gpsd/sample.aivdm.nmea")), 0, 0);

        assertThat(status.state()).isEqualTo(FeedState.FAILED);
        assertThat(status.lastError())
                .contains("feed \"replay\" stopped by java.lang.IllegalStateException: store is down");
        assertThat(status.lines()).isEqualTo(1);
    }

    @Test
    void replay_missingFile_failsSayingWhy() {
        Path missing = dir.resolve("nowhere.nmea");

        FeedStatus status = replay(missing, 0, 0);

        assertThat(status.state()).isEqualTo(FeedState.FAILED);
        assertThat(status.lastError()).contains("cannot read " + missing + " after line 0: no such file");
        assertThat(status.lastErrorAt()).contains(FakeTime.T0);
    }

    @Test
    void stop_pacedReplayWaitingForItsNextLine_endsAtOnce() throws IOException {
        feeds = new Feeds(sink, FeedOptions.defaults(), time, Sleeper.system());
        // Two real sentences an hour apart: at speed 1 the second is due in an hour.
        List<String> slow = List.of(
                tagged(1334337317, TIMED.get(2).substring(TIMED.get(2).indexOf('!'))),
                tagged(1334340917, TIMED.get(3).substring(TIMED.get(3).indexOf('!'))));
        feeds.start(new Feed("slow", "DZA", new FeedSpec.FileReplay(write("slow.nmea", Corpus.crlf(slow)), 1, 0)));
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> sink.accepted().size() == 1);

        FeedStatus stopped = feeds.stop("slow").orElseThrow();

        assertThat(stopped.state()).isEqualTo(FeedState.STOPPED);
        assertThat(stopped.lastLineNumber()).isEqualTo(1);
        assertThat(feeds.statuses()).isEmpty();
    }
}
