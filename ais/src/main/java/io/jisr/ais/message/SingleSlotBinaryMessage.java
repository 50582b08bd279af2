package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;
import java.util.Optional;

/**
 * Single slot binary message, message type 25 (ITU-R M.1371-5 Annex 8, tables 80 and 81): short
 * binary data, broadcast or addressed to one station, structured by an application identifier or not.
 *
 * @param repeatIndicator 0 to 3
 * @param mmsi the source station
 * @param destination the addressed station; empty for a broadcast (destination indicator 0)
 * @param applicationId the application identifier of structured data; empty for unstructured data
 *     (binary data flag 0)
 * @param data the binary data after the header, exactly as many bits as were sent
 */
public record SingleSlotBinaryMessage(
        int repeatIndicator,
        Mmsi mmsi,
        Optional<Mmsi> destination,
        Optional<ApplicationId> applicationId,
        BitString data)
        implements AisMessage {
    /*
     * Implementation note: the two flags at bits 38 and 39 choose the header: a 30-bit destination
     * plus 2 spare bits when addressed, then a 16-bit application identifier when structured; the
     * data is everything after, so its length gives back the payload length and encode writes no
     * padding. The standard limits the message to one slot (168 bits); longer payloads occur in
     * satellite captures and are kept whole rather than cut, up to the decoder's five-slot limit.
     * gpsd 3.22 omits the 2 spare bits after the destination, so for addressed messages its data
     * (and app_id) start 2 bits early and hold 2 bits more than here.
     */

    /** Payload length in bits of the shortest form: broadcast, unstructured, no data. */
    static final int BITS = 40;

    /** The longest payload the decoder accepts, five slots; only satellite captures exceed one slot. */
    static final int MAX_PAYLOAD_BITS = 1192;

    /** Checks the repeat indicator and that header and data fit the longest payload. */
    public SingleSlotBinaryMessage {
        Kinematics.checkRepeat(repeatIndicator);
        int header = headerBits(destination.isPresent(), applicationId.isPresent());
        if (header + data.length() > MAX_PAYLOAD_BITS) {
            throw new IllegalArgumentException("single slot binary message of " + (header + data.length())
                    + " bits is longer than " + MAX_PAYLOAD_BITS);
        }
    }

    @Override
    public int messageType() {
        return 25;
    }

    /** Returns whether the message is addressed to one station rather than broadcast. */
    public boolean isAddressed() {
        return destination.isPresent();
    }

    /** Returns whether the data opens with an application identifier. */
    public boolean isStructured() {
        return applicationId.isPresent();
    }

    /** Returns the bits a type 25 or 26 header takes for these flags: 40, plus 32 if addressed, plus 16 if structured. */
    static int headerBits(boolean addressed, boolean structured) {
        return BITS + (addressed ? 32 : 0) + (structured ? 16 : 0);
    }

    /** Returns the payload length the flags of a type 25 payload require (at least {@link #BITS} bits read). */
    static int requiredBits(BitBuffer b) {
        return headerBits(b.flag(38), b.flag(39));
    }

    /** Decodes a payload already checked to hold the header its flags require. */
    static SingleSlotBinaryMessage decode(BitBuffer b) {
        int header = requiredBits(b);
        return new SingleSlotBinaryMessage(
                b.unsigned(6, 2),
                new Mmsi(b.unsigned(8, 30)),
                readDestination(b),
                readApplicationId(b),
                b.slice(header, b.length() - header));
    }

    /** Reads the destination of a type 25 or 26 header, present when the destination indicator is set. */
    static Optional<Mmsi> readDestination(BitBuffer b) {
        return b.flag(38) ? Optional.of(new Mmsi(b.unsigned(40, 30))) : Optional.empty();
    }

    /** Reads the application identifier of a type 25 or 26 header, present when the binary data flag is set. */
    static Optional<ApplicationId> readApplicationId(BitBuffer b) {
        return b.flag(39) ? Optional.of(ApplicationId.read(b, b.flag(38) ? 72 : 40)) : Optional.empty();
    }

    /** Writes the header of a type 25 or 26 message. */
    static void writeHeader(
            BitBuffer out,
            int type,
            int repeatIndicator,
            Mmsi mmsi,
            Optional<Mmsi> destination,
            Optional<ApplicationId> applicationId) {
        out.append(type, 6);
        out.append(repeatIndicator, 2);
        out.append(mmsi.value(), 30);
        out.append(destination.isPresent() ? 1 : 0, 1);
        out.append(applicationId.isPresent() ? 1 : 0, 1);
        if (destination.isPresent()) {
            out.append(destination.get().value(), 30);
            out.append(0, 2);
        }
        applicationId.ifPresent(id -> id.write(out));
    }

    /** Reports the header fields shared with type 26. */
    static void describeHeader(FieldSink sink, Optional<Mmsi> destination, Optional<ApplicationId> applicationId) {
        sink.bool("addressed", destination.isPresent());
        sink.bool("structured", applicationId.isPresent());
        if (destination.isPresent()) {
            sink.integer("destMmsi", destination.get().value());
        } else {
            sink.absent("destMmsi");
        }
        if (applicationId.isPresent()) {
            sink.integer("dac", applicationId.get().dac());
            sink.integer("fid", applicationId.get().fi());
        } else {
            sink.absent("dac");
            sink.absent("fid");
        }
    }

    @Override
    public void encode(BitBuffer out) {
        writeHeader(out, 25, repeatIndicator, mmsi, destination, applicationId);
        out.append(data);
    }

    @Override
    public void describe(FieldSink sink) {
        describeHeader(sink, destination, applicationId);
        sink.bits("data", data);
    }
}
