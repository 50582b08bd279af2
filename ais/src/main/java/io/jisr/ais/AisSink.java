package io.jisr.ais;

import io.jisr.ais.message.AisMessage;

/** Receives what an {@link AisDecoder} makes of its input, on the decoder's thread, in input order. */
public interface AisSink {

    /** A message was decoded. */
    void message(AisMessage message, Reception reception);

    /** Input was rejected, or its metadata was (see {@link ErrorKind#dropsData()}); it is also counted. */
    void error(DecodeError error);
}
