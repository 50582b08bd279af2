package io.jisr.feed;

import io.jisr.ais.DecodeError;
import io.jisr.ais.Reception;
import io.jisr.ais.message.AisMessage;
import java.time.Instant;

/**
 * Receives what feeds decode. Calls come from the feeds' own threads: concurrently for different
 * feeds and for different connections of one {@link FeedSpec.TcpServer} or senders of one
 * {@link FeedSpec.Udp}, but in input order for any one connection or file. An implementation must be
 * thread-safe; it may block (for back-pressure), which stalls only the calling connection.
 *
 * <p>A {@link RuntimeException} thrown by the sink stops the feed in state {@link FeedState#FAILED}
 * with the exception as its last error: it is a defect of the node, not of the input.
 */
public interface FeedSink {

    /**
     * A message was decoded.
     *
     * @param feedId the feed it came from
     * @param message the message
     * @param reception how it was received; its {@link Reception#lineNumber()} equals {@code lineNumber}
     * @param arrival when the line that completed it reached this node (for a paced replay, when it was
     *     released), from the feeds' {@link java.time.InstantSource}
     * @param lineNumber the 1-based line that completed the message: in the file for a
     *     {@link FeedSpec.FileReplay} (counting lines skipped on resume), otherwise within the
     *     connection or UDP sender
     */
    void accept(String feedId, AisMessage message, Reception reception, Instant arrival, long lineNumber);

    /**
     * Input was rejected, or its metadata was (see {@link io.jisr.ais.ErrorKind#dropsData()}); it is
     * also counted in the feed's status. Lines longer than the decoder's limit arrive here as
     * {@link io.jisr.ais.ErrorKind#LINE_TOO_LONG}.
     *
     * @param feedId the feed it came from
     * @param error what was wrong, with the line number counted as for {@link #accept}
     */
    void rejected(String feedId, DecodeError error);

    /**
     * Every message and error of a {@link FeedSpec.FileReplay} line has been handed to this sink: once
     * the node has applied them it may commit {@code lineNumber} as the file's cursor and later resume
     * with {@code startAfterLine = lineNumber}. Called for every line of a file replay after the
     * cursor, in order, and not for network feeds. Does nothing unless overridden.
     *
     * <p>A multi-sentence message whose first parts lie at or before the cursor is not lost on resume:
     * the replay re-reads up to {@link FeedOptions#resumeLookbackLines()} lines before the cursor to
     * reassemble it, delivering nothing from them.
     *
     * @param feedId the file replay feed
     * @param lineNumber the 1-based line of the file just finished
     */
    default void lineDone(String feedId, long lineNumber) {}
}
