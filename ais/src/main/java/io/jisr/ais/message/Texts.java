package io.jisr.ais.message;

import java.util.Optional;

/** Small conversions shared by the message records for text and coded fields. */
final class Texts {
    private Texts() {}

    /** Maps the empty string (all {@code @} or spaces on the air) to "not available". */
    static Optional<String> optional(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** Reports a ship type as {@code shiptype} (code) and {@code shiptypeText}. */
    static void describeShipType(FieldSink sink, Optional<ShipType> shipType) {
        if (shipType.isPresent()) {
            sink.integer("shiptype", shipType.get().code());
            sink.text("shiptypeText", shipType.get().description());
        } else {
            sink.absent("shiptype");
            sink.absent("shiptypeText");
        }
    }
}
