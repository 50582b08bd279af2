package io.jisr.ais.message;

import static io.jisr.ais.message.Fixtures18To27.ABSENT;
import static io.jisr.ais.message.Fixtures18To27.armoredPayload;
import static io.jisr.ais.message.Fixtures18To27.decodeOne;
import static io.jisr.ais.message.Fixtures18To27.fields;
import static io.jisr.ais.message.Fixtures18To27.rejectOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import io.jisr.ais.ErrorKind;
import io.jisr.ais.identity.Mmsi;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ClassBPositionReportTest {

    /** libais/typeexamples.nmea; gpsdecode 3.22 gives the same values (radio 917510 = selector 1 + 393222). */
    private static final String CS_UNIT = "!AIVDM,1,1,,B,B5MiOp0006g4up6:EV403wr5oP06,0*38";

    /** signalk/nais300-merrimac.log, own ship: every field "not available", assigned mode. */
    private static final String NOTHING_AVAILABLE = "!AIVDO,1,1,,,B3`hBQh3wk?8mP=18D3Q3wv5sP06,0*42";

    /** gpsd/ais-nmea-type6-fid55.log: a SOTDMA ("SO") unit with a SOTDMA communication state. */
    private static final String SO_UNIT = "!AIVDM,1,1,,A,B6:KfNP001vGeN31tGEJ18;SQP06,0*28";

    @Test
    void decode_carrierSenseUnit_matchesHandDecodeAndGpsd() {
        AisMessage m = decodeOne(CS_UNIT);

        assertThat(m)
                .isEqualTo(new ClassBPositionReport(
                        0,
                        Mmsi.of(366764000),
                        OptionalDouble.of(0.0),
                        false,
                        Optional.of(Position.of(25843297 / 600000.0, -42426640 / 600000.0)),
                        OptionalDouble.of(0.0),
                        OptionalInt.empty(),
                        ReportSecond.ofRaw(52),
                        true,
                        false,
                        true,
                        true,
                        true,
                        false,
                        true,
                        true,
                        393222));
        Position p = ((ClassBPositionReport) m).position().orElseThrow();
        assertThat(p.latitude()).isCloseTo(43.072162, within(5e-7));
        assertThat(p.longitude()).isCloseTo(-70.711067, within(5e-7));
    }

    @Test
    void decode_everySentinel_isNotAvailable() {
        ClassBPositionReport m = (ClassBPositionReport) decodeOne(NOTHING_AVAILABLE);

        assertThat(m.mmsi()).isEqualTo(Mmsi.of(244060807));
        assertThat(m.speedOverGroundKnots()).isEmpty();
        assertThat(m.position()).isEmpty();
        assertThat(m.courseOverGroundDegrees()).isEmpty();
        assertThat(m.trueHeadingDegrees()).isEmpty();
        assertThat(m.second()).isEqualTo(ReportSecond.Unavailable.NOT_AVAILABLE);
        assertThat(m.assignedMode()).isTrue();
        assertThat(m.itdmaCommState()).isTrue();
    }

    @Test
    void decode_sotdmaUnit_readsUnitFlagsAndSelector() {
        ClassBPositionReport m = (ClassBPositionReport) decodeOne(SO_UNIT);

        assertThat(m.mmsi()).isEqualTo(Mmsi.of(413593210));
        assertThat(m.position()).contains(Position.of(12710261 / 600000.0, 66254524 / 600000.0));
        assertThat(m.courseOverGroundDegrees()).hasValue(144.0);
        assertThat(m.trueHeadingDegrees()).hasValue(144);
        assertThat(m.second()).isEqualTo(ReportSecond.ofRaw(23));
        assertThat(m.carrierSenseUnit()).isFalse();
        assertThat(m.hasDisplay()).isTrue();
        assertThat(m.hasDsc()).isTrue();
        assertThat(m.wholeMarineBand()).isTrue();
        assertThat(m.acceptsMessage22()).isFalse();
        assertThat(m.raim()).isFalse();
        assertThat(m.itdmaCommState()).isFalse();
        assertThat(m.radioStatus()).isEqualTo(393222);
    }

    @Test
    void encode_realReports_reproduceTheirPayloads() {
        assertThat(armoredPayload(decodeOne(CS_UNIT))).isEqualTo("B5MiOp0006g4up6:EV403wr5oP06,0");
        assertThat(armoredPayload(decodeOne(NOTHING_AVAILABLE))).isEqualTo("B3`hBQh3wk?8mP=18D3Q3wv5sP06,0");
        assertThat(armoredPayload(decodeOne(SO_UNIT))).isEqualTo("B6:KfNP001vGeN31tGEJ18;SQP06,0");
    }

    @Test
    void describe_carrierSenseUnit_writesFieldsInOrder() {
        assertThat(fields(decodeOne(CS_UNIT)))
                .containsExactly(
                        entry("speed", 0.0),
                        entry("accuracy", false),
                        entry("lat", 25843297 / 600000.0),
                        entry("lon", -42426640 / 600000.0),
                        entry("course", 0.0),
                        entry("heading", ABSENT),
                        entry("second", 52L),
                        entry("secondKind", "AVAILABLE"),
                        entry("cs", true),
                        entry("display", false),
                        entry("dsc", true),
                        entry("band", true),
                        entry("msg22", true),
                        entry("assigned", false),
                        entry("raim", true),
                        entry("itdmaCommState", true),
                        // gpsd 3.22 prints "radio":917510: the selector flag (2^19) and the 19-bit state.
                        entry("radio", 917510L));
    }

    @Test
    void decode_payloadOf162Bits_isRejectedAsTooShort() {
        assertThat(rejectOne(Fixtures18To27.sentence("B5MiOp0006g4up6:EV403wr5oP0", 0))
                        .kind())
                .isEqualTo(ErrorKind.PAYLOAD_TOO_SHORT);
    }

    @Test
    void new_radioStatusOver19Bits_isRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ClassBPositionReport(
                        0,
                        Mmsi.of(1),
                        OptionalDouble.empty(),
                        false,
                        Optional.empty(),
                        OptionalDouble.empty(),
                        OptionalInt.empty(),
                        ReportSecond.ofRaw(60),
                        true,
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        true,
                        1 << 19))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("radio status must fit 19 unsigned bits, was 524288");
    }
}
