package io.jisr.ais.message;

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

class MultipleSlotBinaryMessageTest {

    /** gpsd/sample.aivdm.nmea: addressed, structured; 148 data bits. */
    private static final String ADDRESSED_STRUCTURED = "!AIVDM,1,1,,A,JB3R0GO7p>vQL8tjw0b5hqpd0706kh9d3lR2vbl0400,2*40";

    /** gpsd/sample.aivdm.nmea: addressed, unstructured. */
    private static final String ADDRESSED_UNSTRUCTURED =
            "!AIVDM,1,1,,A,J1@@0IK70PGgT740000000000@000?D0ih1e00006JlPC9C3,0*6B";

    /** gpsd/sample.aivdm.nmea: broadcast, structured. */
    private static final String BROADCAST_STRUCTURED = "!AIVDM,1,1,,B,JaL0mr5P000DtRDMddr@0?vF06iD,0*75";

    /** gpsd/sample.aivdm.nmea: broadcast, unstructured, 176 bits. */
    private static final String BROADCAST_UNSTRUCTURED = "!AIVDM,1,1,,A,J0@00@370>t0Lh3P0000200H:2rN92,4*14";

    @Test
    void decode_addressedStructured_readsHeaderDataAndRadioStatus() {
        // gpsdecode 3.22: "app_id":23587, "data":"150:...", "radio":0; it omits the 2 spare bits after the
        // destination and does not decode the communication state of type 26.
        assertThat(decodeOne(ADDRESSED_STRUCTURED))
                .isEqualTo(new MultipleSlotBinaryMessage(
                        1,
                        Mmsi.of(137920605),
                        Optional.of(Mmsi.of(838351848)),
                        Optional.of(new ApplicationId(450, 15)),
                        BitString.parse("148:32fc0a85c39e2c007006cf026c0f4882faad00"),
                        false,
                        4096));
    }

    @Test
    void decode_addressedUnstructured_readsItdmaState() {
        assertThat(decodeOne(ADDRESSED_UNSTRUCTURED))
                .isEqualTo(new MultipleSlotBinaryMessage(
                        0,
                        Mmsi.of(84148325),
                        Optional.of(Mmsi.of(834699643)),
                        Optional.empty(),
                        BitString.parse("196:90710000000000000001000000f500c7006d00000019ad2040"),
                        true,
                        300227));
    }

    @Test
    void decode_broadcastStructured_readsApplicationId() {
        // gpsdecode: "app_id":24576 = DAC 384 * 64 + FI 0, "data":"92:0014f2251db2ce9000ff9600"
        assertThat(decodeOne(BROADCAST_STRUCTURED))
                .isEqualTo(new MultipleSlotBinaryMessage(
                        2,
                        Mmsi.of(633353704),
                        Optional.empty(),
                        Optional.of(new ApplicationId(384, 0)),
                        BitString.parse("92:0014f2251db2ce9000ff9600"),
                        false,
                        27732));
    }

    @Test
    void decode_broadcastUnstructured_endsDataTwentyBitsBeforeTheEnd() {
        assertThat(decodeOne(BROADCAST_UNSTRUCTURED))
                .isEqualTo(new MultipleSlotBinaryMessage(
                        0,
                        Mmsi.of(16777280),
                        Optional.empty(),
                        Optional.empty(),
                        BitString.parse("116:c700ef007300e00000000800182820"),
                        true,
                        433700));
    }

    @Test
    void encode_addressedFlavours_zeroOnlyTheSpareBits() {
        SingleSlotBinaryMessageTest.assertSpareBitsOnlyDiffer(
                "JB3R0GO7p>vQL8tjw0b5hqpd0706kh9d3lR2vbl0400", 2, decodeOne(ADDRESSED_STRUCTURED));
        SingleSlotBinaryMessageTest.assertSpareBitsOnlyDiffer(
                "J1@@0IK70PGgT740000000000@000?D0ih1e00006JlPC9C3", 0, decodeOne(ADDRESSED_UNSTRUCTURED));
    }

    @Test
    void encode_broadcastFlavours_reproducePayloads() {
        assertThat(armoredPayload(decodeOne(BROADCAST_STRUCTURED))).isEqualTo("JaL0mr5P000DtRDMddr@0?vF06iD,0");
        // The sentence's 4 fill bits are not all zero, so compare payload bits, not characters.
        assertThat(Fixtures18To27.payloadBits(decodeOne(BROADCAST_UNSTRUCTURED)))
                .isEqualTo(Fixtures18To27.payloadBits("J0@00@370>t0Lh3P0000200H:2rN92", 4));
    }

    @Test
    void describe_broadcastStructured_writesRadioStatusLast() {
        assertThat(fields(decodeOne(BROADCAST_STRUCTURED)))
                .containsExactly(
                        entry("addressed", false),
                        entry("structured", true),
                        entry("destMmsi", Fixtures18To27.ABSENT),
                        entry("dac", 384L),
                        entry("fid", 0L),
                        entry("data", "92:0014f2251db2ce9000ff9600"),
                        entry("itdmaCommState", false),
                        entry("radio", 27732L));
    }

    @Test
    void describe_itdmaState_writesRadioAsTheWholeTwentyBitField() {
        // Selector flag 1 (ITDMA) and state 433700: radio = 2^19 + 433700, as gpsd's radio of types 9 and 18.
        assertThat(fields(decodeOne(BROADCAST_UNSTRUCTURED)))
                .contains(entry("itdmaCommState", true), entry("radio", (1L << 19) + 433700L));
    }

    @Test
    void decode_structuredBroadcastOf72Bits_isRejectedAsTooShort() {
        // libais/test.aivdm: the flags ask for 56 header bits plus 20 of communication state.
        assertThat(rejectOne("!AIVDM,1,1,,B,J5FHobDR7Cjr,0*23,d-122,S1458,t104938.00,T38.89925416,r09SIGN1,1272451780")
                        .kind())
                .isEqualTo(ErrorKind.PAYLOAD_TOO_SHORT);
    }

    @Test
    void decode_addressedOf56Bits_isRejectedAsTooShort() {
        // libais/test.aivdm: 56 bits, while an addressed type 26 needs 72 + 20.
        assertThat(rejectOne("!AIVDM,1,1,,B,JNCMFjqG4P,4*55,d-120,S1326,t120735.00,T35.37501147,r08SSPI1,1272456456")
                        .kind())
                .isEqualTo(ErrorKind.PAYLOAD_TOO_SHORT);
    }

    @Test
    void decode_satellitePayloadOf40Bits_isRejectedAsTooShort() {
        // amsa-risky/exact-earth-augmented-3.txt; gpsd rejects it too ("size is out of range").
        assertThat(rejectOne(sentence("JDPdQ1h", 2)).kind()).isEqualTo(ErrorKind.PAYLOAD_TOO_SHORT);
    }
}
