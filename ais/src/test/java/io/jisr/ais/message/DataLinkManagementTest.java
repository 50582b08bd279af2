package io.jisr.ais.message;

import static io.jisr.ais.message.Fixtures18To27.armoredPayload;
import static io.jisr.ais.message.Fixtures18To27.decodeOne;
import static io.jisr.ais.message.Fixtures18To27.fields;
import static io.jisr.ais.message.Fixtures18To27.rejectOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.ais.ErrorKind;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.DataLinkManagement.Reservation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataLinkManagementTest {

    /** gpsd/sample.aivdm.nmea, 72 bits: one block. */
    private static final String ONE_BLOCK = "!AIVDM,1,1,,A,Dh3OvjB8IN>4,0*1D";

    /** libais/typeexamples.nmea, 104 bits: two blocks and 4 padding bits. */
    private static final String TWO_BLOCKS = "!AIVDM,1,1,,B,DD2r994wluqiIJv<ah,4*63";

    /** gpsd/sample.aivdm.nmea, 136 bits: three blocks. */
    private static final String THREE_BLOCKS = "!AIVDM,1,1,,B,D030p8@2tN?b<`O6DmQO6D0,2*5D";

    /** gpsd/sample.aivdm.nmea, 186 bits: four blocks, three of them all zero, and 26 extra bits. */
    private static final String PADDED = "!AIVDM,1,1,,2,D02E34iFTg6D000000000000002gjG2,0*75";

    @Test
    void decode_72Bits_holdsOneBlock() {
        assertThat(decodeOne(ONE_BLOCK))
                .isEqualTo(new DataLinkManagement(3, Mmsi.of(3669705), List.of(new Reservation(2182, 5, 7, 225))));
    }

    @Test
    void decode_104Bits_holdsTwoBlocksAndNoPartialThird() {
        // gpsdecode 3.22 reports a third block with offset 1792 from the 4 bits of padding and zeros.
        assertThat(decodeOne(TWO_BLOCKS))
                .isEqualTo(new DataLinkManagement(
                        1,
                        Mmsi.of(271485220),
                        List.of(new Reservation(1021, 3, 6, 1948), new Reservation(1430, 11, 7, 202))));
    }

    @Test
    void decode_136Bits_holdsThreeBlocks() {
        assertThat(decodeOne(THREE_BLOCKS))
                .isEqualTo(new DataLinkManagement(
                        0,
                        Mmsi.of(3160097),
                        List.of(
                                new Reservation(47, 1, 7, 250),
                                new Reservation(2250, 1, 7, 1125),
                                new Reservation(856, 5, 7, 1125))));
    }

    @Test
    void decode_186Bits_keepsFourPresentBlocksIncludingZeroOnes() {
        Reservation zero = new Reservation(0, 0, 0, 0);
        assertThat(decodeOne(PADDED))
                .isEqualTo(new DataLinkManagement(
                        0, Mmsi.of(2442003), List.of(new Reservation(1385, 2, 7, 1125), zero, zero, zero)));
    }

    @Test
    void encode_standardLengths_reproducePayloads() {
        assertThat(armoredPayload(decodeOne(ONE_BLOCK))).isEqualTo("Dh3OvjB8IN>4,0");
        assertThat(armoredPayload(decodeOne(THREE_BLOCKS))).isEqualTo("D030p8@2tN?b<`O6DmQO6D0,2");
    }

    @Test
    void encode_nonzeroSpareAndPadding_keepsLengthAndWritesZeros() {
        // This synthetic example sets the 2 spare bits after the MMSI and the 4 padding bits.
        BitBuffer original = Fixtures18To27.bits("DD2r994wluqiIJv<ah", 4);
        BitBuffer encoded = MessageCodec.encode(decodeOne(TWO_BLOCKS));

        assertThat(original.unsigned(38, 2)).isEqualTo(1);
        assertThat(original.unsigned(100, 4)).isEqualTo(7);
        assertThat(encoded.length()).isEqualTo(104);
        for (int i = 0; i < 104; i++) {
            boolean spare = i == 38 || i == 39 || i >= 100;
            assertThat(encoded.flag(i)).as("bit %d", i).isEqualTo(!spare && original.flag(i));
        }
    }

    @Test
    void describe_twoBlocks_writesAList() {
        assertThat(fields(decodeOne(TWO_BLOCKS)))
                .isEqualTo(Map.of(
                        "reservations",
                        List.of(
                                Map.of("offset", 1021L, "number", 3L, "timeout", 6L, "increment", 1948L),
                                Map.of("offset", 1430L, "number", 11L, "timeout", 7L, "increment", 202L))));
    }

    @Test
    void decode_satellitePayloadOf40Bits_isRejectedAsTooShort() {
        // amsa-risky/exact-earth-augmented.txt: a type 20 without even one block.
        assertThat(rejectOne("!AIVDM,1,1,,A,D06rQm0,2*18,1327992608660").kind()).isEqualTo(ErrorKind.PAYLOAD_TOO_SHORT);
    }

    @Test
    void decode_payloadOf70Bits_isRejectedAsTooShort() {
        assertThat(rejectOne(Fixtures18To27.sentence("Dh3OvjB8IN>4", 2)).kind()).isEqualTo(ErrorKind.PAYLOAD_TOO_SHORT);
    }

    @Test
    void new_fiveBlocks_isRefused() {
        Reservation r = new Reservation(1, 1, 1, 1);
        assertThatThrownBy(() -> new DataLinkManagement(0, Mmsi.of(1), List.of(r, r, r, r, r)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("data link management needs 1 to 4 reservation blocks, was 5");
    }
}
