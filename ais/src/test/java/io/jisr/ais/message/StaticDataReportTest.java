package io.jisr.ais.message;

import static io.jisr.ais.message.Fixtures18To27.ABSENT;
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
import io.jisr.ais.message.StaticDataReport.PartA;
import io.jisr.ais.message.StaticDataReport.PartB;
import io.jisr.ais.message.StaticDataReport.VendorId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaticDataReportTest {

    /** gpsd/sample.aivdm.nmea (edge-case notes section 4): part A of MMSI 271041815. */
    private static final String PART_A = "!AIVDM,1,1,,A,H42O55i18tMET00000000000000,2*6D";

    /** gpsd/sample.aivdm.nmea: part B of MMSI 271041815. */
    private static final String PART_B = "!AIVDM,1,1,,A,H42O55lti4hhhilD3nink000?050,0*40";

    /** gfw-ais-tools/sample.nmea: parts A (162 bits) and B of an auxiliary craft, with tag blocks. */
    private static final String AUXILIARY_A =
            "\\c:1599239587658,s:sdr-experiments,T:2020-09-04 18.13.07*58\\!AIVDM,1,1,,B,H>cSnNP@4eEL544000000000000,0*3E";

    private static final String AUXILIARY_B =
            "\\c:1599239644720,s:sdr-experiments,T:2020-09-04 18.14.04*5E\\!AIVDM,1,1,,B,H>cSnNTU7B=40058qpmjhh000004,0*31";

    /** gpsd/ais-18-27.log: a part number 3, which no edition of M.1371 defines (67 such lines there). */
    private static final String PART_3 = "!AIVDM,1,1,,A,H3KLehdt00000000?6ekkjm000000,0*2C";

    @Test
    void decode_partA_readsName() {
        assertThat(decodeOne(PART_A)).isEqualTo(new PartA(0, Mmsi.of(271041815), Optional.of("PROGUY")));
    }

    @Test
    void decode_partB_splitsVendorIdPerStandard() {
        // gpsdecode 3.22: "vendorid":"1D00014","model":12,"serial":199796 (the whole 42-bit field as text);
        // table 79 makes the first 18 bits the manufacturer "1D0".
        assertThat(decodeOne(PART_B))
                .isEqualTo(new PartB(
                        0,
                        Mmsi.of(271041815),
                        Optional.of(ShipType.of(60)),
                        Optional.of(new VendorId("1D0", 12, 199796)),
                        Optional.of("TC6163"),
                        Optional.of(new Dimensions(0, 15, 0, 5)),
                        Optional.empty(),
                        EpfdType.UNDEFINED));
    }

    @Test
    void decode_auxiliaryCraft_readsMothershipInsteadOfDimensions() {
        assertThat(decodeOne(AUXILIARY_A)).isEqualTo(new PartA(0, Mmsi.of(985200250), Optional.of("DAKUWAQA")));
        assertThat(decodeOne(AUXILIARY_B))
                .isEqualTo(new PartB(
                        0,
                        Mmsi.of(985200250),
                        Optional.of(ShipType.of(37)),
                        Optional.of(new VendorId("GRM", 1, 5)),
                        Optional.of("H985200"),
                        Optional.empty(),
                        Optional.empty(),
                        EpfdType.GPS));
    }

    @Test
    void decode_partNumber3_isRejectedAsUndefined() {
        assertThat(rejectOne(PART_3).kind()).isEqualTo(ErrorKind.UNKNOWN_TYPE);
    }

    @Test
    void decode_partBOf162Bits_isRejectedAsTooShort() {
        // 162 bits would do for part A; part B needs 168.
        assertThat(rejectOne(sentence("H42O55lti4hhhilD3nink000?05", 0)).kind()).isEqualTo(ErrorKind.PAYLOAD_TOO_SHORT);
    }

    @Test
    void decode_partAOf156Bits_isRejectedAsTooShort() {
        assertThat(rejectOne(sentence("H42O55i18tMET0000000000000", 0)).kind()).isEqualTo(ErrorKind.PAYLOAD_TOO_SHORT);
    }

    @Test
    void decode_vendorIdAllZero_isNotAvailable() {
        BitBuffer b = Fixtures18To27.bits("H42O55lti4hhhilD3nink000?050", 0);
        BitBuffer cleared = new BitBuffer();
        cleared.append(b.unsignedLong(0, 48), 48);
        cleared.append(0, 42);
        cleared.append(b.unsignedLong(90, 63), 63);
        cleared.append(b.unsignedLong(153, 15), 15);

        PartB m = (PartB) MessageCodec.decode(cleared);

        assertThat(m.vendorId()).isEmpty();
        assertThat(m.callSign()).contains("TC6163");
    }

    @Test
    void encode_bothParts_reproducePayloads() {
        assertThat(armoredPayload(decodeOne(PART_A))).isEqualTo("H42O55i18tMET00000000000000,2");
        assertThat(armoredPayload(decodeOne(PART_B))).isEqualTo("H42O55lti4hhhilD3nink000?050,0");
        assertThat(armoredPayload(decodeOne(AUXILIARY_B))).isEqualTo("H>cSnNTU7B=40058qpmjhh000004,0");
    }

    @Test
    void describe_partsAAndB_writeTheirOwnFields() {
        assertThat(fields(decodeOne(PART_A))).containsExactly(entry("partno", 0L), entry("shipname", "PROGUY"));
        assertThat(fields(decodeOne(PART_B)))
                .containsExactly(
                        entry("partno", 1L),
                        entry("shiptype", 60L),
                        entry("shiptypeText", "Passenger"),
                        entry("vendorid", "1D0"),
                        entry("model", 12L),
                        entry("serial", 199796L),
                        entry("callsign", "TC6163"),
                        entry("toBow", 0L),
                        entry("toStern", 15L),
                        entry("toPort", 0L),
                        entry("toStarboard", 5L),
                        entry("epfd", "UNDEFINED"));
        assertThat(fields(decodeOne(AUXILIARY_B))).containsEntry("mothershipMmsi", ABSENT);
    }

    @Test
    void messageType_bothParts_is24() {
        assertThat(decodeOne(PART_A).messageType()).isEqualTo(24);
        assertThat(((StaticDataReport) decodeOne(PART_B)).partNumber()).isEqualTo(1);
    }

    @Test
    void new_shipWithMothership_isRefused() {
        assertThatThrownBy(() -> new PartB(
                        0,
                        Mmsi.of(271041815),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(new Dimensions(0, 0, 0, 0)),
                        Optional.of(Mmsi.of(271041816)),
                        EpfdType.UNDEFINED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("station 271041815 is not an auxiliary craft (98XXXXXXX), so it reports dimensions and no"
                        + " mother ship MMSI");
    }

    @Test
    void new_auxiliaryCraftWithDimensions_isRefused() {
        assertThatThrownBy(() -> new PartB(
                        0,
                        Mmsi.of(985200250),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(new Dimensions(1, 1, 1, 1)),
                        Optional.empty(),
                        EpfdType.UNDEFINED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("auxiliary craft 985200250 reports a mother ship MMSI, not dimensions");
    }

    @Test
    void new_emptyVendorId_isRefused() {
        assertThatThrownBy(() -> new VendorId("", 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("vendor ID with no manufacturer, model or serial number");
    }
}
