package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;

/** SCAFFOLD, to be replaced: message type 23. */
public record GroupAssignmentCommand(int messageType, int repeatIndicator, Mmsi mmsi) implements AisMessage {
    static final int BITS = 160;

    static GroupAssignmentCommand decode(BitBuffer b) {
        return new GroupAssignmentCommand(b.unsigned(0, 6), b.unsigned(6, 2), new Mmsi(b.unsigned(8, 30)));
    }

    @Override
    public void encode(BitBuffer out) {
        out.append(messageType, 6);
        out.append(repeatIndicator, 2);
        out.append(mmsi.value(), 30);
    }

    @Override
    public void describe(FieldSink sink) {}
}
