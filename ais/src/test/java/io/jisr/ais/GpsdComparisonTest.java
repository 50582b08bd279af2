package io.jisr.ais;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.GpsdComparison.FieldResult;
import io.jisr.ais.GpsdComparison.Outcome;
import io.jisr.ais.message.AisMessage;
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
    void compare_type24VendorIdOfSevenCharacters_isExplainedWhenItStartsWithOurs() {
        SequencedMap<String, FieldValue> ours = new java.util.LinkedHashMap<>();
        ours.put("vendorid", new FieldValue.Text("1D0"));
        GpsdJson.Message gpsd = GpsdJson.parse(
                "{\"class\":\"AIS\",\"type\":24,\"mmsi\":271041815,\"part\":\"B\",\"vendorid\":\"1D00014\"}");
        GpsdJson.Message other = GpsdJson.parse(
                "{\"class\":\"AIS\",\"type\":24,\"mmsi\":271041815,\"part\":\"B\",\"vendorid\":\"1C00014\"}");

        assertThat(field(GpsdComparison.compare(24, ours, gpsd), "vendorid").rule())
                .isEqualTo(AgreementRule.TYPE24_VENDOR_ID_SPLIT);
        assertThat(field(GpsdComparison.compare(24, ours, other), "vendorid").outcome())
                .isEqualTo(Outcome.DISAGREE);
    }

    @Test
    void lowerCamel_gpsdKeys_becomeJisrNames() {
        assertThat(GpsdJson.lowerCamel("to_starboard")).isEqualTo("toStarboard");
        assertThat(GpsdJson.lowerCamel("ais_version")).isEqualTo("aisVersion");
        assertThat(GpsdJson.lowerCamel("offset1_1")).isEqualTo("offset1_1");
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
