package io.jisr.ais.message;

import static io.jisr.ais.message.DecodedMessages.corpusLines;
import static io.jisr.ais.message.DecodedMessages.decodeCorpus;
import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.AisEncoder;
import io.jisr.ais.identity.Mmsi;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Type 8 DAC 1 FI 31 (IMO SN.1/Circ.289 meteorological and hydrographic data) on recorded sentences,
 * values cross-checked with gpsdecode 3.22 ({@code -u} for raw values).
 */
class MeteorologicalHydrographicDataTest {
    private static final String GPSD = "/ais/gpsd/sample.aivdm.nmea";
    private static final String FID55 = "/ais/gpsd/ais-nmea-type6-fid55.log";

    @Test
    void decode_everyObservationNotAvailable_givesOnlyPositionAndTime() {
        // Edge-cases doc section 6: gpsd shows wspeed 127, wdir 360, humidity 101, airtemp -102.4,
        // dewpoint 50.1, pressure 1310 (raw 511), visibility 12.7 (raw 127), waterlevel 30.0 (raw 4001),
        // cspeed 25.5, cdir 360, cdepth 31, waveheight 25.5, waveperiod 63, seastate 13, watertemp 50.1,
        // preciptype 7, salinity 51.0 (raw 510), ice 3; lat 53.2949 lon -6.1341, 29T23:24Z.
        BinaryBroadcastMessage m = decodeCorpus(
                BinaryBroadcastMessage.class, GPSD, "8>jR06@0Gwli:QQUP3en?wvlFR06EuOwgwl?wnSwe7wvlOwwsAwwnSGmwvh0", 1);

        assertThat(m.mmsi()).isEqualTo(Mmsi.of(992509977));
        assertThat(m.meteorologicalHydrographicData())
                .contains(observation(
                        Optional.of(Position.of(3197696 / 60_000.0, -368044 / 60_000.0)), false, 29, 23, 24));
    }

    @Test
    void decode_weatherStation_givesMeasuredValues() {
        // gpsd -u: lat 3087858 lon 18672, 10T08:01Z, wspeed 4, wgust 11, wdir 222, wgustdir 360, humidity 69,
        // airtemp 158, dewpoint 101, pressure 213 (1012 hPa), everything else not available.
        BinaryBroadcastMessage m = decodeCorpus(
                BinaryBroadcastMessage.class, FID55, "8h2=Vg@0Gh0TN1N>vAB0@PegFPClDIFcgwl?wnSwe7wvlOwwsAwwnSGm", 2);

        MeteorologicalHydrographicData all =
                observation(Optional.of(Position.of(3087858 / 60_000.0, 18672 / 60_000.0)), false, 10, 8, 1);
        assertThat(m.repeatIndicator()).isEqualTo(3);
        assertThat(m.mmsi()).isEqualTo(Mmsi.of(2320061));
        assertThat(m.meteorologicalHydrographicData())
                .contains(new MeteorologicalHydrographicData(
                        all.position(),
                        false,
                        OptionalInt.of(10),
                        OptionalInt.of(8),
                        OptionalInt.of(1),
                        OptionalInt.of(4),
                        OptionalInt.of(11),
                        OptionalInt.of(222),
                        OptionalInt.empty(),
                        OptionalDouble.of(15.8),
                        OptionalInt.of(69),
                        OptionalDouble.of(10.1),
                        OptionalInt.of(1012),
                        Optional.empty(),
                        false,
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        Optional.empty(),
                        OptionalDouble.empty(),
                        OptionalInt.empty(),
                        OptionalDouble.empty(),
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        OptionalDouble.empty(),
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        OptionalDouble.empty(),
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        OptionalDouble.empty(),
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        OptionalDouble.empty(),
                        Optional.empty(),
                        OptionalDouble.empty(),
                        Optional.empty()));
    }

    @Test
    void decode_waterLevelBelowDatum_isNegative() {
        // Raw 995 = -0.05 m. gpsd 3.22 prints "waterlevel":42949672.9 here (unsigned wrap-around).
        BinaryBroadcastMessage m = decodeCorpus(
                BinaryBroadcastMessage.class, FID55, "8h2=Vg@0GwwJlAN>g9B0OwvlFR06EuOwgqtOwnSwe7wvlOwwsAwwnSGmwvh0", 1);

        assertThat(m.meteorologicalHydrographicData().orElseThrow().waterLevelMetres())
                .hasValue(-0.05);
        assertThat(m.meteorologicalHydrographicData().orElseThrow().position())
                .contains(Position.of(3087737 / 60_000.0, -19038 / 60_000.0));
    }

    @Test
    void decode_reservedSeaStateAndDirection_areNotAvailable() {
        // gpsd -u: cdir3 511 and seastate 15 (both reserved), visgreater true, visibility 11 (1.1 NM).
        BinaryBroadcastMessage m = decodeCorpus(
                BinaryBroadcastMessage.class,
                "/ais/dma-aislib/retry_example.txt",
                "802R5Ph0GhFSUqbi6g;egwvlFR06EuOwiOl?wnSwe7wwwwwwsAwwnSom",
                2);

        MeteorologicalHydrographicData d = m.meteorologicalHydrographicData().orElseThrow();
        assertThat(d.position()).contains(Position.of(3498549 / 60_000.0, 739119 / 60_000.0));
        assertThat(d.highAccuracy()).isTrue();
        assertThat(d.visibilityGreaterThan()).isTrue();
        assertThat(d.visibilityNauticalMiles()).hasValue(1.1);
        assertThat(d.current3DirectionDegrees()).isEmpty();
        assertThat(d.seaStateBeaufort()).isEmpty();
        assertThat(d.airTemperatureCelsius()).isEmpty();
    }

    @Test
    void decode_lengthOtherThan360Bits_keepsRawBitsOnly() {
        // 368 bits (gpsd decodes it anyway: wspeed 17, airtemp 1.4, ...); not the FI 31 layout's length.
        BinaryBroadcastMessage m = decodeCorpus(
                BinaryBroadcastMessage.class, GPSD, "8>j`;MP0GhRHI1S`CrTW2?u2Ot1owwnews0F003wwwwwww0001wwwwwwwwh0", 2);

        assertThat(m.designatedAreaCode()).isEqualTo(1);
        assertThat(m.functionIdentifier()).isEqualTo(31);
        assertThat(m.data().length()).isEqualTo(312);
        assertThat(m.meteorologicalHydrographicData()).isEmpty();
    }

    @Test
    void encode_recordedObservation_givesTheRecordedSentence() {
        String[] lines = corpusLines(FID55, "8h2=Vg@0GwwJlAN>g9B0OwvlFR06EuOwgqtOwnSwe7wvlOwwsAwwnSGmwvh0", 1);
        BinaryBroadcastMessage m = DecodedMessages.decodeOne(BinaryBroadcastMessage.class, lines);

        assertThat(AisEncoder.standard().encode(m, "B", 0)).containsExactly(lines[0]);
        assertThat(BinaryBroadcastMessage.of(
                        3, m.mmsi(), m.meteorologicalHydrographicData().orElseThrow()))
                .isEqualTo(m);
    }

    @Test
    void describe_observation_reportsGpsdNamesInOrder() {
        BinaryBroadcastMessage m = decodeCorpus(
                BinaryBroadcastMessage.class, FID55, "8h2=Vg@0Gh0TN1N>vAB0@PegFPClDIFcgwl?wnSwe7wvlOwwsAwwnSGm", 2);

        assertThat(FieldRecorder.fieldsOf(m))
                .containsExactly(
                        "dac=1",
                        "fid=31",
                        "data=" + m.data(),
                        "lat=51.46430",
                        "lon=0.31120",
                        "accuracy=false",
                        "day=10",
                        "hour=8",
                        "minute=1",
                        "wspeed=4",
                        "wgust=11",
                        "wdir=222",
                        "wgustdir=absent",
                        "airtemp=15.8",
                        "humidity=69",
                        "dewpoint=10.1",
                        "pressure=1012",
                        "pressuretend=absent",
                        "visgreater=false",
                        "visibility=absent",
                        "waterlevel=absent",
                        "leveltrend=absent",
                        "cspeed=absent",
                        "cdir=absent",
                        "cspeed2=absent",
                        "cdir2=absent",
                        "cdepth2=absent",
                        "cspeed3=absent",
                        "cdir3=absent",
                        "cdepth3=absent",
                        "waveheight=absent",
                        "waveperiod=absent",
                        "wavedir=absent",
                        "swellheight=absent",
                        "swellperiod=absent",
                        "swelldir=absent",
                        "seastate=absent",
                        "watertemp=absent",
                        "preciptype=absent",
                        "salinity=absent",
                        "ice=absent");
    }

    @Test
    void parse_sentinelsAndCeilings_mapToEmptyAndLimits() {
        // Every "or more" ceiling and every alternative not-available code, written field by field.
        BitBuffer b = new BitBuffer();
        b.append(181 * 60_000L, 25);
        b.append(91 * 60_000L, 24);
        b.append(0, 1);
        b.append(0, 5); // day n/a
        b.append(24, 5); // hour n/a
        b.append(60, 6); // minute n/a
        b.append(126, 7); // wind 126 kn or more
        b.append(126, 7);
        b.append(360, 9);
        b.append(511, 9); // reserved direction
        b.append(601, 11); // reserved temperature
        b.append(101, 7);
        b.append(501, 10);
        b.append(0, 9); // 799 hPa or less
        b.append(2, 2); // increasing
        b.append(1, 1);
        b.append(126, 7); // 12.6 NM
        b.append(0, 12); // -10.00 m
        b.append(1, 2); // decreasing
        b.append(251, 8); // 25.1 kn or more
        b.append(359, 9);
        b.append(252, 8); // reserved speed
        b.append(0, 9);
        b.append(30, 5);
        b.append(255, 8);
        b.append(360, 9);
        b.append(31, 5);
        b.append(251, 8);
        b.append(60, 6);
        b.append(0, 9);
        b.append(255, 8);
        b.append(61, 6); // reserved period
        b.append(360, 9);
        b.append(12, 4);
        b.append(-100, 10); // -10.0 C
        b.append(5, 3); // snow
        b.append(511, 9); // sensor not available
        b.append(1, 2); // ice
        b.append(0, 10);

        MeteorologicalHydrographicData d =
                MeteorologicalHydrographicData.parse(b.slice(0, b.length())).orElseThrow();

        assertThat(d.position()).isEmpty();
        assertThat(d.day()).isEmpty();
        assertThat(d.hour()).isEmpty();
        assertThat(d.minute()).isEmpty();
        assertThat(d.windSpeedKnots()).hasValue(126);
        assertThat(d.windDirectionDegrees()).isEmpty();
        assertThat(d.windGustDirectionDegrees()).isEmpty();
        assertThat(d.airTemperatureCelsius()).isEmpty();
        assertThat(d.relativeHumidityPercent()).isEmpty();
        assertThat(d.dewPointCelsius()).isEmpty();
        assertThat(d.airPressureHectopascals()).hasValue(799);
        assertThat(d.airPressureTendency()).contains(MeteorologicalHydrographicData.Tendency.INCREASING);
        assertThat(d.visibilityGreaterThan()).isTrue();
        assertThat(d.visibilityNauticalMiles()).hasValue(12.6);
        assertThat(d.waterLevelMetres()).hasValue(-10.0);
        assertThat(d.waterLevelTrend()).contains(MeteorologicalHydrographicData.Tendency.DECREASING);
        assertThat(d.surfaceCurrentSpeedKnots()).hasValue(25.1);
        assertThat(d.surfaceCurrentDirectionDegrees()).hasValue(359);
        assertThat(d.current2SpeedKnots()).isEmpty();
        assertThat(d.current2DepthMetres()).hasValue(30);
        assertThat(d.current3SpeedKnots()).isEmpty();
        assertThat(d.current3DirectionDegrees()).isEmpty();
        assertThat(d.current3DepthMetres()).isEmpty();
        assertThat(d.waveHeightMetres()).hasValue(25.1);
        assertThat(d.wavePeriodSeconds()).hasValue(60);
        assertThat(d.waveDirectionDegrees()).hasValue(0);
        assertThat(d.swellHeightMetres()).isEmpty();
        assertThat(d.swellPeriodSeconds()).isEmpty();
        assertThat(d.swellDirectionDegrees()).isEmpty();
        assertThat(d.seaStateBeaufort()).hasValue(12);
        assertThat(d.waterTemperatureCelsius()).hasValue(-10.0);
        assertThat(d.precipitation()).contains(MeteorologicalHydrographicData.Precipitation.SNOW);
        assertThat(d.salinityPerMille()).isEmpty();
        assertThat(d.ice()).contains(true);
    }

    @Test
    void parse_pressureCeilingAndSalinityCeiling_areLimits() {
        BitBuffer b = new BitBuffer();
        b.append(observation(Optional.empty(), false, 1, 0, 0).toBits());
        // Air pressure is data bits 126-134, salinity 283-291.
        BitBuffer edited = new BitBuffer();
        edited.append(b.slice(0, 126));
        edited.append(402, 9);
        edited.append(b.slice(135, 148));
        edited.append(501, 9);
        edited.append(b.slice(292, 12));

        MeteorologicalHydrographicData d = MeteorologicalHydrographicData.parse(edited.slice(0, edited.length()))
                .orElseThrow();

        assertThat(d.airPressureHectopascals()).hasValue(1201);
        assertThat(d.salinityPerMille()).hasValue(50.1);
    }

    /** An observation with nothing measured: position, accuracy and time only. */
    private static MeteorologicalHydrographicData observation(
            Optional<Position> position, boolean accuracy, int day, int hour, int minute) {
        return new MeteorologicalHydrographicData(
                position,
                accuracy,
                OptionalInt.of(day),
                OptionalInt.of(hour),
                OptionalInt.of(minute),
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalDouble.empty(),
                OptionalInt.empty(),
                OptionalDouble.empty(),
                OptionalInt.empty(),
                Optional.empty(),
                false,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                Optional.empty(),
                OptionalDouble.empty(),
                OptionalInt.empty(),
                OptionalDouble.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalDouble.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalDouble.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalDouble.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalDouble.empty(),
                Optional.empty(),
                OptionalDouble.empty(),
                Optional.empty());
    }
}
