package io.jisr.ais.message;

import static io.jisr.ais.message.Fixtures18To27.ABSENT;
import static io.jisr.ais.message.Fixtures18To27.armoredPayload;
import static io.jisr.ais.message.Fixtures18To27.decodeOne;
import static io.jisr.ais.message.Fixtures18To27.fields;
import static io.jisr.ais.message.Fixtures18To27.rejectOne;
import static io.jisr.ais.message.Fixtures18To27.sentence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.jisr.ais.ErrorKind;
import io.jisr.ais.identity.Mmsi;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SingleSlotBinaryMessageTest {

    /** gpsd/sample.aivdm.nmea: addressed, unstructured. */
    private static final String ADDRESSED_UNSTRUCTURED = "!AIVDM,1,1,,A,I6SWo?8P00a3PKpEKEVj0?vNP<65,0*73";

    /** gpsd/sample.aivdm.nmea: broadcast, structured. */
    private static final String BROADCAST_STRUCTURED = "!AIVDM,1,1,,A,I8IRGB40QPPa0:<HP::V=gwv0l48,0*0E";

    /** gpsd/sample.aivdm.nmea: broadcast, unstructured. */
    private static final String BROADCAST_UNSTRUCTURED = "!AIVDM,1,1,,A,I6SWVNP001a3P8FEKNf=Qb0@00S8,0*6B";

    /** libais/test.aivdm, 128 bits: addressed, structured. */
    private static final String ADDRESSED_STRUCTURED =
            "!AIVDM,1,1,,B,IF;gsl>JraOWLe9otir9Rh,4*01,d-129,S1973,t000552.00,T52.62054431,r09SPHU1,1272413156";

    @Test
    void decode_addressedUnstructured_skipsTwoSpareBitsAfterDestination() {
        // gpsdecode 3.22 prints "data":"98:e06f855b566c803fe7a0306140": it starts the data right after the
        // 30-bit destination, without the 2 spare bits of table 80.
        assertThat(decodeOne(ADDRESSED_UNSTRUCTURED))
                .isEqualTo(new SingleSlotBinaryMessage(
                        0,
                        Mmsi.of(440006460),
                        Optional.of(Mmsi.of(134218384)),
                        Optional.empty(),
                        BitString.parse("96:81be156d59b200ff9e80c185")));
    }

    @Test
    void decode_broadcastStructured_readsApplicationId() {
        // gpsdecode: "app_id":134 (= DAC 2 * 64 + FI 6), "data":"112:082900a31880a2a636fffe034108"
        assertThat(decodeOne(BROADCAST_STRUCTURED))
                .isEqualTo(new SingleSlotBinaryMessage(
                        0,
                        Mmsi.of(563648328),
                        Optional.empty(),
                        Optional.of(new ApplicationId(2, 6)),
                        BitString.parse("112:082900a31880a2a636fffe034108")));
    }

    @Test
    void decode_broadcastUnstructured_keepsAllDataBits() {
        assertThat(decodeOne(BROADCAST_UNSTRUCTURED))
                .isEqualTo(new SingleSlotBinaryMessage(
                        0,
                        Mmsi.of(440002170),
                        Optional.empty(),
                        Optional.empty(),
                        BitString.parse("128:00001a438085956deb8d86a0100008c8")));
    }

    @Test
    void decode_addressedStructured_readsApplicationIdAfterSpareBits() {
        assertThat(decodeOne(ADDRESSED_STRUCTURED))
                .isEqualTo(new SingleSlotBinaryMessage(
                        1,
                        Mmsi.of(414972880),
                        Optional.of(Mmsi.of(649766393)),
                        Optional.of(new ApplicationId(459, 18)),
                        BitString.parse("40:77f31e898b")));
    }

    @Test
    void encode_broadcastFlavours_reproducePayloads() {
        assertThat(armoredPayload(decodeOne(BROADCAST_STRUCTURED))).isEqualTo("I8IRGB40QPPa0:<HP::V=gwv0l48,0");
        assertThat(armoredPayload(decodeOne(BROADCAST_UNSTRUCTURED))).isEqualTo("I6SWVNP001a3P8FEKNf=Qb0@00S8,0");
    }

    @Test
    void encode_addressedFlavours_keepLengthAndZeroOnlyTheSpareBits() {
        // Both samples have 1s in the 2 spare bits after the destination (gpsd and libais read them as
        // data); table 80 makes them spare, so they are the only bits re-encoding changes.
        assertSpareBitsOnlyDiffer("I6SWo?8P00a3PKpEKEVj0?vNP<65", 0, decodeOne(ADDRESSED_UNSTRUCTURED));
        assertSpareBitsOnlyDiffer("IF;gsl>JraOWLe9otir9Rh", 4, decodeOne(ADDRESSED_STRUCTURED));
    }

    static void assertSpareBitsOnlyDiffer(String payload, int fill, AisMessage decoded) {
        BitBuffer original = Fixtures18To27.bits(payload, fill);
        BitBuffer encoded = MessageCodec.encode(decoded);

        assertThat(original.unsigned(70, 2)).isNotZero();
        assertThat(encoded.length()).isEqualTo(original.length());
        for (int i = 0; i < original.length(); i++) {
            boolean spare = i == 70 || i == 71;
            assertThat(encoded.flag(i)).as("bit %d", i).isEqualTo(!spare && original.flag(i));
        }
    }

    @Test
    void describe_structuredAndUnstructured_writeHeaderFields() {
        assertThat(fields(decodeOne(ADDRESSED_STRUCTURED)))
                .containsExactly(
                        entry("addressed", true),
                        entry("structured", true),
                        entry("destMmsi", 649766393L),
                        entry("dac", 459L),
                        entry("fid", 18L),
                        entry("data", "40:77f31e898b"));
        assertThat(fields(decodeOne(BROADCAST_UNSTRUCTURED)))
                .containsExactly(
                        entry("addressed", false),
                        entry("structured", false),
                        entry("destMmsi", ABSENT),
                        entry("dac", ABSENT),
                        entry("fid", ABSENT),
                        entry("data", "128:00001a438085956deb8d86a0100008c8"));
    }

    @Test
    void decode_headerOnlyBroadcast_hasEmptyData() {
        SingleSlotBinaryMessage m = (SingleSlotBinaryMessage) decodeOne(sentence("I6SWVNP", 2));

        assertThat(m.data()).isEqualTo(BitString.EMPTY);
        assertThat(m.isAddressed()).isFalse();
        assertThat(m.isStructured()).isFalse();
    }

    @Test
    void decode_addressedPayloadShorterThanItsHeader_isRejectedAsTooShort() {
        // The destination indicator asks for 72 header bits; only 60 were sent.
        assertThat(rejectOne(sentence("I6SWo?8P00", 0)).kind()).isEqualTo(ErrorKind.PAYLOAD_TOO_SHORT);
    }

    @Test
    void decode_payloadOf36Bits_isRejectedAsTooShort() {
        assertThat(rejectOne(sentence("I6SWVN", 0)).kind()).isEqualTo(ErrorKind.PAYLOAD_TOO_SHORT);
    }
}
