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
import io.jisr.ais.message.GroupAssignmentCommand.ReportingInterval;
import io.jisr.ais.message.GroupAssignmentCommand.StationType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroupAssignmentCommandTest {

    /** gpsd/sample.aivdm.nmea: inland waterways, all ship types, next shorter interval. */
    private static final String INLAND = "!AIVDM,1,1,,B,G02:Kn01R`sn@291nj600000900,2*12";

    /** libais/typeexamples.nmea (synthetic values): regional station type 8, ship type 72, quiet 2 min. */
    private static final String REGIONAL = "!AIVDM,1,1,,A,G<U;5jqWt?Moo=qw958B4dkOC;T,2*5B";

    @Test
    void decode_inlandCommand_matchesHandDecodeAndGpsd() {
        // gpsdecode: ne 2.630000/51.070000, sw 1.826667/50.680000, stationtype 6, shiptype 0, interval 9
        assertThat(decodeOne(INLAND))
                .isEqualTo(new GroupAssignmentCommand(
                        0,
                        Mmsi.of(2268120),
                        Optional.of(Position.of(30642 / 600.0, 1578 / 600.0)),
                        Optional.of(Position.of(30408 / 600.0, 1096 / 600.0)),
                        StationType.INLAND_WATERWAYS,
                        Optional.empty(),
                        TxRxMode.TX_AB_RX_AB,
                        ReportingInterval.NEXT_SHORTER,
                        0));
    }

    @Test
    void decode_regionalCommand_readsSelectorsAndQuietTime() {
        assertThat(decodeOne(REGIONAL))
                .isEqualTo(new GroupAssignmentCommand(
                        0,
                        Mmsi.of(844285387),
                        Optional.of(Position.of(-17474 / 600.0, 106435 / 600.0)),
                        Optional.of(Position.of(-14060 / 600.0, -25649 / 600.0)),
                        StationType.REGIONAL_8,
                        Optional.of(ShipType.of(72)),
                        TxRxMode.TX_A_RX_AB,
                        ReportingInterval.MINUTES_3,
                        2));
    }

    @Test
    void encode_inlandCommand_reproducesPayload() {
        assertThat(armoredPayload(decodeOne(INLAND))).isEqualTo("G02:Kn01R`sn@291nj600000900,2");
    }

    @Test
    void describe_inlandCommand_writesFieldsInOrder() {
        assertThat(fields(decodeOne(INLAND)))
                .containsExactly(
                        entry("neLat", 30642 / 600.0),
                        entry("neLon", 1578 / 600.0),
                        entry("swLat", 30408 / 600.0),
                        entry("swLon", 1096 / 600.0),
                        entry("stationtype", "INLAND_WATERWAYS"),
                        // Table 76: ship type 0 selects all types; it is a code, not "not available" (gpsd: 0).
                        entry("shiptype", 0L),
                        entry("shiptypeText", "All types of ships"),
                        entry("txrx", "TX_AB_RX_AB"),
                        entry("interval", "NEXT_SHORTER"),
                        entry("quiet", 0L));
    }

    @Test
    void decode_payloadOf156Bits_isRejectedAsTooShort() {
        assertThat(rejectOne(sentence("G02:Kn01R`sn@291nj60000090", 0)).kind()).isEqualTo(ErrorKind.PAYLOAD_TOO_SHORT);
    }

    @Test
    void new_fourBitTxRxMode_isRefused() {
        assertThatThrownBy(() -> new GroupAssignmentCommand(
                        0,
                        Mmsi.of(2268120),
                        Optional.empty(),
                        Optional.empty(),
                        StationType.ALL_MOBILES,
                        Optional.empty(),
                        TxRxMode.RESERVED_4,
                        ReportingInterval.AUTONOMOUS,
                        0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("group assignment Tx/Rx mode must have a 2-bit code (0..3), was RESERVED_4");
    }
}
