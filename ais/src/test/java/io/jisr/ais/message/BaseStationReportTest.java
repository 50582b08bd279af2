package io.jisr.ais.message;

import static io.jisr.ais.message.DecodedMessages.bits;
import static io.jisr.ais.message.DecodedMessages.decodeCorpus;
import static io.jisr.ais.message.DecodedMessages.decodeOne;
import static io.jisr.ais.message.DecodedMessages.sentence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.ais.AisEncoder;
import io.jisr.ais.identity.Mmsi;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Types 4 and 11 on recorded sentences (values cross-checked with gpsdecode 3.22) and their special values. */
class BaseStationReportTest {
    private static final String GPSD = "/ais/gpsd/sample.aivdm.nmea";

    @Test
    void decode_surveyedStationWithTime_givesEveryField() {
        BaseStationReport m = decodeCorpus(BaseStationReport.class, GPSD, "403OviQuMGCqWrRO9>E6fE700@GO", 1);

        assertThat(m)
                .isEqualTo(new BaseStationReport(
                        4,
                        0,
                        Mmsi.of(3669702),
                        OptionalInt.of(2007),
                        OptionalInt.of(5),
                        OptionalInt.of(14),
                        OptionalInt.of(19),
                        OptionalInt.of(57),
                        OptionalInt.of(39),
                        true,
                        Optional.of(Position.of(22130260 / 600_000.0, -45811417 / 600_000.0)),
                        EpfdType.SURVEYED,
                        false,
                        false,
                        67039));
        assertThat(m.utc()).contains(Instant.parse("2007-05-14T19:57:39Z"));
        assertThat(m.position().orElseThrow().latitude())
                .isCloseTo(36.883767, org.assertj.core.data.Offset.offset(5e-7));
        assertThat(m.position().orElseThrow().longitude())
                .isCloseTo(-76.352362, org.assertj.core.data.Offset.offset(5e-7));
    }

    @Test
    void decode_everyPartNotAvailable_givesEmptyParts() {
        // gpsd: "timestamp":"0000-00-00T24:60:60Z", lon 181, lat 91, epfd 0.
        BaseStationReport m = decodeCorpus(BaseStationReport.class, GPSD, "402Fha0000Htt<tSF0l4Q@000d20", 1);

        assertThat(m.mmsi()).isEqualTo(Mmsi.of(2470052));
        assertThat(m.year()).isEmpty();
        assertThat(m.month()).isEmpty();
        assertThat(m.day()).isEmpty();
        assertThat(m.hour()).isEmpty();
        assertThat(m.minute()).isEmpty();
        assertThat(m.second()).isEmpty();
        assertThat(m.utc()).isEmpty();
        assertThat(m.position()).isEmpty();
        assertThat(m.epfd()).isEqualTo(EpfdType.UNDEFINED);
        assertThat(m.radioStatus()).isEqualTo(180352);
    }

    @Test
    void decode_dateWithoutTime_keepsTheDateParts() {
        // gpsd: "2012-06-01T24:60:60Z", lon -8.385217, lat 43.369013, epfd 7.
        BaseStationReport m = decodeCorpus(BaseStationReport.class, GPSD, "4028n@iuiPpttwIWI<Hl>8700PS:", 1);

        assertThat(m.mmsi()).isEqualTo(Mmsi.of(2242115));
        assertThat(m.year()).hasValue(2012);
        assertThat(m.month()).hasValue(6);
        assertThat(m.day()).hasValue(1);
        assertThat(m.hour()).isEmpty();
        assertThat(m.minute()).isEmpty();
        assertThat(m.second()).isEmpty();
        assertThat(m.utc()).isEmpty();
        assertThat(m.position()).contains(Position.of(26021408 / 600_000.0, -5031130 / 600_000.0));
        assertThat(m.radioStatus()).isEqualTo(133322);
    }

    @Test
    void decode_impossibleYearAndLongitude_areNotAvailable() {
        // gpsd passes these through: year 10196, month 0, lon 205.116887, lat 109.332052, epfd 14.
        BaseStationReport m = decodeCorpus(BaseStationReport.class, GPSD, "4>O7m7Iu@<9qUfbtm`vSnwvH20S8", 1);

        assertThat(m.mmsi()).isEqualTo(Mmsi.of(972158237));
        assertThat(m.year()).isEmpty();
        assertThat(m.month()).isEmpty();
        assertThat(m.day()).hasValue(24);
        assertThat(m.hour()).hasValue(9);
        assertThat(m.minute()).hasValue(57);
        assertThat(m.second()).hasValue(37);
        assertThat(m.position()).isEmpty();
        assertThat(m.epfd()).isEqualTo(EpfdType.RESERVED_14);
        assertThat(m.raim()).isTrue();
        assertThat(m.radioStatus()).isEqualTo(2248);
    }

    @Test
    void decode_type11_isTheSameRecordWithItsType() {
        BaseStationReport m = decodeCorpus(BaseStationReport.class, GPSD, ";4R33:1uUK2F`q?mOt@@GoQ00000", 1);

        assertThat(m.messageType()).isEqualTo(11);
        assertThat(m.mmsi()).isEqualTo(Mmsi.of(304137000));
        assertThat(m.utc()).contains(Instant.parse("2009-05-22T02:22:40Z"));
        assertThat(m.highAccuracy()).isTrue();
        assertThat(m.position()).contains(Position.of(17045470 / 600_000.0, -56644610 / 600_000.0));
        assertThat(m.epfd()).isEqualTo(EpfdType.GPS);
        assertThat(m.radioStatus()).isZero();
    }

    @Test
    void encode_recordedReport_givesTheRecordedSentence() {
        BaseStationReport m = decodeCorpus(BaseStationReport.class, GPSD, "403OviQuMGCqWrRO9>E6fE700@GO", 1);

        assertThat(AisEncoder.standard().encode(m, "A", 0))
                .containsExactly("!AIVDM,1,1,,A,403OviQuMGCqWrRO9>E6fE700@GO,0*4D");
    }

    @Test
    void decode_reservedTimeValues_areNotAvailable() {
        // month 13, hour 25, minute 61, second 63 are outside table ranges; long-range bit set.
        String line = sentence(bits(
                4,
                6,
                0,
                2,
                1234567,
                30,
                2024,
                14,
                13,
                4,
                31,
                5,
                25,
                5,
                61,
                6,
                63,
                6,
                0,
                1,
                181 * 600_000L,
                28,
                91 * 600_000L,
                27,
                7,
                4,
                1,
                1,
                0,
                9,
                0,
                1,
                0,
                19));

        BaseStationReport m = decodeOne(BaseStationReport.class, line);

        assertThat(m.year()).hasValue(2024);
        assertThat(m.month()).isEmpty();
        assertThat(m.day()).hasValue(31);
        assertThat(m.hour()).isEmpty();
        assertThat(m.minute()).isEmpty();
        assertThat(m.second()).isEmpty();
        assertThat(m.longRangeRequested()).isTrue();
    }

    @Test
    void utc_dateThatDoesNotExist_isEmpty() {
        BaseStationReport m = report(OptionalInt.of(2023), OptionalInt.of(2), OptionalInt.of(29));

        assertThat(m.utc()).isEmpty();
        assertThat(report(OptionalInt.of(2024), OptionalInt.of(2), OptionalInt.of(29))
                        .utc())
                .contains(Instant.parse("2024-02-29T12:00:00Z"));
    }

    @Test
    void construct_monthOutOfRange_isRejectedWithTheValue() {
        assertThatThrownBy(() -> report(OptionalInt.of(2023), OptionalInt.of(13), OptionalInt.of(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UTC month must be within 1..12, was 13");
    }

    @Test
    void describe_reportsFieldsInOrder() {
        BaseStationReport m = decodeCorpus(BaseStationReport.class, GPSD, "4028n@iuiPpttwIWI<Hl>8700PS:", 1);

        assertThat(FieldRecorder.fieldsOf(m))
                .containsExactly(
                        "year=2012",
                        "month=6",
                        "day=1",
                        "hour=absent",
                        "minute=absent",
                        "second=absent",
                        "accuracy=true",
                        "lat=43.369013",
                        "lon=-8.385217",
                        "epfd=SURVEYED",
                        "longRangeRequested=false",
                        "raim=false",
                        "radio=133322");
    }

    private static BaseStationReport report(OptionalInt year, OptionalInt month, OptionalInt day) {
        return new BaseStationReport(
                4,
                0,
                Mmsi.of(2470052),
                year,
                month,
                day,
                OptionalInt.of(12),
                OptionalInt.of(0),
                OptionalInt.of(0),
                false,
                Optional.empty(),
                EpfdType.SURVEYED,
                false,
                false,
                0);
    }
}
