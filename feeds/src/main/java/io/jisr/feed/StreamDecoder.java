package io.jisr.feed;

import io.jisr.ais.AisDecoder;
import io.jisr.ais.AisSink;
import io.jisr.ais.DecodeError;
import io.jisr.ais.DecoderOptions;
import io.jisr.ais.ErrorKind;
import io.jisr.ais.Reception;
import io.jisr.ais.message.AisMessage;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The decoding pipeline of one connection, UDP sender or file: bytes to lines to an {@link AisDecoder}
 * of its own, and what comes out to the {@link FeedSink} and the feed's counters. One instance serves
 * one stream and one thread.
 */
final class StreamDecoder implements LineSplitter.Lines, AisSink {
    /*
     * Implementation note: line numbers are this class's own, counting every line of the stream (for a
     * resumed file, the lines skipped too), so they match what an editor shows and what the node
     * commits as a cursor. The decoder counts only the lines it was given; when the two differ, the
     * Reception or DecodeError is rebuilt with the stream's number (only resumed replays and streams
     * with over-long lines pay for that).
     *
     * Resuming a file after line C: lines up to C - lookback are skipped unread, lines up to C are
     * decoded with delivery off so that a multi-sentence message begun before the cursor and completed
     * after it comes out exactly once, and delivery starts at line C + 1.
     *
     * Paced replay: the line's results are held back, the line's time is that of its first message,
     * and they are released once the Pacer says the line is due.
     */

    /** How a stream's lines are treated. */
    record Mode(long skipThrough, long primeThrough, boolean reportLineDone, Optional<Pacer> pacer) {

        /** A network stream: every line decoded and delivered at once. */
        static final Mode LIVE = new Mode(0, 0, false, Optional.empty());
    }

    private final String feedId;
    private final FeedSink sink;
    private final FeedCounters counters;
    private final InstantSource clock;
    private final int maxLineLength;
    private final AisDecoder decoder;
    private final LineSplitter splitter;
    private final long skipThrough;
    private final long primeThrough;
    private final boolean reportLineDone;
    private final Pacer pacer;
    private final List<Object> held = new ArrayList<>();

    private long lineNumber;
    private Instant arrival;
    private boolean delivering;
    private boolean holding;
    private Instant lineTime;
    private long otherLinesSeen;

    StreamDecoder(
            String feedId,
            FeedSink sink,
            FeedCounters counters,
            InstantSource clock,
            DecoderOptions options,
            Mode mode) {
        this.feedId = feedId;
        this.sink = sink;
        this.counters = counters;
        this.clock = clock;
        this.maxLineLength = options.maxLineLength();
        this.decoder = new AisDecoder(options, this);
        this.splitter = new LineSplitter(maxLineLength, this);
        this.skipThrough = mode.skipThrough();
        this.primeThrough = mode.primeThrough();
        this.reportLineDone = mode.reportLineDone();
        this.pacer = mode.pacer().orElse(null);
    }

    /** Reads the next chunk of the stream's bytes. */
    void accept(byte[] buf, int offset, int length) throws InterruptedException {
        counters.bytes(length);
        splitter.accept(buf, offset, length);
        syncStats();
    }

    /** Delivers a last line without terminator: the end of a datagram. The decoder's state is kept. */
    void endOfDatagram() throws InterruptedException {
        splitter.end(true);
    }

    /**
     * Ends the stream: a last unterminated line is delivered if {@code complete}, else counted as
     * truncated; incomplete multi-sentence messages are reported.
     */
    void end(boolean complete) throws InterruptedException {
        splitter.end(complete);
        if (!delivering) {
            // The whole stream lay before a resumed replay's cursor: nothing of it is reported again.
            return;
        }
        decoder.endOfStream();
        syncStats();
    }

    /** Returns the number of the last line read. */
    long lineNumber() {
        return lineNumber;
    }

    // ---- lines ------------------------------------------------------------------------------

    @Override
    public void line(byte[] buf, int offset, int length) throws InterruptedException {
        long n = ++lineNumber;
        if (n <= skipThrough) {
            return;
        }
        if (n <= primeThrough) {
            decoder.decodeLine(buf, offset, length);
            return;
        }
        startDelivering();
        arrival = clock.instant();
        counters.line(arrival);
        if (pacer == null) {
            decoder.decodeLine(buf, offset, length);
        } else {
            holding = true;
            lineTime = null;
            try {
                decoder.decodeLine(buf, offset, length);
            } finally {
                holding = false;
            }
            if (lineTime != null) {
                pacer.await(lineTime);
                arrival = clock.instant();
            }
            releaseHeld();
        }
        if (reportLineDone) {
            sink.lineDone(feedId, n);
        }
        counters.lineNumber(n);
    }

    @Override
    public void oversized(byte[] buf, int offset, int startLength, long length) {
        long n = ++lineNumber;
        if (n <= primeThrough) {
            return;
        }
        startDelivering();
        arrival = clock.instant();
        counters.line(arrival);
        counters.error(ErrorKind.LINE_TOO_LONG);
        sink.rejected(
                feedId,
                new DecodeError(
                        ErrorKind.LINE_TOO_LONG,
                        "line of " + length + " bytes is longer than the limit of " + maxLineLength,
                        n,
                        Optional.empty(),
                        excerpt(buf, offset, Math.min(startLength, DecodeError.EXCERPT_LIMIT))));
        if (reportLineDone) {
            sink.lineDone(feedId, n);
        }
        counters.lineNumber(n);
    }

    @Override
    public void truncated(long length) {
        counters.truncatedLine();
    }

    // ---- decoder output ---------------------------------------------------------------------

    @Override
    public void message(AisMessage message, Reception reception) {
        if (!delivering) {
            return;
        }
        Reception r = reception.onLine(lineNumber);
        if (holding) {
            held.add(new Held(message, r));
            if (lineTime == null && r.receivedAt().isPresent()) {
                lineTime = r.receivedAt().get();
            }
            return;
        }
        deliver(message, r);
    }

    @Override
    public void error(DecodeError error) {
        if (!delivering) {
            return;
        }
        DecodeError e = error.lineNumber() == lineNumber
                ? error
                : new DecodeError(error.kind(), error.message(), lineNumber, error.source(), error.excerpt());
        if (holding) {
            held.add(e);
            return;
        }
        reject(e);
    }

    private record Held(AisMessage message, Reception reception) {}

    private void releaseHeld() {
        for (Object o : held) {
            if (o instanceof Held h) {
                deliver(h.message(), h.reception());
            } else {
                reject((DecodeError) o);
            }
        }
        held.clear();
    }

    private void deliver(AisMessage message, Reception reception) {
        counters.message(arrival);
        sink.accept(feedId, message, reception, arrival, lineNumber);
    }

    private void reject(DecodeError error) {
        counters.error(error.kind());
        sink.rejected(feedId, error);
    }

    private void startDelivering() {
        if (!delivering) {
            delivering = true;
            otherLinesSeen = decoder.stats().snapshot().otherLines();
        }
    }

    /** Moves the decoder's count of lines without AIS into the feed's counters. */
    private void syncStats() {
        if (!delivering) {
            return;
        }
        long other = decoder.stats().snapshot().otherLines();
        if (other != otherLinesSeen) {
            counters.otherLines(other - otherLinesSeen);
            otherLinesSeen = other;
        }
    }

    private static String excerpt(byte[] buf, int offset, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = offset; i < offset + length; i++) {
            int c = buf[i] & 0xFF;
            s.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
        }
        return s.toString();
    }
}
