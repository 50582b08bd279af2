package io.jisr.ais;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a message was received: the facts from its sentences, tag block and logger that the payload
 * itself does not carry.
 *
 * <p>A value class rather than a record so that the receive time can be held as epoch milliseconds:
 * every decoded message carries one of these, and an {@code Optional<Instant>} component cost two
 * objects (about 40 bytes) per timed message on the decoder's hot path. {@link #receivedAt()} builds
 * the {@code Instant} only for callers that ask.
 */
public final class Reception {
    private static final long NO_TIME = Long.MIN_VALUE;

    private final String talker;
    private final boolean ownShip;
    private final Optional<String> channel;
    private final Optional<String> source;
    private final long receivedAtMillis;
    private final int sentences;
    private final long lineNumber;

    /**
     * Creates the facts of one reception.
     *
     * @param talker the two-character talker of the (first) sentence, such as {@code AI} or {@code BS}
     * @param ownShip true for {@code VDO} sentences: the receiving station's own reports
     * @param channel the radio channel field ({@code A}, {@code B}, {@code 1}, {@code 2}, ...), when given
     * @param source the tag-block source ({@code s:}), when given
     * @param receivedAt when the message was received, from a tag block {@code c:}, a logger time stamp
     *     before or after the sentence, or a preceding {@code $PGHP} line, in that order of preference;
     *     empty when the line carries no time
     * @param sentences how many sentences carried the message
     * @param lineNumber the 1-based line of the stream that completed the message
     */
    public Reception(
            String talker,
            boolean ownShip,
            Optional<String> channel,
            Optional<String> source,
            Optional<Instant> receivedAt,
            int sentences,
            long lineNumber) {
        this(
                talker,
                ownShip,
                channel,
                source,
                receivedAt.map(Instant::toEpochMilli).orElse(NO_TIME),
                sentences,
                lineNumber);
    }

    private Reception(
            String talker,
            boolean ownShip,
            Optional<String> channel,
            Optional<String> source,
            long receivedAtMillis,
            int sentences,
            long lineNumber) {
        this.talker = Objects.requireNonNull(talker, "talker");
        this.ownShip = ownShip;
        this.channel = Objects.requireNonNull(channel, "channel");
        this.source = Objects.requireNonNull(source, "source");
        this.receivedAtMillis = receivedAtMillis;
        this.sentences = sentences;
        this.lineNumber = lineNumber;
    }

    /** Creates a reception whose time is given in epoch milliseconds, {@link Long#MIN_VALUE} for none. */
    static Reception timedInMillis(
            String talker,
            boolean ownShip,
            Optional<String> channel,
            Optional<String> source,
            long receivedAtMillis,
            int sentences,
            long lineNumber) {
        return new Reception(talker, ownShip, channel, source, receivedAtMillis, sentences, lineNumber);
    }

    /** Returns this reception as completed on another line. */
    public Reception onLine(long line) {
        return line == lineNumber
                ? this
                : new Reception(talker, ownShip, channel, source, receivedAtMillis, sentences, line);
    }

    /** Returns the two-character talker. */
    public String talker() {
        return talker;
    }

    /** Returns whether the sentences were {@code VDO}: the receiving station's own reports. */
    public boolean ownShip() {
        return ownShip;
    }

    /** Returns the radio channel field, when given. */
    public Optional<String> channel() {
        return channel;
    }

    /** Returns the tag-block source, when given. */
    public Optional<String> source() {
        return source;
    }

    /** Returns when the message was received, when the line said. */
    public Optional<Instant> receivedAt() {
        return receivedAtMillis == NO_TIME ? Optional.empty() : Optional.of(Instant.ofEpochMilli(receivedAtMillis));
    }

    /** Returns whether the line said when the message was received. */
    public boolean hasReceivedAt() {
        return receivedAtMillis != NO_TIME;
    }

    /**
     * Returns the receive time in epoch milliseconds, without allocating.
     *
     * @throws IllegalStateException if the line carried no time ({@link #hasReceivedAt()} is false)
     */
    public long receivedAtEpochMilli() {
        if (receivedAtMillis == NO_TIME) {
            throw new IllegalStateException("this reception carries no receive time");
        }
        return receivedAtMillis;
    }

    /** Returns how many sentences carried the message. */
    public int sentences() {
        return sentences;
    }

    /** Returns the 1-based line of the stream that completed the message. */
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reception r
                && talker.equals(r.talker)
                && ownShip == r.ownShip
                && channel.equals(r.channel)
                && source.equals(r.source)
                && receivedAtMillis == r.receivedAtMillis
                && sentences == r.sentences
                && lineNumber == r.lineNumber;
    }

    @Override
    public int hashCode() {
        return Objects.hash(talker, ownShip, channel, source, receivedAtMillis, sentences, lineNumber);
    }

    @Override
    public String toString() {
        return "Reception[talker=" + talker + ", ownShip=" + ownShip + ", channel=" + channel + ", source=" + source
                + ", receivedAt=" + receivedAt() + ", sentences=" + sentences + ", lineNumber=" + lineNumber + "]";
    }
}
