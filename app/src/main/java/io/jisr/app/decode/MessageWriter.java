package io.jisr.app.decode;

import io.jisr.ais.Reception;
import io.jisr.ais.message.AisMessage;

/** Formats decoded messages into a {@link ByteOutput}, one record per message. */
sealed interface MessageWriter permits NdjsonWriter, CsvWriter {

    /** Writes what comes before the first record, such as a header row. */
    void begin();

    /** Writes one message with how it was received. */
    void write(AisMessage message, Reception reception);
}
