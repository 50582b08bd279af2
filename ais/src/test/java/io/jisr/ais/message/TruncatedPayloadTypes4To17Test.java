package io.jisr.ais.message;

import static io.jisr.ais.message.DecodedMessages.decodeOne;
import static io.jisr.ais.message.DecodedMessages.rejectionOf;
import static io.jisr.ais.message.DecodedMessages.sentence;
import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.DecodeError;
import io.jisr.ais.ErrorKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Payloads one bit shorter than each type's minimum are rejected; payloads of exactly the minimum decode. */
class TruncatedPayloadTypes4To17Test {

    @ParameterizedTest(name = "type {0}: {1} bits")
    @CsvSource({
        "4, 168, BaseStationReport",
        "6, 88, AddressedBinaryMessage",
        "7, 72, Acknowledgement",
        "8, 56, BinaryBroadcastMessage",
        "9, 168, SarAircraftPositionReport",
        "10, 72, UtcDateInquiry",
        "11, 168, BaseStationReport",
        "12, 72, AddressedSafetyMessage",
        "13, 72, Acknowledgement",
        "14, 40, SafetyBroadcastMessage",
        "15, 88, Interrogation",
        "16, 96, AssignedModeCommand",
        "17, 80, GnssBroadcastBinaryMessage"
    })
    void decode_oneBitShorterThanMinimum_isRejectedAsTooShort(int type, int minimumBits, String record)
            throws ClassNotFoundException {
        assertThat(MessageCodec.minimumBits(type)).isEqualTo(minimumBits);

        DecodeError error = rejectionOf(sentence(payload(type, minimumBits - 1)));

        assertThat(error.kind()).isEqualTo(ErrorKind.PAYLOAD_TOO_SHORT);
        AisMessage exact = decodeOne(AisMessage.class, sentence(payload(type, minimumBits)));
        assertThat(exact.messageType()).isEqualTo(type);
        assertThat(exact).isInstanceOf(Class.forName("io.jisr.ais.message." + record));
    }

    /** A payload of the given type and length, every other bit zero. */
    private static BitBuffer payload(int type, int bits) {
        BitBuffer b = new BitBuffer();
        b.append(type, 6);
        for (int left = bits - 6; left > 0; left -= Math.min(left, 32)) {
            b.append(0, Math.min(left, 32));
        }
        return b;
    }
}
