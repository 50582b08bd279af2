package io.jisr.ais.message;

import static io.jisr.ais.message.DecodedMessages.decodeCorpus;
import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.AisEncoder;
import io.jisr.ais.identity.Mmsi;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Types 6, 8 (raw application data) and 17 on recorded sentences, cross-checked with gpsdecode 3.22. */
class BinaryMessagesTest {
    private static final String GPSD = "/ais/gpsd/sample.aivdm.nmea";
    private static final String LIBAIS = "/ais/libais/typeexamples.nmea";

    @Test
    void decode_addressedBinary_keepsApplicationBitsExactly() {
        // gpsd: seqno 3, dest_mmsi 313240222, retransmit false, dac 669, fid 11, data "48:eb2f118f7ff1".
        AddressedBinaryMessage m = decodeCorpus(AddressedBinaryMessage.class, GPSD, "6B?n;be:cbapalgc;i6?Ow4", 1);

        assertThat(m)
                .isEqualTo(new AddressedBinaryMessage(
                        1,
                        Mmsi.of(150834090),
                        3,
                        Mmsi.of(313240222),
                        false,
                        669,
                        11,
                        BitString.parse("48:eb2f118f7ff1")));
        assertThat(AisEncoder.standard().encode(m, "B", 0))
                .containsExactly("!AIVDM,1,1,,B,6B?n;be:cbapalgc;i6?Ow4,2*4A");
    }

    @Test
    void describe_addressedBinary_reportsFieldsInOrder() {
        AddressedBinaryMessage m = decodeCorpus(AddressedBinaryMessage.class, GPSD, "6B?n;be:cbapalgc;i6?Ow4", 1);

        assertThat(FieldRecorder.fieldsOf(m))
                .containsExactly(
                        "seqno=3",
                        "destMmsi=313240222",
                        "retransmit=false",
                        "dac=669",
                        "fid=11",
                        "data=48:eb2f118f7ff1");
    }

    @Test
    void decode_broadcastOtherApplication_keepsRawBitsWithoutView() {
        // gpsd: dac 1, fid 22, data "144:0280084a1000281e004b2934398c39e00000".
        BinaryBroadcastMessage m =
                decodeCorpus(BinaryBroadcastMessage.class, LIBAIS, "803Ovrh0EP:024`@02PN04da=3V<>N0000", 1);

        assertThat(m)
                .isEqualTo(new BinaryBroadcastMessage(
                        0, Mmsi.of(3669739), 1, 22, BitString.parse("144:0280084a1000281e004b2934398c39e00000")));
        assertThat(m.meteorologicalHydrographicData()).isEmpty();
        assertThat(FieldRecorder.fieldsOf(m))
                .containsExactly("dac=1", "fid=22", "data=144:0280084a1000281e004b2934398c39e00000");
    }

    @Test
    void decode_threeSentenceBroadcast_keepsAll510Bits() {
        // gpsd sample's three-part type 8, DAC 366 FI 57 (edge-cases doc section 9).
        BinaryBroadcastMessage m =
                decodeCorpus(BinaryBroadcastMessage.class, GPSD, "85Mwp=iKfGwushJ?gNlt2QU3osVGe:4?cNhQqf2VH8t", 3);

        // gpsd: mmsi 366999607, dac 366, fid 57, data "510:7ffdef06...16f3a2d0".
        assertThat(m.mmsi()).isEqualTo(Mmsi.of(366999607));
        assertThat(m.designatedAreaCode()).isEqualTo(366);
        assertThat(m.functionIdentifier()).isEqualTo(57);
        assertThat(m.data())
                .isEqualTo(BitString.parse(
                        "510:7ffdef068fbded3c0a1943dfb997b4a10fadec21e6e0a6608f0f44b686a8747ff71e595dcb5"
                                + "ec5b4e05221d886233d2e4916f6eb6fe8ecd38d69792816f3a2d0"));
        // The recorded fill bits are not zero, so compare the 566 payload bits rather than the armour.
        BitBuffer recorded = new BitBuffer();
        recorded.appendArmored("85Mwp=iKfGwushJ?gNlt2QU3osVGe:4?cNhQqf2VH8t"
                + "?A;J6b7AwuiqIGLeNiKCPDR7HQR<u;TTFufegr>kCSF" + "Uq:1Kk`e8");
        recorded.dropTrailing(4);
        BitBuffer encoded = MessageCodec.encode(m);
        assertThat(encoded.length()).isEqualTo(566);
        assertThat(encoded.slice(0, 566)).isEqualTo(recorded.slice(0, 566));
    }

    @Test
    void decode_gnssBroadcast_givesReferencePositionAndData() {
        // gpsd: lon -90.5, lat -0.7 (raw -54329, -399 in 1/10 minute), data "112:9d85b89f4ee9ffbfcfaa55b467de".
        GnssBroadcastBinaryMessage m =
                decodeCorpus(GnssBroadcastBinaryMessage.class, LIBAIS, "AwoiGRg:tOw>>9n5f9u>rOvwkraEe6ON", 1);

        assertThat(m)
                .isEqualTo(new GnssBroadcastBinaryMessage(
                        3,
                        Mmsi.of(1065113482),
                        Optional.of(Position.of(-399 / 600.0, -54329 / 600.0)),
                        BitString.parse("112:9d85b89f4ee9ffbfcfaa55b467de")));
        assertThat(FieldRecorder.fieldsOf(m))
                .containsExactly("lat=-0.665", "lon=-90.548", "data=112:9d85b89f4ee9ffbfcfaa55b467de");
    }

    @Test
    void decode_gnssBroadcastWithImpossibleLatitude_hasNoPosition() {
        // gpsd passes lat -107.1 through for this libais example.
        GnssBroadcastBinaryMessage m = decodeCorpus(
                GnssBroadcastBinaryMessage.class, "/ais/libais/test.aivdm", "AsjEC:5Ssb2MfUi:@nwgwutp7aOnwmuCodH", 1);

        assertThat(m.mmsi()).isEqualTo(Mmsi.of(790975272));
        assertThat(m.position()).isEmpty();
        assertThat(m.data()).isEqualTo(BitString.parse("128:5c4a436fefffdf381e97f6ff5f53dec6"));
    }
}
