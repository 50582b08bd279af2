package io.jisr.ais.message;

/**
 * Turns a reassembled payload into its message record and back: the one place that maps message
 * type numbers to records.
 *
 * <p>Decoding is two steps so that the hot path allocates nothing for a payload it rejects: {@link
 * #check(BitBuffer)} says whether the payload can be decoded, then {@link #decode(BitBuffer)} builds
 * the record.
 */
public final class MessageCodec {
    /*
     * Implementation note: payloads shorter than their type's defined length are rejected rather
     * than decoded with a truncated tail, so no message ever carries a field that was not on the
     * air. Longer payloads are accepted and the extra bits ignored: satellite receivers pad to whole
     * slots (a 168-bit type 27 is common) and some relays append bits; the defined fields are intact.
     * Types with optional trailing parts (15, 16, 20, 22, 24, 27 and the binary messages) read
     * their length to decide which parts are present.
     */

    /** Minimum payload length in bits for each message type, indexed by type (0 = unknown). */
    private static final int[] MINIMUM_BITS = new int[64];

    static {
        MINIMUM_BITS[1] = PositionReportClassA.BITS;
        MINIMUM_BITS[2] = PositionReportClassA.BITS;
        MINIMUM_BITS[3] = PositionReportClassA.BITS;
        MINIMUM_BITS[4] = BaseStationReport.BITS;
        MINIMUM_BITS[5] = StaticAndVoyageData.BITS;
        MINIMUM_BITS[6] = AddressedBinaryMessage.BITS;
        MINIMUM_BITS[7] = Acknowledgement.BITS;
        MINIMUM_BITS[8] = BinaryBroadcastMessage.BITS;
        MINIMUM_BITS[9] = SarAircraftPositionReport.BITS;
        MINIMUM_BITS[10] = UtcDateInquiry.BITS;
        MINIMUM_BITS[11] = BaseStationReport.BITS;
        MINIMUM_BITS[12] = AddressedSafetyMessage.BITS;
        MINIMUM_BITS[13] = Acknowledgement.BITS;
        MINIMUM_BITS[14] = SafetyBroadcastMessage.BITS;
        MINIMUM_BITS[15] = Interrogation.BITS;
        MINIMUM_BITS[16] = AssignedModeCommand.BITS;
        MINIMUM_BITS[17] = GnssBroadcastBinaryMessage.BITS;
        MINIMUM_BITS[18] = ClassBPositionReport.BITS;
        MINIMUM_BITS[19] = ExtendedClassBPositionReport.BITS;
        MINIMUM_BITS[20] = DataLinkManagement.BITS;
        MINIMUM_BITS[21] = AidToNavigationReport.BITS;
        MINIMUM_BITS[22] = ChannelManagement.BITS;
        MINIMUM_BITS[23] = GroupAssignmentCommand.BITS;
        MINIMUM_BITS[24] = StaticDataReport.BITS;
        MINIMUM_BITS[25] = SingleSlotBinaryMessage.BITS;
        MINIMUM_BITS[26] = MultipleSlotBinaryMessage.BITS;
        MINIMUM_BITS[27] = LongRangePositionReport.BITS;
    }

    /** Why a payload cannot be decoded, or {@link #OK}. */
    public enum PayloadCheck {
        /** The payload can be decoded. */
        OK,
        /** The payload holds fewer than six bits, so not even a type. */
        EMPTY,
        /** The type number is 0 or 28 to 63, which ITU-R M.1371-5 does not define. */
        UNKNOWN_TYPE,
        /** A type 24 message with part number 2 or 3, which ITU-R M.1371-5 does not define. */
        UNDEFINED_PART,
        /** The payload is shorter than its type requires. */
        TOO_SHORT
    }

    private MessageCodec() {}

    /** Returns the message type of a payload, or -1 when it holds fewer than six bits. */
    public static int typeOf(BitBuffer payload) {
        return payload.length() < 6 ? -1 : payload.unsigned(0, 6);
    }

    /** Returns the minimum payload length in bits of a message type, or 0 for an undefined type. */
    public static int minimumBits(int messageType) {
        return messageType >= 0 && messageType < 64 ? MINIMUM_BITS[messageType] : 0;
    }

    /** Says whether {@link #decode(BitBuffer)} can build a message from this payload. */
    public static PayloadCheck check(BitBuffer payload) {
        int type = typeOf(payload);
        if (type < 0) {
            return PayloadCheck.EMPTY;
        }
        int minimum = MINIMUM_BITS[type];
        if (minimum == 0) {
            return PayloadCheck.UNKNOWN_TYPE;
        }
        if (type == 24 && payload.length() >= 40 && payload.unsigned(38, 2) > 1) {
            return PayloadCheck.UNDEFINED_PART;
        }
        return payload.length() < requiredBits(payload) ? PayloadCheck.TOO_SHORT : PayloadCheck.OK;
    }

    /**
     * Returns how many bits this particular payload needs: its type's minimum, or more where the
     * payload's own header says so (type 24 part B is 168 bits, part A 160; the addressed and
     * structured flags of types 25 and 26 lengthen their headers, and type 26 ends with a radio
     * status). Returns 0 for an undefined type.
     */
    public static int requiredBits(BitBuffer payload) {
        int type = typeOf(payload);
        if (type < 0) {
            return 6;
        }
        int minimum = MINIMUM_BITS[type];
        if (minimum == 0 || payload.length() < minimum) {
            return minimum;
        }
        return switch (type) {
            case 24 -> payload.unsigned(38, 2) == 1 ? StaticDataReport.PartB.BITS : minimum;
            case 25 -> SingleSlotBinaryMessage.requiredBits(payload);
            case 26 -> MultipleSlotBinaryMessage.requiredBits(payload);
            default -> minimum;
        };
    }

    /**
     * Decodes a payload that {@link #check(BitBuffer)} accepted.
     *
     * @throws IllegalArgumentException if the payload was not checked first
     */
    public static AisMessage decode(BitBuffer payload) {
        return switch (payload.unsigned(0, 6)) {
            case 1, 2, 3 -> PositionReportClassA.decode(payload);
            case 4, 11 -> BaseStationReport.decode(payload);
            case 5 -> StaticAndVoyageData.decode(payload);
            case 6 -> AddressedBinaryMessage.decode(payload);
            case 7, 13 -> Acknowledgement.decode(payload);
            case 8 -> BinaryBroadcastMessage.decode(payload);
            case 9 -> SarAircraftPositionReport.decode(payload);
            case 10 -> UtcDateInquiry.decode(payload);
            case 12 -> AddressedSafetyMessage.decode(payload);
            case 14 -> SafetyBroadcastMessage.decode(payload);
            case 15 -> Interrogation.decode(payload);
            case 16 -> AssignedModeCommand.decode(payload);
            case 17 -> GnssBroadcastBinaryMessage.decode(payload);
            case 18 -> ClassBPositionReport.decode(payload);
            case 19 -> ExtendedClassBPositionReport.decode(payload);
            case 20 -> DataLinkManagement.decode(payload);
            case 21 -> AidToNavigationReport.decode(payload);
            case 22 -> ChannelManagement.decode(payload);
            case 23 -> GroupAssignmentCommand.decode(payload);
            case 24 -> StaticDataReport.decode(payload);
            case 25 -> SingleSlotBinaryMessage.decode(payload);
            case 26 -> MultipleSlotBinaryMessage.decode(payload);
            case 27 -> LongRangePositionReport.decode(payload);
            default ->
                throw new IllegalArgumentException(
                        "payload of type " + payload.unsigned(0, 6) + " was not checked before decoding");
        };
    }

    /** Returns the payload bits of a message in a new buffer. */
    public static BitBuffer encode(AisMessage message) {
        BitBuffer out = new BitBuffer();
        message.encode(out);
        return out;
    }
}
