package io.jisr.ais.message;

import static io.jisr.ais.message.Fixtures18To27.ABSENT;
import static io.jisr.ais.message.Fixtures18To27.bits;
import static io.jisr.ais.message.Fixtures18To27.decodeOne;
import static io.jisr.ais.message.Fixtures18To27.fields;
import static io.jisr.ais.message.Fixtures18To27.rejectOne;
import static io.jisr.ais.message.Fixtures18To27.sentence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.jisr.ais.ErrorKind;
import io.jisr.ais.identity.Mmsi;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ExtendedClassBPositionReportTest {

    /** gpsd/ais_unpack_sixbit.log; gpsdecode 3.22 agrees on every field. */
    private static final String YUXINHUO = "!AIVDM,1,1,,B,C6:W26h00:9RAr4THs4cTRv0jbhBL@bOSQWii0000000S4862S0P,0*71";

    /** gpsd/sample.aivdm.nmea; its spare bits are not zero (gpsd: "reserved":248, "regional":4). */
    private static final String RIMES = "!AIVDM,1,1,,B,C5N3SRgPEnJGEBT>NhWAwwo862PaLELTBJ:V00000000S0D:R220,0*0B";

    @Test
    void decode_unpackSixbitSample_matchesHandDecodeAndGpsd() {
        assertThat(decodeOne(YUXINHUO))
                .isEqualTo(new ExtendedClassBPositionReport(
                        0,
                        Mmsi.of(413778459),
                        OptionalDouble.of(0.0),
                        true,
                        Optional.of(Position.of(19162033 / 600000.0, 72108276 / 600000.0)),
                        OptionalDouble.of(69.7),
                        OptionalInt.of(69),
                        ReportSecond.Unavailable.NOT_AVAILABLE,
                        Optional.of("YUXINHUO10388"),
                        Optional.of(ShipType.of(70)),
                        new Dimensions(66, 12, 5, 6),
                        EpfdType.UNDEFINED,
                        false,
                        false,
                        false));
    }

    @Test
    void decode_headingNotAvailableAndDteReady_mapsBothFlags() {
        ExtendedClassBPositionReport m = (ExtendedClassBPositionReport) decodeOne(RIMES);

        assertThat(m.mmsi()).isEqualTo(Mmsi.of(367059850));
        assertThat(m.speedOverGroundKnots()).hasValue(8.7);
        assertThat(m.position()).contains(Position.of(17726217 / 600000.0, -53286235 / 600000.0));
        assertThat(m.courseOverGroundDegrees()).hasValue(335.9);
        assertThat(m.trueHeadingDegrees()).isEmpty();
        assertThat(m.second()).isEqualTo(ReportSecond.ofRaw(46));
        assertThat(m.shipname()).contains("CAPT.J.RIMES");
        assertThat(m.dimensions()).isEqualTo(new Dimensions(5, 21, 4, 4));
        assertThat(m.epfd()).isEqualTo(EpfdType.GPS);
        assertThat(m.dataTerminalReady()).isTrue();
        assertThat(m.assignedMode()).isFalse();
    }

    @Test
    void encode_nonzeroSpareBits_writesThemAsZeroAndKeepsEverythingElse() {
        BitBuffer original = bits("C5N3SRgPEnJGEBT>NhWAwwo862PaLELTBJ:V00000000S0D:R220", 0);
        BitBuffer encoded = MessageCodec.encode(decodeOne(RIMES));

        assertThat(original.unsigned(38, 8)).isEqualTo(248);
        assertThat(original.unsigned(139, 4)).isEqualTo(4);
        assertThat(encoded.length()).isEqualTo(312);
        for (int i = 0; i < 312; i++) {
            boolean spare = (i >= 38 && i < 46) || (i >= 139 && i < 143) || i >= 308;
            assertThat(encoded.flag(i)).as("bit %d", i).isEqualTo(!spare && original.flag(i));
        }
    }

    @Test
    void describe_unpackSixbitSample_writesFieldsInOrder() {
        assertThat(fields(decodeOne(YUXINHUO)))
                .containsExactly(
                        entry("speed", 0.0),
                        entry("accuracy", true),
                        entry("lat", 19162033 / 600000.0),
                        entry("lon", 72108276 / 600000.0),
                        entry("course", 69.7),
                        entry("heading", 69L),
                        entry("second", ABSENT),
                        entry("secondKind", "NOT_AVAILABLE"),
                        entry("shipname", "YUXINHUO10388"),
                        entry("shiptype", 70L),
                        entry("shiptypeText", "Cargo"),
                        entry("toBow", 66L),
                        entry("toStern", 12L),
                        entry("toPort", 5L),
                        entry("toStarboard", 6L),
                        entry("epfd", "UNDEFINED"),
                        entry("raim", false),
                        entry("dataTerminalReady", false),
                        entry("assigned", false));
    }

    @Test
    void decode_payloadOf306Bits_isRejectedAsTooShort() {
        assertThat(rejectOne(sentence("C6:W26h00:9RAr4THs4cTRv0jbhBL@bOSQWii0000000S4862S0", 0))
                        .kind())
                .isEqualTo(ErrorKind.PAYLOAD_TOO_SHORT);
    }
}
