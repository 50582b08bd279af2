package io.jisr.ais.message;

import static io.jisr.ais.message.Fixtures18To27.armoredPayload;
import static io.jisr.ais.message.Fixtures18To27.decodeOne;
import static io.jisr.ais.message.Fixtures18To27.fields;
import static io.jisr.ais.message.Fixtures18To27.rejectOne;
import static io.jisr.ais.message.Fixtures18To27.sentence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.jisr.ais.ErrorKind;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.AidToNavigationReport.AidType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AidToNavigationReportTest {

    /** gpsd/ais_unpack_sixbit.log, 304 bits: "B 17@" in the extension, then 2 spare bits. */
    private static final String HILLSBOROUGH = "!AIVDM,1,1,,A,ENk`sG6T4V69Q93T@1bb@1h1T@6=3BiM7uUb`00003vP00`<Mh0,2*4A";

    /** gpsd/sample.aivdm.nmea, two sentences, 368 bits; the name field holds junk after its first '@'. */
    private static final String[] IBC_BUOY = {
        "!AIVDM,2,1,8,B,E03l90w4Q1h3h1:WdPOwwwwwwwwlQdn`:e55020@@@gP0000000000000000,0*47", "!AIVDM,2,2,8,B,00,4*19"
    };

    /** dma-aislib/ais250.txt, 280 bits: a one-character extension of '@' and 2 spare bits. */
    private static final String SAN_DIEGO = "!AIVDM,1,1,,B,ENkb9OI9R@10dh0`8@9R@@@@@@@;kaCw9EE>`00003vP000,2*78";

    /** gpsd/ais-nmea-type6-fid55.log, 306 bits: a virtual aid; five junk characters follow the name's '@'. */
    private static final String AHAAHA = "!AIVDM,1,1,,A,E>m1c3DPT0PT0h97QUah77a:400F@VKHmP@jP00003`01?TrwSW,0*3D";

    /** amsa-risky/ais.txt, 328 bits: off position, AtoN status 170, assigned mode. */
    private static final String OFF_POSITION =
            "!AIVDM,1,1,,A,ENlsotHs00000000000000000004cEbStLWhp10888QJ`T3lU820CQ0,2*70";

    @Test
    void decode_nameWithExtension_joinsBothFields() {
        assertThat(decodeOne(HILLSBOROUGH))
                .isEqualTo(new AidToNavigationReport(
                        1,
                        Mmsi.of(993672028),
                        AidType.BEACON_PORT_HAND,
                        Optional.of("HILLSBRGH CUT C CH LB 17"),
                        false,
                        Optional.of(Position.of(16698197 / 600000.0, -49468323 / 600000.0)),
                        new Dimensions(0, 0, 0, 0),
                        EpfdType.SURVEYED,
                        ReportSecond.Unavailable.MANUAL_INPUT,
                        false,
                        0,
                        false,
                        false,
                        false,
                        32));
    }

    @Test
    void encode_nameWithExtension_reproducesPayload() {
        assertThat(armoredPayload(decodeOne(HILLSBOROUGH)))
                .isEqualTo("ENk`sG6T4V69Q93T@1bb@1h1T@6=3BiM7uUb`00003vP00`<Mh0,2");
    }

    @Test
    void decode_twoSentenceReport_cutsNameAtFirstAtSign() {
        AidToNavigationReport m = (AidToNavigationReport) decodeOne(IBC_BUOY);

        assertThat(m.mmsi()).isEqualTo(Mmsi.of(4000003));
        assertThat(m.aidType()).isEqualTo(AidType.SPECIAL_MARK);
        assertThat(m.name()).contains("IBC G BUOY");
        assertThat(m.highAccuracy()).isTrue();
        assertThat(m.position()).contains(Position.of(22448680 / 600000.0, 75943336 / 600000.0));
        assertThat(m.dimensions()).isEqualTo(new Dimensions(2, 2, 2, 2));
        assertThat(m.epfd()).isEqualTo(EpfdType.GPS);
        assertThat(m.second()).isEqualTo(ReportSecond.ofRaw(31));
        // 96 bits follow the fixed part; 88 is the most the table allows (360 bits in all).
        assertThat(m.nameExtensionBits()).isEqualTo(88);
        assertThat(MessageCodec.encode(m).length()).isEqualTo(360);
    }

    @Test
    void decode_emptyExtensionCharacter_keepsPayloadLength() {
        AidToNavigationReport m = (AidToNavigationReport) decodeOne(SAN_DIEGO);

        assertThat(m.name()).contains("SD BAY APP SD");
        assertThat(m.aidType()).isEqualTo(AidType.BEACON_SAFE_WATER);
        assertThat(m.nameExtensionBits()).isEqualTo(8);
        assertThat(MessageCodec.encode(m).length()).isEqualTo(280);
    }

    @Test
    void decode_unpaddedExtension_keepsItsOddLength() {
        AidToNavigationReport m = (AidToNavigationReport) decodeOne(AHAAHA);

        assertThat(m.name()).contains("AHAAHA ROCKS NORTH");
        assertThat(m.aidType()).isEqualTo(AidType.BEACON_CARDINAL_N);
        assertThat(m.virtualAid()).isTrue();
        assertThat(m.highAccuracy()).isTrue();
        assertThat(m.position()).contains(Position.of(-22011500 / 600000.0, 105015000 / 600000.0));
        assertThat(m.nameExtensionBits()).isEqualTo(34);
        assertThat(MessageCodec.encode(m).length()).isEqualTo(306);
    }

    @Test
    void decode_offPositionAid_readsStatusFlags() {
        AidToNavigationReport m = (AidToNavigationReport) decodeOne(OFF_POSITION);

        assertThat(m.mmsi()).isEqualTo(Mmsi.of(995031025));
        assertThat(m.aidType()).isEqualTo(AidType.BEACON_ISOLATED_DANGER);
        // The name field reads "6@@@...", the extension "PORT HAND": text after the first '@' is dropped.
        assertThat(m.name()).contains("6");
        assertThat(m.offPosition()).isTrue();
        assertThat(m.atonStatus()).isEqualTo(170);
        assertThat(m.assignedMode()).isTrue();
        assertThat(m.virtualAid()).isFalse();
        assertThat(m.second()).isEqualTo(ReportSecond.ofRaw(2));
        assertThat(m.dimensions()).isEqualTo(new Dimensions(1, 1, 1, 1));
    }

    @Test
    void describe_nameWithExtension_writesFieldsInOrder() {
        assertThat(fields(decodeOne(HILLSBOROUGH)))
                .containsExactly(
                        entry("aidType", "BEACON_PORT_HAND"),
                        entry("name", "HILLSBRGH CUT C CH LB 17"),
                        entry("accuracy", false),
                        entry("lat", 16698197 / 600000.0),
                        entry("lon", -49468323 / 600000.0),
                        entry("toBow", 0L),
                        entry("toStern", 0L),
                        entry("toPort", 0L),
                        entry("toStarboard", 0L),
                        entry("epfd", "SURVEYED"),
                        entry("second", Fixtures18To27.ABSENT),
                        entry("secondKind", "MANUAL_INPUT"),
                        entry("offPosition", false),
                        entry("regional", 0L),
                        entry("raim", false),
                        entry("virtualAid", false),
                        entry("assigned", false));
    }

    @Test
    void decode_payloadOf270Bits_isRejectedAsTooShort() {
        // signalk/nais400-merrimac.log's 272-bit report with its last character cut off.
        assertThat(rejectOne(sentence("E>jN6<0W6@1WPab3bPa2@LtP0000:uoH?9Ur000003v01", 0))
                        .kind())
                .isEqualTo(ErrorKind.PAYLOAD_TOO_SHORT);
    }

    @Test
    void standardExtensionBits_nameLengths_padToByteBoundary() {
        assertThat(AidToNavigationReport.standardExtensionBits(0)).isZero();
        assertThat(AidToNavigationReport.standardExtensionBits(20)).isZero();
        assertThat(AidToNavigationReport.standardExtensionBits(21)).isEqualTo(8);
        assertThat(AidToNavigationReport.standardExtensionBits(22)).isEqualTo(16);
        assertThat(AidToNavigationReport.standardExtensionBits(23)).isEqualTo(24);
        assertThat(AidToNavigationReport.standardExtensionBits(24)).isEqualTo(24);
        assertThat(AidToNavigationReport.standardExtensionBits(34)).isEqualTo(88);
    }

    @Test
    void new_nameLongerThanExtension_isRefused() {
        assertThatThrownBy(() -> report(Optional.of("HILLSBRGH CUT C CH LB 17"), 16))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("AtoN name \"HILLSBRGH CUT C CH LB 17\" has 24 characters, more than the 22 that 16"
                        + " extension bits hold");
    }

    @Test
    void new_nameWithAtSign_isRefused() {
        assertThatThrownBy(() -> report(Optional.of("BUOY@1"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("AtoN name must be 1 to 34 characters of the AIS six-bit alphabet without '@' or"
                        + " trailing spaces, was \"BUOY@1\"");
    }

    private static AidToNavigationReport report(Optional<String> name, int extensionBits) {
        return new AidToNavigationReport(
                0,
                Mmsi.of(992501234),
                AidType.NOT_SPECIFIED,
                name,
                false,
                Optional.empty(),
                new Dimensions(0, 0, 0, 0),
                EpfdType.UNDEFINED,
                ReportSecond.Unavailable.NOT_AVAILABLE,
                false,
                0,
                false,
                false,
                false,
                extensionBits);
    }
}
