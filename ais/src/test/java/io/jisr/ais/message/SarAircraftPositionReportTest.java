package io.jisr.ais.message;

import static io.jisr.ais.message.DecodedMessages.bits;
import static io.jisr.ais.message.DecodedMessages.decodeCorpus;
import static io.jisr.ais.message.DecodedMessages.decodeOne;
import static io.jisr.ais.message.DecodedMessages.sentence;
import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.identity.Mmsi;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Type 9 on recorded sentences (values cross-checked with gpsdecode 3.22) and its special values. */
class SarAircraftPositionReportTest {
    private static final String GPSD = "/ais/gpsd/sample.aivdm.nmea";

    @Test
    void decode_hoveringAircraft_givesEveryField() {
        // gpsd: alt 15, speed 0, lon 11.881600, lat 57.778455, course 0.0, second 28, dte 0, radio 49194.
        SarAircraftPositionReport m =
                decodeCorpus(SarAircraftPositionReport.class, GPSD, "91b77=h3h00nHt0Q3r@@07000<0b", 1);

        assertThat(m)
                .isEqualTo(new SarAircraftPositionReport(
                        0,
                        Mmsi.of(111265591),
                        OptionalInt.of(15),
                        OptionalInt.of(0),
                        false,
                        Optional.of(Position.of(34667073 / 600_000.0, 7128960 / 600_000.0)),
                        OptionalDouble.of(0.0),
                        ReportSecond.ofRaw(28),
                        false,
                        true,
                        false,
                        false,
                        49194));
    }

    @Test
    void decode_movingAircraftWithoutDte_givesEveryField() {
        // gpsd: alt 303, speed 42, lon -6.278843, lat 58.144000, course 154.5, second 15, dte 1, radio 33392.
        SarAircraftPositionReport m =
                decodeCorpus(SarAircraftPositionReport.class, GPSD, "91b55wi;hbOS@OdQAC062Ch2089h", 1);

        assertThat(m.mmsi()).isEqualTo(Mmsi.of(111232511));
        assertThat(m.altitudeMetres()).hasValue(303);
        assertThat(m.speedOverGroundKnots()).hasValue(42);
        assertThat(m.position()).contains(Position.of(34886400 / 600_000.0, -3767306 / 600_000.0));
        assertThat(m.courseOverGroundDegrees()).hasValue(154.5);
        assertThat(m.second()).isEqualTo(ReportSecond.ofRaw(15));
        assertThat(m.dataTerminalReady()).isFalse();
        assertThat(m.radioStatus()).isEqualTo(33392);
    }

    @Test
    void decode_notAvailableValues_areEmpty() {
        String line = sentence(bits(
                9,
                6,
                0,
                2,
                111265591,
                30,
                4095,
                12,
                1023,
                10,
                0,
                1,
                181 * 600_000L,
                28,
                91 * 600_000L,
                27,
                3600,
                12,
                60,
                6,
                0,
                8,
                1,
                1,
                0,
                3,
                0,
                3,
                0,
                20));

        SarAircraftPositionReport m = decodeOne(SarAircraftPositionReport.class, line);

        assertThat(m.altitudeMetres()).isEmpty();
        assertThat(m.speedOverGroundKnots()).isEmpty();
        assertThat(m.position()).isEmpty();
        assertThat(m.courseOverGroundDegrees()).isEmpty();
        assertThat(m.second()).isEqualTo(ReportSecond.Unavailable.NOT_AVAILABLE);
        assertThat(m.dataTerminalReady()).isFalse();
    }

    @Test
    void decode_ceilingValues_meanThatMuchOrMore() {
        // 4094 = 4094 m or higher, 1022 = 1022 knots or more; barometric altitude, assigned, RAIM, ITDMA.
        String line = sentence(bits(
                9, 6, 1, 2, 111265591, 30, 4094, 12, 1022, 10, 1, 1, 0, 28, 0, 27, 3599, 12, 59, 6, 1, 1, 0, 7, 0, 1, 0,
                3, 1, 1, 1, 1, 0xFFFFF, 20));

        SarAircraftPositionReport m = decodeOne(SarAircraftPositionReport.class, line);

        assertThat(m.altitudeMetres()).hasValue(4094);
        assertThat(m.speedOverGroundKnots()).hasValue(1022);
        assertThat(m.position()).contains(Position.of(0, 0));
        assertThat(m.courseOverGroundDegrees()).hasValue(359.9);
        assertThat(m.barometricAltitude()).isTrue();
        assertThat(m.assigned()).isTrue();
        assertThat(m.raim()).isTrue();
        assertThat(m.radioStatus()).isEqualTo(0xFFFFF);
    }

    @Test
    void describe_reportsFieldsInOrder() {
        SarAircraftPositionReport m =
                decodeCorpus(SarAircraftPositionReport.class, GPSD, "91b55wi;hbOS@OdQAC062Ch2089h", 1);

        assertThat(FieldRecorder.fieldsOf(m))
                .containsExactly(
                        "alt=303",
                        "speed=42",
                        "accuracy=false",
                        "lat=58.144000",
                        "lon=-6.278843",
                        "course=154.5",
                        "second=15",
                        "secondKind=\"AVAILABLE\"",
                        "altSensorBarometric=false",
                        "dataTerminalReady=false",
                        "assigned=false",
                        "raim=false",
                        "radio=33392");
    }
}
