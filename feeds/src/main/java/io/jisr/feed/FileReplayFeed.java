package io.jisr.feed;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** A {@link FeedSpec.FileReplay}: reads a recording once, from after its cursor, as fast or as paced as asked. */
final class FileReplayFeed extends RunningFeed {
    private static final int BUFFER = 64 * 1024;

    private final FeedSpec.FileReplay spec;

    FileReplayFeed(
            Feed feed,
            FeedSpec.FileReplay spec,
            FeedSink sink,
            FeedOptions options,
            InstantSource clock,
            Sleeper sleeper) {
        super(feed, sink, options, clock, sleeper);
        this.spec = spec;
        counters.lineNumber(spec.startAfterLine());
    }

    @Override
    void run() throws InterruptedException {
        counters.state(FeedState.REPLAYING);
        long start = spec.startAfterLine();
        StreamDecoder.Mode mode = new StreamDecoder.Mode(
                Math.max(0, start - options.resumeLookbackLines()),
                start,
                true,
                spec.speed() > 0 ? Optional.of(new Pacer(spec.speed(), clock, sleeper)) : Optional.empty());
        StreamDecoder decoder = new StreamDecoder(feed.id(), sink, counters, clock, options.decoder(), mode);
        InputStream in = null;
        try {
            in = track(openRecording(spec.file()));
            counters.opened();
            byte[] buf = new byte[BUFFER];
            int n;
            while (!stopping && (n = in.read(buf)) >= 0) {
                if (n > 0) {
                    decoder.accept(buf, 0, n);
                }
            }
            if (stopping) {
                return;
            }
            decoder.end(true);
            counters.state(FeedState.FINISHED);
        } catch (IOException e) {
            if (stopping) {
                return;
            }
            counters.failure("cannot read " + spec.file() + " after line " + decoder.lineNumber() + ": " + describe(e));
            counters.state(FeedState.FAILED);
        } finally {
            if (in != null) {
                counters.closed();
                release(in);
            }
        }
    }

    /** Opens a recording for reading, decompressing it if it starts with the gzip magic bytes. */
    static InputStream openRecording(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            return b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in, BUFFER) : in;
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }
}
