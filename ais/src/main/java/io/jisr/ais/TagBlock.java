package io.jisr.ais;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The IEC 61162-450 (NMEA 4.10) tag block that may precede a sentence: {@code \s:source,c:time*hh\}.
 *
 * @param source the {@code s:} source identifier, for example a receiver name
 * @param time the {@code c:} UNIX time, given in seconds or milliseconds on the wire
 * @param group the {@code g:} sentence group, tying the fragments of one message together
 * @param lineCount the {@code n:} line count
 * @param text the {@code t:} free text
 * @param checksumValid whether the tag block's own checksum matched; metadata from a tag block with a
 *     bad checksum is kept but should not be trusted for anything that matters
 */
public record TagBlock(
        Optional<String> source,
        Optional<Instant> time,
        Optional<Group> group,
        OptionalInt lineCount,
        Optional<String> text,
        boolean checksumValid) {

    /**
     * A sentence group {@code g:part-total-id}.
     *
     * @param part 1-based number of this sentence in the group
     * @param total number of sentences in the group
     * @param id the group identifier
     */
    public record Group(int part, int total, String id) {}
}
