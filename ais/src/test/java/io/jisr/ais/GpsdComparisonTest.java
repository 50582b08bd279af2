package io.jisr.ais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jisr.ais.GpsdComparison.FieldResult;
import io.jisr.ais.GpsdComparison.Outcome;
import io.jisr.ais.message.AisMessage;
import java.math.BigDecimal;
import java.util.List;
import java.util.SequencedMap;
import org.junit.jupiter.api.Test;

/** The field comparison against gpsd, on real sentences and gpsd 3.22's real output for them. */
class GpsdComparisonTest {
    // ais-edge-cases.md section 3: the EVER DIADEM type 5 from gpsd's sample.
    private static final String[] TYPE_5 = {
        "!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C",
        "!AIVDM,2,2,1,A,88888888880,2*25"
    };
    private static final String TYPE_5_GPSD = "{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":5,\"repeat\":0,"
            + "\"mmsi\":351759000,\"scaled\":true,\"imo\":9134270,\"ais_version\":0,\"callsign\":\"3FOF8\","
            + "\"shipname\":\"EVER DIADEM\",\"shiptype\":70,\"shiptype_text\":\"Cargo - all ships of this type\","
            + "\"to_bow\":225,\"to_stern\":70,\"to_port\":1,\"to_starboard\":31,\"epfd\":1,\"epfd_text\":\"GPS\","
            + "\"eta\":\"05-15T14:00Z\",\"draught\":12.2,\"destination\":\"NEW YORK\",\"dte\":0}";

    // ais-edge-cases.md section 1: ROT raw -127 (fast left), west and north.
    private static final String TYPE_1 = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";
    private static final String TYPE_1_GPSD = "{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":1,\"repeat\":0,"
            + "\"mmsi\":371798000,\"scaled\":true,\"status\":0,\"status_text\":\"Under way using engine\","
            + "\"turn\":\"fastleft\",\"speed\":12.3,\"accuracy\":true,\"lon\":-123.395383,\"lat\":48.381633,"
            + "\"course\":224.0,\"heading\":215,\"second\":33,\"maneuver\":0,\"raim\":false,\"radio\":34017}";

    @Test
    void compare_gpsdsOwnOutput_agreesOnEveryCommonField() {
        List<FieldResult> results = compare(decode(TYPE_1), TYPE_1_GPSD);

        assertThat(results)
                .extracting(FieldResult::field)
                .containsExactly(
                        "repeat",
                        "status",
                        "turn",
                        "speed",
                        "accuracy",
                        "lat",
                        "lon",
                        "course",
                        "heading",
                        "second",
                        "maneuver",
                        "raim",
                        "radio");
        assertThat(results).allMatch(r -> r.outcome() == Outcome.AGREE);
    }

    @Test
    void compare_latitudeOffByOneUnitOfGpsdsPrecision_disagrees() {
        List<FieldResult> results = compare(decode(TYPE_1), TYPE_1_GPSD.replace("48.381633", "48.381634"));

        FieldResult lat = field(results, "lat");
        assertThat(lat.outcome()).isEqualTo(Outcome.DISAGREE);
        assertThat(lat.kind()).isEqualTo("values differ");
        assertThat(lat.rule()).isNull();
    }

    @Test
    void compare_gpsdSentinels_matchJisrAbsent() {
        String gpsd = TYPE_1_GPSD
                .replace("\"speed\":12.3", "\"speed\":\"nan\"")
                .replace("\"heading\":215", "\"heading\":511")
                .replace("\"course\":224.0", "\"course\":360.0")
                .replace("\"second\":33", "\"second\":60");

        List<FieldResult> results = compare(decode(TYPE_1), gpsd);

        // Jisr has values here, so each sentinel is a real difference, reported from gpsd's side.
        for (String f : List.of("speed", "heading", "course", "second")) {
            assertThat(field(results, f).outcome()).as(f).isEqualTo(Outcome.DISAGREE);
            assertThat(field(results, f).kind()).as(f).isEqualTo("gpsd not available, Jisr has a value");
        }
    }

    @Test
    void compare_negativeRateOfTurn_isExplainedByGpsdsUnsignedTurn() {
        // dma-aislib/stream_example.txt: ROT raw -7 = -2.19 degrees per minute; gpsd 3.22 prints 2.
        String line = "!BSVDM,1,1,,A,13:WB@0vC2PmgjpP`WO=DbdF0<0U,0*5D";
        String gpsd = "{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":1,\"repeat\":0,\"mmsi\":212456000,"
                + "\"scaled\":true,\"status\":0,\"status_text\":\"Under way using engine\",\"turn\":2,"
                + "\"speed\":19.4,\"accuracy\":true,\"lon\":11.741167,\"lat\":57.033167,\"course\":341.0,"
                + "\"heading\":342,\"second\":11,\"maneuver\":0,\"raim\":false,\"radio\":49189}";

        List<FieldResult> results = compare(decode(line), gpsd);

        FieldResult turn = field(results, "turn");
        assertThat(turn.ours()).isEqualTo(new FieldValue.Number(new java.math.BigDecimal("-2.1873741283369905"), 1));
        assertThat(turn.outcome()).isEqualTo(Outcome.EXPLAINED);
        assertThat(turn.rule()).isEqualTo(AgreementRule.GPSD_UNSIGNED_RATE_OF_TURN);
        assertThat(results).filteredOn(r -> r.outcome() != Outcome.AGREE).containsExactly(turn);
    }

    @Test
    void compare_positiveRateOfTurnOffByMoreThanRounding_disagrees() {
        AisMessage m = decode(TYPE_1);
        SequencedMap<String, FieldValue> ours = FlatFieldSink.of(m);
        ours.put("turn", new FieldValue.Number(new java.math.BigDecimal("2.6"), 1));
        GpsdJson.Message gpsd = GpsdJson.parse("{\"class\":\"AIS\",\"type\":1,\"mmsi\":371798000,\"turn\":2}");

        FieldResult turn = field(GpsdComparison.compare(1, ours, gpsd), "turn");

        assertThat(turn.outcome()).isEqualTo(Outcome.DISAGREE);
    }

    @Test
    void compare_type5_agreesExceptTheExplainedWording() {
        List<FieldResult> results = compare(decode(TYPE_5), TYPE_5_GPSD);

        assertThat(results)
                .filteredOn(r -> r.outcome() != Outcome.AGREE)
                .extracting(FieldResult::field, FieldResult::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("shiptypeText", AgreementRule.DESCRIPTIVE_WORDING));
        assertThat(results)
                .extracting(FieldResult::field)
                .contains(
                        "eta.month",
                        "eta.day",
                        "eta.hour",
                        "eta.minute",
                        "imo",
                        "draught",
                        "toBow",
                        "dataTerminalReady");
    }

    @Test
    void compare_dteBitOneAgainstReady_disagrees() {
        List<FieldResult> results = compare(decode(TYPE_5), TYPE_5_GPSD.replace("\"dte\":0", "\"dte\":1"));

        assertThat(field(results, "dataTerminalReady").outcome()).isEqualTo(Outcome.DISAGREE);
    }

    @Test
    void compare_etaHourDiffers_disagreesOnThatPartOnly() {
        List<FieldResult> results = compare(decode(TYPE_5), TYPE_5_GPSD.replace("05-15T14:00Z", "05-15T16:00Z"));

        assertThat(results)
                .filteredOn(r -> r.outcome() == Outcome.DISAGREE)
                .extracting(FieldResult::field)
                .containsExactly("eta.hour");
    }

    @Test
    void normalise_etaNotAvailable_isAbsentAsAWhole() {
        GpsdJson.Message gpsd =
                GpsdJson.parse("{\"class\":\"AIS\",\"type\":5,\"mmsi\":271010059,\"eta\":\"00-00T24:60Z\"}");

        SequencedMap<String, FieldValue> n = GpsdComparison.normalise(5, gpsd.fields());

        assertThat(n.get("eta")).isEqualTo(FieldValue.ABSENT);
        assertThat(n.get("eta.month")).isEqualTo(FieldValue.ABSENT);
        assertThat(n.get("eta.hour")).isEqualTo(FieldValue.ABSENT);
    }

    @Test
    void normalise_notAvailableWordInATextField_staysText() {
        GpsdJson.Message gpsd = GpsdJson.parse(
                "{\"class\":\"AIS\",\"type\":5,\"mmsi\":351759000,\"destination\":\"N/A\",\"turn\":\"nan\"}");

        SequencedMap<String, FieldValue> n = GpsdComparison.normalise(5, gpsd.fields());

        assertThat(n.get("destination")).isEqualTo(new FieldValue.Text("N/A"));
        assertThat(n.get("turn")).isEqualTo(FieldValue.ABSENT);
    }

    @Test
    void normalise_speed63_isASentinelInType27Only() {
        assertThat(GpsdComparison.isSentinel(27, "speed", new java.math.BigDecimal("63")))
                .isTrue();
        assertThat(GpsdComparison.isSentinel(1, "speed", new java.math.BigDecimal("63")))
                .isFalse();
    }

    @Test
    void compare_type27StatusInGpsdsWords_matchesTheCode() {
        SequencedMap<String, FieldValue> ours = new java.util.LinkedHashMap<>();
        ours.put("status", new FieldValue.Code(3, "RESTRICTED_MANOEUVRABILITY"));
        GpsdJson.Message gpsd = GpsdJson.parse(
                "{\"class\":\"AIS\",\"type\":27,\"mmsi\":236091959,\"status\":\"Restricted manoeuverability\"}");

        assertThat(field(GpsdComparison.compare(27, ours, gpsd), "status").outcome())
                .isEqualTo(Outcome.AGREE);
    }

    @Test
    void compare_type27PositionRoundedByGpsd_agreesWithinItsPrecision() {
        // ais-edge-cases.md section 5: pyais lat 87.065, gpsd prints 87.1.
        SequencedMap<String, FieldValue> ours = new java.util.LinkedHashMap<>();
        ours.put("lat", new FieldValue.Number(new java.math.BigDecimal("87.065"), 3));
        ours.put("lon", new FieldValue.Number(new java.math.BigDecimal("-154.201667"), 3));
        GpsdJson.Message gpsd =
                GpsdJson.parse("{\"class\":\"AIS\",\"type\":27,\"mmsi\":236091959,\"lon\":-154.2,\"lat\":87.1}");

        assertThat(GpsdComparison.compare(27, ours, gpsd)).allMatch(r -> r.outcome() == Outcome.AGREE);
    }

    @Test
    void compare_type24VendorIdOfSevenCharacters_isExplainedWhenTheRestSpellsGpsdsModelAndSerial() {
        // ais-edge-cases.md section 4: model 12, serial 199796 are the characters "0014".
        String line = "!AIVDM,1,1,,A,H42O55lti4hhhilD3nink000?050,0*40";
        String gpsd = "{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":24,\"repeat\":0,\"mmsi\":271041815,"
                + "\"scaled\":true,\"part\":\"B\",\"shiptype\":60,\"shiptype_text\":\"Passenger - all ships of this type\","
                + "\"vendorid\":\"1D00014\",\"model\":12,\"serial\":199796,\"callsign\":\"TC6163\",\"to_bow\":0,"
                + "\"to_stern\":15,\"to_port\":0,\"to_starboard\":5}";

        FieldResult vendor = field(compare(decode(line), gpsd), "vendorid");
        FieldResult otherMaker = field(compare(decode(line), gpsd.replace("1D00014", "1C00014")), "vendorid");
        FieldResult otherTail = field(compare(decode(line), gpsd.replace("1D00014", "1D00015")), "vendorid");

        assertThat(vendor.rule()).isEqualTo(AgreementRule.TYPE24_VENDOR_ID_SPLIT);
        assertThat(otherMaker.outcome()).isEqualTo(Outcome.DISAGREE);
        assertThat(otherTail.outcome()).isEqualTo(Outcome.DISAGREE);
    }

    @Test
    void compare_type24VendorIdNotAvailable_agreesWithGpsdsEmptyTextAndZeros() {
        // amsa-risky/ais.txt:2544: all 42 vendor ID bits zero, table 79's "@@@@@@@" = not available.
        String line = "!ABVDM,1,1,2,A,H7P:iR4T0000000F:=B00078>550,0*53";
        String gpsd = "{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":24,\"repeat\":0,\"mmsi\":503493000,"
                + "\"scaled\":true,\"part\":\"B\",\"shiptype\":36,\"shiptype_text\":\"Sailing\",\"vendorid\":\"\","
                + "\"model\":0,\"serial\":0,\"callsign\":\"VJMR\",\"to_bow\":57,\"to_stern\":14,\"to_port\":5,"
                + "\"to_starboard\":5}";

        List<FieldResult> results = compare(decode(line), gpsd);
        List<FieldResult> withSerial = compare(decode(line), gpsd.replace("\"serial\":0", "\"serial\":7"));

        assertThat(results).allMatch(r -> r.outcome() == Outcome.AGREE);
        assertThat(field(results, "model").ours()).isEqualTo(FieldValue.ABSENT);
        assertThat(field(withSerial, "serial").outcome()).isEqualTo(Outcome.DISAGREE);
    }

    @Test
    void compare_type16WithoutSecondAssignment_isExplainedByGpsdsZeroFill() {
        // dma-aislib/stream_example.txt:339: 96 bits, one assignment; gpsd prints the second as zeros.
        String line = "!AIVDM,1,1,,A,@01uEOPhqwEP<P00,0*5F";
        String gpsd = "{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":16,\"repeat\":0,\"mmsi\":2053502,"
                + "\"scaled\":true,\"mmsi1\":205127000,\"offset1\":200,\"increment1\":0,\"mmsi2\":0,\"offset2\":0,"
                + "\"increment2\":0}";

        List<FieldResult> results = compare(decode(line), gpsd);
        List<FieldResult> withOffset = compare(decode(line), gpsd.replace("\"offset2\":0", "\"offset2\":7"));

        assertThat(results)
                .filteredOn(r -> r.outcome() == Outcome.EXPLAINED)
                .extracting(FieldResult::field, FieldResult::rule)
                .containsExactly(
                        tuple("mmsi2", AgreementRule.GPSD_ZERO_FOR_ABSENT_PART),
                        tuple("offset2", AgreementRule.GPSD_ZERO_FOR_ABSENT_PART),
                        tuple("increment2", AgreementRule.GPSD_ZERO_FOR_ABSENT_PART));
        assertThat(results).noneMatch(r -> r.outcome() == Outcome.DISAGREE);
        // A part gpsd found data in is not a zero-filled part: every field of it disagrees.
        assertThat(withOffset)
                .filteredOn(r -> r.outcome() == Outcome.DISAGREE)
                .extracting(FieldResult::field)
                .containsExactly("mmsi2", "offset2", "increment2");
    }

    @Test
    void compare_type7EntryCutShort_isExplainedOnlyWhenThePayloadEndsInsideIt() {
        // gpsd/sample.aivdm.nmea:16: 128 bits, two whole entries and 24 bits of a third, which gpsd reads.
        String line = "!AIVDM,1,1,,A,7IiQ4T`UjA9lC;b:M<MWE@,4*01";
        AisMessage m = decode(line);
        GpsdJson.Message gpsd = GpsdJson.parse("{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":7,\"repeat\":1,"
                + "\"mmsi\":655901842,\"scaled\":true,\"mmsi1\":158483613,\"mmsi2\":321823389,\"mmsi3\":836359488,"
                + "\"mmsi4\":0}");

        List<FieldResult> known = GpsdComparison.compare(7, FlatFieldSink.of(m), gpsd, 128);
        List<FieldResult> unknown = GpsdComparison.compare(7, FlatFieldSink.of(m), gpsd, -1);
        List<FieldResult> whole = GpsdComparison.compare(7, FlatFieldSink.of(m), gpsd, 168);

        assertThat(field(known, "mmsi3").rule()).isEqualTo(AgreementRule.GPSD_READS_PARTIAL_PART);
        assertThat(field(known, "mmsi4").rule()).isEqualTo(AgreementRule.GPSD_ZERO_FOR_ABSENT_PART);
        assertThat(field(unknown, "mmsi3").outcome()).isEqualTo(Outcome.DISAGREE);
        assertThat(field(whole, "mmsi3").outcome()).isEqualTo(Outcome.DISAGREE);
    }

    @Test
    void compare_addressedType25_gpsdsDataTwoBitsLongerIsExplainedBySpareBits() {
        // gpsd/sample.aivdm.nmea: 168 bits, addressed, unstructured. M.1371-5 table 80: 2 spare bits
        // after the destination, then 96 data bits; gpsd reads 98 from right after the destination.
        String line = "!AIVDM,1,1,,A,I6SWo?8P00a3PKpEKEVj0?vNP<65,0*73";
        String gpsd = "{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":25,\"repeat\":0,\"mmsi\":440006460,"
                + "\"scaled\":true,\"addressed\":true,\"structured\":false,\"dest_mmsi\":134218384,\"app_id\":0,"
                + "\"data\":\"98:e06f855b566c803fe7a0306140\"}";

        FieldResult data = field(compare(decode(line), gpsd), "data");
        FieldResult flipped = field(compare(decode(line), gpsd.replace("98:e06f", "98:e07f")), "data");

        assertThat(data.ours()).isEqualTo(new FieldValue.Text("96:81be156d59b200ff9e80c185"));
        assertThat(data.rule()).isEqualTo(AgreementRule.GPSD_NO_SPARE_AFTER_DESTINATION);
        assertThat(flipped.outcome()).isEqualTo(Outcome.DISAGREE);
    }

    @Test
    void compare_addressedStructuredType26_applicationIdShiftedByTwoBitsAndRadioZero_areExplained() {
        // gpsd/sample.aivdm.nmea: gpsd app_id 23587 = DAC 368, FI 35; Jisr, 2 bits later: DAC 450, FI 15.
        String line = "!AIVDM,1,1,,A,JB3R0GO7p>vQL8tjw0b5hqpd0706kh9d3lR2vbl0400,2*40";
        String gpsd = "{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":26,\"repeat\":1,\"mmsi\":137920605,"
                + "\"scaled\":true,\"addressed\":true,\"structured\":true,\"dest_mmsi\":838351848,\"app_id\":23587,"
                + "\"data\":\"150:ccbf02a170e78b001c01b3c09b03d220beab40\",\"radio\":0}";

        List<FieldResult> results = compare(decode(line), gpsd);
        // 23587 + 64: gpsd's DAC one more, which is not Jisr's DAC read 2 bits earlier.
        FieldResult otherDac = field(compare(decode(line), gpsd.replace("23587", "23651")), "dac");
        FieldResult radio = field(compare(decode(line), gpsd.replace("\"radio\":0", "\"radio\":4097")), "radio");

        assertThat(results)
                .filteredOn(r -> r.outcome() != Outcome.AGREE)
                .extracting(FieldResult::field, FieldResult::rule)
                .containsExactly(
                        tuple("dac", AgreementRule.GPSD_NO_SPARE_AFTER_DESTINATION),
                        tuple("fid", AgreementRule.GPSD_NO_SPARE_AFTER_DESTINATION),
                        tuple("data", AgreementRule.GPSD_NO_SPARE_AFTER_DESTINATION),
                        tuple("radio", AgreementRule.GPSD_TYPE26_RADIO_NOT_DECODED));
        assertThat(otherDac.outcome()).isEqualTo(Outcome.DISAGREE);
        assertThat(radio.outcome()).isEqualTo(Outcome.DISAGREE);
    }

    @Test
    void compare_broadcastType26_gpsdsPaddingBitsAreNotData() {
        // amsa-risky/exact-earth-augmented-2.txt:126: 108 data bits; gpsd's last hex digit carries the
        // first 4 bits of the communication state after them.
        String line = "!AIVDM,1,1,,A,JdA<qc@B2ne4As;@:rh4a1Hp:NSd,0*1E";
        String gpsd = "{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":26,\"repeat\":2,\"mmsi\":823343533,"
                + "\"scaled\":true,\"addressed\":false,\"structured\":false,\"dest_mmsi\":0,\"app_id\":0,"
                + "\"data\":\"108:120b6b4447b2d02bac04a4163829\",\"radio\":0}";

        List<FieldResult> results = compare(decode(line), gpsd);
        FieldResult lastDataBit = field(compare(decode(line), gpsd.replace("3829\"", "3839\"")), "data");

        assertThat(field(results, "data").outcome()).isEqualTo(Outcome.AGREE);
        assertThat(field(results, "destMmsi").rule()).isEqualTo(AgreementRule.GPSD_ZERO_FOR_ABSENT_PART);
        assertThat(lastDataBit.outcome()).isEqualTo(Outcome.DISAGREE);
    }

    @Test
    void compare_negativeWaterLevel_isExplainedByGpsdsUnsignedArithmetic() {
        // gpsd/ais-nmea-type6-fid55.log:742: raw 995 = -0.05 m; gpsd prints (2^32 - 5) / 100.
        String line = "!AIVDM,1,1,,B,8h2=Vg@0GwwJlAN>g9B0OwvlFR06EuOwgqtOwnSwe7wvlOwwsAwwnSGmwvh0,0*63";
        String gpsd = "{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":8,\"repeat\":3,\"mmsi\":2320061,"
                + "\"scaled\":true,\"dac\":1,\"fid\":31,\"waterlevel\":42949672.9}";

        FieldResult level = field(compare(decode(line), gpsd), "waterlevel");
        FieldResult other = field(compare(decode(line), gpsd.replace("42949672.9", "42949672.7")), "waterlevel");
        FieldResult positive = field(compare(decode(line), gpsd.replace("42949672.9", "0.05")), "waterlevel");

        assertThat(level.rule()).isEqualTo(AgreementRule.GPSD_UNSIGNED_WATER_LEVEL);
        assertThat(other.outcome()).isEqualTo(Outcome.DISAGREE);
        assertThat(positive.outcome()).isEqualTo(Outcome.DISAGREE);
    }

    @Test
    void compare_reservedMetHydroCodes_areExplainedAsOutOfRange() {
        // dma-aislib/retry_example.txt:6-7: current 3 direction 511 and sea state 15, both reserved.
        AisMessage m = decode(
                "!BSVDM,2,1,7,A,802R5Ph0GhFSUqbi6g;egwvlFR06EuOwiOl?wnSwe7wwwwwwsAwwnSom,0*43",
                "!BSVDM,2,2,7,A,wvwu,0*0B");
        String gpsd = "{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":8,\"repeat\":0,\"mmsi\":2655619,"
                + "\"scaled\":true,\"dac\":1,\"fid\":31,\"cdir3\":511,\"seastate\":15}";

        List<FieldResult> results = compare(m, gpsd);
        List<FieldResult> inRange = compare(m, gpsd.replace("511", "200").replace(":15}", ":12}"));

        assertThat(field(results, "cdir3").rule()).isEqualTo(AgreementRule.OUT_OF_RANGE_IS_NOT_AVAILABLE);
        assertThat(field(results, "seastate").rule()).isEqualTo(AgreementRule.OUT_OF_RANGE_IS_NOT_AVAILABLE);
        assertThat(field(inRange, "cdir3").outcome()).isEqualTo(Outcome.DISAGREE);
        assertThat(field(inRange, "seastate").outcome()).isEqualTo(Outcome.DISAGREE);
    }

    @Test
    void compare_type22_zoneSizeCodeAndCornerStringsAreReadInJisrsUnits() {
        // amsa-risky/ais.txt:1963: zone size code 1 = 2 nautical miles; the south-west longitude 185.02
        // is out of range, which takes its latitude with it.
        String line = "!AIVDM,1,1,,A,F=583LPkqkEPR6:<<ViaOfL4hS0qApP;iDP8,0*2F";
        String gpsd = "{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":22,\"repeat\":0,\"mmsi\":877790066,"
                + "\"scaled\":true,\"channel_a\":830,\"channel_b\":1845,\"txrx\":6,\"power\":false,"
                + "\"ne_lon\":\"29.095000\",\"ne_lat\":\"59.816667\",\"sw_lon\":\"185.021667\",\"sw_lat\":\"-3.746667\","
                + "\"addressed\":false,\"band_a\":false,\"band_b\":true,\"zonesize\":1}";

        List<FieldResult> results = compare(decode(line), gpsd);
        FieldResult otherSize =
                field(compare(decode(line), gpsd.replace("\"zonesize\":1", "\"zonesize\":2")), "zoneSizeNauticalMiles");

        assertThat(field(results, "zoneSizeNauticalMiles").outcome()).isEqualTo(Outcome.AGREE);
        assertThat(field(results, "neLat").outcome()).isEqualTo(Outcome.AGREE);
        assertThat(results)
                .filteredOn(r -> r.outcome() != Outcome.AGREE)
                .extracting(FieldResult::field, FieldResult::rule)
                .containsExactly(
                        tuple("swLat", AgreementRule.POSITION_IS_ONE_VALUE),
                        tuple("swLon", AgreementRule.OUT_OF_RANGE_IS_NOT_AVAILABLE));
        assertThat(otherSize.outcome()).isEqualTo(Outcome.DISAGREE);
    }

    @Test
    void normalise_type20FlatBlocks_becomeJisrsReservationList() {
        GpsdJson.Message gpsd = GpsdJson.parse("{\"class\":\"AIS\",\"type\":20,\"mmsi\":3160097,\"offset1\":47,"
                + "\"number1\":1,\"timeout1\":7,\"increment1\":250,\"offset2\":2250}");

        SequencedMap<String, FieldValue> n = GpsdComparison.normalise(20, gpsd.fields());

        assertThat(n.get("reservations[0].increment")).isEqualTo(new FieldValue.Number(new BigDecimal("250"), 0));
        assertThat(n.get("reservations[1].offset")).isEqualTo(new FieldValue.Number(new BigDecimal("2250"), 0));
        assertThat(n).doesNotContainKey("offset1");
    }

    @Test
    void compare_emptySafetyText_agreesWithGpsdsEmptyText() {
        // libais/test.aivdm:137: a type 14 with no text characters.
        String line = "!AIVDM,1,1,,B,>AE3cKl,2*6A";
        String gpsd = "{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":14,\"repeat\":1,\"mmsi\":89189231,"
                + "\"scaled\":true,\"text\":\"\"}";

        FieldResult text = field(compare(decode(line), gpsd), "text");
        FieldResult other = field(compare(decode(line), gpsd.replace("\"text\":\"\"", "\"text\":\"A\"")), "text");

        assertThat(text.ours()).isEqualTo(new FieldValue.Text(""));
        assertThat(text.outcome()).isEqualTo(Outcome.AGREE);
        assertThat(other.outcome()).isEqualTo(Outcome.DISAGREE);
    }

    @Test
    void clearPadding_bitsPastTheLength_areZeroed() {
        assertThat(GpsdComparison.clearPadding("108:120b6b4447b2d02bac04a4163829"))
                .isEqualTo("108:120b6b4447b2d02bac04a4163820");
        assertThat(GpsdComparison.clearPadding("98:e06f855b566c803fe7a0306141"))
                .isEqualTo("98:e06f855b566c803fe7a0306140");
        assertThat(GpsdComparison.clearPadding("16:3200")).isEqualTo("16:3200");
    }

    @Test
    void lowerCamel_gpsdKeys_becomeJisrNames() {
        assertThat(GpsdJson.lowerCamel("to_starboard")).isEqualTo("toStarboard");
        assertThat(GpsdJson.lowerCamel("ais_version")).isEqualTo("aisVersion");
        assertThat(GpsdJson.lowerCamel("offset1_1")).isEqualTo("offset11");
        assertThat(GpsdJson.lowerCamel("mmsi")).isEqualTo("mmsi");
    }

    private static AisMessage decode(String... lines) {
        List<Decoded> out = AisDecoder.decodeAll(lines);
        assertThat(out).hasSize(1).first().isInstanceOf(Decoded.Message.class);
        return ((Decoded.Message) out.getFirst()).message();
    }

    private static List<FieldResult> compare(AisMessage m, String gpsdJson) {
        return GpsdComparison.compare(m.messageType(), FlatFieldSink.of(m), GpsdJson.parse(gpsdJson));
    }

    private static FieldResult field(List<FieldResult> results, String name) {
        return results.stream()
                .filter(r -> r.field().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no common field " + name + " in " + results));
    }
}
