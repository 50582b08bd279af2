package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;
import java.util.Optional;

/**
 * Assigned mode command, message type 16 (ITU-R M.1371-5 Annex 8, message 16): a base station
 * assigns one or two stations a transmission schedule; 96 bits with one assignment, 144 with two.
 *
 * @param repeatIndicator 0 to 3
 * @param mmsi the commanding (base) station
 * @param first the assignment of the first station (A)
 * @param second the assignment of the second station (B), when the message has 144 bits
 */
public record AssignedModeCommand(int repeatIndicator, Mmsi mmsi, Assignment first, Optional<Assignment> second)
        implements AisMessage {

    /*
     * Implementation note: the second assignment is read when all of its bits are present (bit 144),
     * whatever the payload's length; satellite receivers deliver type 16 payloads of 176 to 336 bits
     * (gpsd rejects them), whose first 144 bits are the message.
     */

    /** Payload length in bits with one assignment. */
    static final int BITS = 96;

    private static final int SECOND_END = 144;

    /**
     * One station's assignment. When {@code increment} is zero, M.1371-5 reads {@code offset} as a
     * reporting rate (reports per ten minutes) rather than a slot offset.
     *
     * @param destination the assigned station
     * @param offset offset from the current slot to the first assigned slot, 0 to 4095
     * @param increment increment to the next assigned slot, 0 to 1023
     */
    public record Assignment(Mmsi destination, int offset, int increment) {
        /** Checks the field widths. */
        public Assignment {
            Kinematics.checkUnsigned("offset", offset, 12);
            Kinematics.checkUnsigned("increment", increment, 10);
        }
    }

    /** Checks the repeat indicator's range. */
    public AssignedModeCommand {
        Kinematics.checkRepeat(repeatIndicator);
    }

    @Override
    public int messageType() {
        return 16;
    }

    /** Decodes a payload already checked to hold at least {@link #BITS} bits. */
    static AssignedModeCommand decode(BitBuffer b) {
        Assignment first = new Assignment(new Mmsi(b.unsigned(40, 30)), b.unsigned(70, 12), b.unsigned(82, 10));
        Optional<Assignment> second = b.length() >= SECOND_END
                ? Optional.of(new Assignment(new Mmsi(b.unsigned(92, 30)), b.unsigned(122, 12), b.unsigned(134, 10)))
                : Optional.empty();
        return new AssignedModeCommand(b.unsigned(6, 2), new Mmsi(b.unsigned(8, 30)), first, second);
    }

    @Override
    public void encode(BitBuffer out) {
        out.append(16, 6);
        out.append(repeatIndicator, 2);
        out.append(mmsi.value(), 30);
        out.append(0, 2);
        write(out, first);
        if (second.isPresent()) {
            write(out, second.get());
        } else {
            out.append(0, 4);
        }
    }

    @Override
    public void describe(FieldSink sink) {
        sink.integer("mmsi1", first.destination().value());
        sink.integer("offset1", first.offset());
        sink.integer("increment1", first.increment());
        if (second.isPresent()) {
            sink.integer("mmsi2", second.get().destination().value());
            sink.integer("offset2", second.get().offset());
            sink.integer("increment2", second.get().increment());
        } else {
            sink.absent("mmsi2");
            sink.absent("offset2");
            sink.absent("increment2");
        }
    }

    private static void write(BitBuffer out, Assignment a) {
        out.append(a.destination().value(), 30);
        out.append(a.offset(), 12);
        out.append(a.increment(), 10);
    }
}
