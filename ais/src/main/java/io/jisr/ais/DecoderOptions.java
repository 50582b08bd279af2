package io.jisr.ais;

import java.time.Duration;
import java.time.InstantSource;

/**
 * Settings of an {@link AisDecoder}.
 *
 * @param multipartTimeout how long an incomplete multi-sentence message waits for its missing parts,
 *     measured on the messages' own receive times when they carry them, else on {@code clock}
 * @param maxOpenMultiparts how many incomplete multi-sentence messages are held at once; past this the
 *     oldest is dropped and counted, so hostile input cannot grow memory
 * @param maxLineLength lines longer than this many bytes are rejected unread
 * @param clock the time source for messages that carry no time of their own
 */
public record DecoderOptions(Duration multipartTimeout, int maxOpenMultiparts, int maxLineLength, InstantSource clock) {

    /** Checks the settings. */
    public DecoderOptions {
        if (multipartTimeout.isNegative() || multipartTimeout.isZero()) {
            throw new IllegalArgumentException("multipart timeout must be positive, was " + multipartTimeout);
        }
        if (maxOpenMultiparts < 1) {
            throw new IllegalArgumentException("max open multiparts must be at least 1, was " + maxOpenMultiparts);
        }
        if (maxLineLength < 16) {
            throw new IllegalArgumentException("max line length must be at least 16 bytes, was " + maxLineLength);
        }
    }

    /** Ten seconds for multi-sentence messages, 256 open at once, 4 KiB lines, the system clock. */
    public static DecoderOptions defaults() {
        return new DecoderOptions(Duration.ofSeconds(10), 256, 4096, InstantSource.system());
    }

    /** Returns these options with another multipart timeout. */
    public DecoderOptions withMultipartTimeout(Duration timeout) {
        return new DecoderOptions(timeout, maxOpenMultiparts, maxLineLength, clock);
    }

    /** Returns these options with another clock. */
    public DecoderOptions withClock(InstantSource clock) {
        return new DecoderOptions(multipartTimeout, maxOpenMultiparts, maxLineLength, clock);
    }
}
