package io.jisr.ais;

import java.time.Instant;
import java.util.Optional;

/**
 * How a message was received: the facts from its sentences, tag block and logger that the payload
 * itself does not carry.
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
public record Reception(
        String talker,
        boolean ownShip,
        Optional<String> channel,
        Optional<String> source,
        Optional<Instant> receivedAt,
        int sentences,
        long lineNumber) {}
