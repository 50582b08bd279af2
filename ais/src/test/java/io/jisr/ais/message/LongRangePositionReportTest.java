package io.jisr.ais.message;

import static io.jisr.ais.message.Fixtures18To27.armoredPayload;
import static io.jisr.ais.message.Fixtures18To27.decodeOne;
import static io.jisr.ais.message.Fixtures18To27.fields;
import static io.jisr.ais.message.Fixtures18To27.rejectOne;
import static io.jisr.ais.message.Fixtures18To27.sentence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import io.jisr.ais.ErrorKind;
import io.jisr.ais.identity.Mmsi;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LongRangePositionReportTest {

    /** gpsd/sample.aivdm.nmea, 96 bits (edge-case notes section 5). */
    private static final String SHORT = "!AIVDM,1,1,,A,KCQ9r=hrFUnH7P00,0*41";

    /** gpsd/sample.aivdm.nmea, 168 bits: the same message padded to a whole slot. */
    private static final String SLOT = "!AIVDM,1,1,,B,KC5E2b@U19PFdLbMuc5=ROv62<7m,0*16";

    /** libais/typeexamples.nmea (synthetic): longitude 200.23°, latency flag set. */
    private static final String BAD_LONGITUDE = "!AIVDM,1,1,,A,KvQ:1o`7EBrBQ`?w,0*37";

    /** gpsd/ais-nmea-type6-fid55.log: moored, course 511. */
    private static final String NO_COURSE = "!AIVDM,1,1,,B,Kk`kDpu@;LkmU0Ot,0*20";

    @Test
    void decode_96Bits_matchesHandDecode() {
        // gpsdecode 3.22 prints lon -154.2 lat 87.1 (rounded); the 1/10-minute values are exact here.
        LongRangePositionReport m = (LongRangePositionReport) decodeOne(SHORT);

        assertThat(m)
                .isEqualTo(new LongRangePositionReport(
                        1,
                        Mmsi.of(236091959),
                        false,
                        false,
                        NavigationStatus.RESTRICTED_MANOEUVRABILITY,
                        Optional.of(Position.of(52239 / 600.0, -92521 / 600.0)),
                        OptionalInt.of(0),
                        OptionalInt.of(0),
                        false));
        assertThat(m.position().orElseThrow().latitude()).isEqualTo(87.065);
        assertThat(m.position().orElseThrow().longitude()).isCloseTo(-154.201667, within(5e-7));
    }

    @Test
    void decode_168Bits_ignoresSlotPadding() {
        assertThat(decodeOne(SLOT))
                .isEqualTo(new LongRangePositionReport(
                        1,
                        Mmsi.of(206914217),
                        false,
                        false,
                        NavigationStatus.NOT_UNDER_COMMAND,
                        Optional.of(Position.of(2904 / 600.0, 82214 / 600.0)),
                        OptionalInt.of(57),
                        OptionalInt.of(167),
                        false));
    }

    @Test
    void decode_longitudeBeyond180_hasNoPosition() {
        LongRangePositionReport m = (LongRangePositionReport) decodeOne(BAD_LONGITUDE);

        assertThat(m.position()).isEmpty();
        assertThat(m.repeatIndicator()).isEqualTo(3);
        assertThat(m.highAccuracy()).isTrue();
        assertThat(m.speedOverGroundKnots()).hasValue(16);
        assertThat(m.courseOverGroundDegrees()).hasValue(255);
        assertThat(m.positionLatencyOverFiveSeconds()).isTrue();
    }

    @Test
    void decode_course511_isNotAvailable() {
        LongRangePositionReport m = (LongRangePositionReport) decodeOne(NO_COURSE);

        assertThat(m.courseOverGroundDegrees()).isEmpty();
        assertThat(m.speedOverGroundKnots()).hasValue(0);
        assertThat(m.navigationStatus()).isEqualTo(NavigationStatus.MOORED);
        assertThat(m.raim()).isTrue();
    }

    @Test
    void decode_allSentinels_areNotAvailable() {
        BitBuffer b = new BitBuffer();
        b.append(27, 6);
        b.append(3, 2);
        b.append(236091959, 30);
        b.append(0, 6);
        b.append(181 * 600, 18);
        b.append(91 * 600, 17);
        b.append(63, 6);
        b.append(511, 9);
        b.append(1, 1);
        b.append(0, 1);
        StringBuilder armored = new StringBuilder();
        int fill = b.armor(armored);

        LongRangePositionReport m = (LongRangePositionReport) decodeOne(sentence(armored.toString(), fill));

        assertThat(m.position()).isEmpty();
        assertThat(m.speedOverGroundKnots()).isEmpty();
        assertThat(m.courseOverGroundDegrees()).isEmpty();
        assertThat(armoredPayload(m)).isEqualTo(armored + "," + fill);
    }

    @Test
    void encode_96Bits_reproducesPayload() {
        assertThat(armoredPayload(decodeOne(SHORT))).isEqualTo("KCQ9r=hrFUnH7P00,0");
    }

    @Test
    void describe_96Bits_writesFieldsInOrder() {
        assertThat(fields(decodeOne(SHORT)))
                .containsExactly(
                        entry("accuracy", false),
                        entry("raim", false),
                        entry("status", "RESTRICTED_MANOEUVRABILITY"),
                        entry("lat", 52239 / 600.0),
                        entry("lon", -92521 / 600.0),
                        entry("speed", 0L),
                        entry("course", 0L),
                        entry("gnss", false));
    }

    @Test
    void decode_payloadOf95Bits_isRejectedAsTooShort() {
        assertThat(rejectOne(sentence("KCQ9r=hrFUnH7P00", 1)).kind()).isEqualTo(ErrorKind.PAYLOAD_TOO_SHORT);
    }
}
