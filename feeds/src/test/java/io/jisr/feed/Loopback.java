package io.jisr.feed;

import static org.awaitility.Awaitility.await;

import io.jisr.ais.AisEncoder;
import io.jisr.ais.message.AisMessage;
import io.jisr.ais.message.StaticAndVoyageData;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.awaitility.core.ConditionFactory;

/** Helpers for tests over real sockets on 127.0.0.1. */
final class Loopback {
    private Loopback() {}

    static final String HOST = "127.0.0.1";

    static ConditionFactory waiting() {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5));
    }

    /** Waits until the feed's status satisfies {@code condition} and returns that status. */
    static FeedStatus awaitStatus(Feeds feeds, String id, Predicate<FeedStatus> condition) {
        return waiting().until(() -> feeds.status(id).orElseThrow(), condition);
    }

    static InetSocketAddress startListening(Feeds feeds, Feed feed) {
        feeds.start(feed);
        return awaitStatus(feeds, feed.id(), s -> s.state() == FeedState.LISTENING)
                .localAddress()
                .orElseThrow();
    }

    static void send(Socket socket, String text) {
        send(socket, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    static void send(Socket socket, byte[] bytes) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Socket connect(InetSocketAddress address) throws IOException {
        Socket socket = new Socket();
        socket.connect(address, 5000);
        return socket;
    }

    /** Two real type 5 messages of the corpus, re-encoded so both use channel A and sequence id 1. */
    static final List<AisMessage> TWO_STATIC = Corpus.decode(Corpus.lines("gpsd/sample.aivdm.nmea")).messages().stream()
            .filter(StaticAndVoyageData.class::isInstance)
            .distinct()
            .limit(2)
            .toList();

    /** The two sentences of one of {@link #TWO_STATIC}, each with its CR LF. */
    static List<String> sentences(int which) {
        return AisEncoder.standard().encode(TWO_STATIC.get(which), "A", 1).stream()
                .map(s -> s + "\r\n")
                .toList();
    }
}
