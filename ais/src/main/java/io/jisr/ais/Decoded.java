package io.jisr.ais;

import io.jisr.ais.message.AisMessage;

/** What one input produced: a message, or a rejection. Used by {@link AisDecoder#decodeAll}. */
public sealed interface Decoded {

    /**
     * A decoded message.
     *
     * @param message the message
     * @param reception how it was received
     */
    record Message(AisMessage message, Reception reception) implements Decoded {}

    /**
     * A rejection.
     *
     * @param error what was wrong
     */
    record Rejected(DecodeError error) implements Decoded {}
}
