package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;
import java.util.Optional;

/**
 * Interrogation, message type 15 (ITU-R M.1371-5 Annex 8, message 15): asks one or two stations to
 * transmit given message types, one or two from the first station and one from the second.
 *
 * <p>The standard's three forms are 88 bits (first station, one message), 110 bits (first station,
 * two messages) and 160 bits (both stations).
 *
 * @param repeatIndicator 0 to 3
 * @param mmsi the interrogating station
 * @param first the first station and the first message asked of it (1.1)
 * @param second the second message asked of the first station (1.2); its destination is the first
 *     station's
 * @param third the message asked of the second station (2.1)
 */
public record Interrogation(
        int repeatIndicator, Mmsi mmsi, Request first, Optional<Request> second, Optional<Request> third)
        implements AisMessage {

    /*
     * Implementation note: a request is read when all of its bits are present (1.2 needs 108 bits,
     * 2.1 needs 158), so a payload that lacks only trailing spare bits still yields it, and a
     * request cut short is ignored rather than read with zero bits. gpsd instead reads 1.2 from a
     * 104-bit payload, with a truncated slot offset. In the 160-bit form the standard sends 1.2 as
     * zeros when only one message is asked of the first station, so message type 0 with offset 0
     * means "no second request"; such a request is therefore refused here.
     */

    /** Payload length in bits of the shortest form. */
    static final int BITS = 88;

    private static final int SECOND_END = 108;
    private static final int THIRD_END = 158;

    /**
     * One requested message.
     *
     * @param destination the interrogated station
     * @param messageType the requested message type, 0 to 63 as transmitted
     * @param slotOffset slot offset of the response from the interrogation slot, 0 to 4095
     */
    public record Request(Mmsi destination, int messageType, int slotOffset) {
        /** Checks the field widths. */
        public Request {
            Kinematics.checkUnsigned("requested message type", messageType, 6);
            Kinematics.checkUnsigned("slot offset", slotOffset, 12);
        }
    }

    /** Checks every field against its range in the standard. */
    public Interrogation {
        Kinematics.checkRepeat(repeatIndicator);
        if (second.isPresent()) {
            Request r = second.get();
            if (!r.destination().equals(first.destination())) {
                throw new IllegalArgumentException("second request must address the first station "
                        + first.destination() + ", was " + r.destination());
            }
            if (r.messageType() == 0 && r.slotOffset() == 0) {
                throw new IllegalArgumentException(
                        "second request with message type 0 and offset 0 is the encoding of no request");
            }
        }
    }

    @Override
    public int messageType() {
        return 15;
    }

    /** Decodes a payload already checked to hold at least {@link #BITS} bits. */
    static Interrogation decode(BitBuffer b) {
        Mmsi station1 = new Mmsi(b.unsigned(40, 30));
        Request first = new Request(station1, b.unsigned(70, 6), b.unsigned(76, 12));
        Optional<Request> second = Optional.empty();
        if (b.length() >= SECOND_END) {
            int type = b.unsigned(90, 6);
            int offset = b.unsigned(96, 12);
            if (type != 0 || offset != 0) {
                second = Optional.of(new Request(station1, type, offset));
            }
        }
        Optional<Request> third = b.length() >= THIRD_END
                ? Optional.of(new Request(new Mmsi(b.unsigned(110, 30)), b.unsigned(140, 6), b.unsigned(146, 12)))
                : Optional.empty();
        return new Interrogation(b.unsigned(6, 2), new Mmsi(b.unsigned(8, 30)), first, second, third);
    }

    @Override
    public void encode(BitBuffer out) {
        out.append(15, 6);
        out.append(repeatIndicator, 2);
        out.append(mmsi.value(), 30);
        out.append(0, 2);
        out.append(first.destination().value(), 30);
        out.append(first.messageType(), 6);
        out.append(first.slotOffset(), 12);
        if (second.isEmpty() && third.isEmpty()) {
            return;
        }
        out.append(0, 2);
        out.append(second.map(Request::messageType).orElse(0), 6);
        out.append(second.map(Request::slotOffset).orElse(0), 12);
        out.append(0, 2);
        if (third.isPresent()) {
            out.append(third.get().destination().value(), 30);
            out.append(third.get().messageType(), 6);
            out.append(third.get().slotOffset(), 12);
            out.append(0, 2);
        }
    }

    /** Reports gpsd's fields {@code mmsi1}, {@code type1_1} ... as {@code mmsi1}, {@code type11} ..., absent when not asked. */
    @Override
    public void describe(FieldSink sink) {
        sink.integer("mmsi1", first.destination().value());
        sink.integer("type11", first.messageType());
        sink.integer("offset11", first.slotOffset());
        if (second.isPresent()) {
            sink.integer("type12", second.get().messageType());
            sink.integer("offset12", second.get().slotOffset());
        } else {
            sink.absent("type12");
            sink.absent("offset12");
        }
        if (third.isPresent()) {
            sink.integer("mmsi2", third.get().destination().value());
            sink.integer("type21", third.get().messageType());
            sink.integer("offset21", third.get().slotOffset());
        } else {
            sink.absent("mmsi2");
            sink.absent("type21");
            sink.absent("offset21");
        }
    }
}
