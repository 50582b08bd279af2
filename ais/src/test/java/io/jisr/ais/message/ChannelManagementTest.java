package io.jisr.ais.message;

import static io.jisr.ais.message.Fixtures18To27.armoredPayload;
import static io.jisr.ais.message.Fixtures18To27.decodeOne;
import static io.jisr.ais.message.Fixtures18To27.fields;
import static io.jisr.ais.message.Fixtures18To27.rejectOne;
import static io.jisr.ais.message.Fixtures18To27.sentence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.jisr.ais.ErrorKind;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.ChannelManagement.AddressedStations;
import io.jisr.ais.message.ChannelManagement.BroadcastArea;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChannelManagementTest {

    /** gpsd/sample.aivdm.nmea: a broadcast to a degenerate area (both corners the same point). */
    private static final String BROADCAST = "!AIVDM,1,1,,B,F030p>R2N2P6jIA`2eTjS@520000,0*1B";

    /** gpsd/sample.aivdm.nmea: a broadcast to a real rectangle. */
    private static final String GREAT_LAKES = "!AIVDM,1,1,,A,F030ot22N2P6aoQbhe4736L20000,0*1A";

    /** gpsd/sample.aivdm.nmea, the addressed case gpsd once decoded wrongly (edge-case notes section 7). */
    private static final String ADDRESSED = "!AIVDM,1,1,,B,Fe3>>MOD@GDF?ThcoCk02?ioQie4,0*03";

    /** gpsd/sample.aivdm.nmea: addressed, low power. */
    private static final String ADDRESSED_LOW_POWER = "!AIVDM,1,1,,A,F@@W>gOP00PH=JrN9l000?wB2HH;,0*44";

    @Test
    void decode_broadcast_readsAreaAtTenthMinute() {
        Position corner = Position.of(26634 / 600.0, -39734 / 600.0);
        assertThat(decodeOne(BROADCAST))
                .isEqualTo(new ChannelManagement(
                        0,
                        Mmsi.of(3160122),
                        2087,
                        2088,
                        TxRxMode.TX_AB_RX_AB,
                        false,
                        new BroadcastArea(Optional.of(corner), Optional.of(corner)),
                        false,
                        false,
                        5));
        // gpsdecode: "ne_lon":"-66.223333","ne_lat":"44.390000"
        assertThat(corner.latitude()).isEqualTo(44.39);
        assertThat(corner.longitude()).isCloseTo(-66.223333, org.assertj.core.api.Assertions.within(5e-7));
    }

    @Test
    void decode_broadcastRectangle_readsBothCorners() {
        ChannelManagement m = (ChannelManagement) decodeOne(GREAT_LAKES);

        assertThat(m.target())
                .isEqualTo(new BroadcastArea(
                        Optional.of(Position.of(45.55, -73.5)),
                        Optional.of(Position.of(25400 / 600.0, -48100 / 600.0))));
    }

    @Test
    void decode_addressed_readsTwoStations() {
        assertThat(decodeOne(ADDRESSED))
                .isEqualTo(new ChannelManagement(
                        2,
                        Mmsi.of(875794037),
                        3396,
                        373,
                        TxRxMode.TX_A_RX_AB,
                        false,
                        new AddressedStations(Mmsi.of(837968222), Mmsi.of(254804543)),
                        false,
                        true,
                        8));
    }

    @Test
    void decode_addressedLowPower_readsPowerFlag() {
        ChannelManagement m = (ChannelManagement) decodeOne(ADDRESSED_LOW_POWER);

        assertThat(m.lowPower()).isTrue();
        assertThat(m.channelA()).isEqualTo(3584);
        assertThat(m.channelB()).isEqualTo(8);
        assertThat(m.target()).isEqualTo(new AddressedStations(Mmsi.of(28144881), Mmsi.of(268435519)));
    }

    @Test
    void encode_realCommands_reproducePayloads() {
        assertThat(armoredPayload(decodeOne(BROADCAST))).isEqualTo("F030p>R2N2P6jIA`2eTjS@520000,0");
        assertThat(armoredPayload(decodeOne(GREAT_LAKES))).isEqualTo("F030ot22N2P6aoQbhe4736L20000,0");
    }

    @Test
    void describe_broadcastAndAddressed_writeTheirOwnFields() {
        assertThat(fields(decodeOne(BROADCAST)))
                .containsExactly(
                        entry("channelA", 2087L),
                        entry("channelB", 2088L),
                        entry("txrx", "TX_AB_RX_AB"),
                        entry("power", false),
                        entry("addressed", false),
                        entry("neLat", 26634 / 600.0),
                        entry("neLon", -39734 / 600.0),
                        entry("swLat", 26634 / 600.0),
                        entry("swLon", -39734 / 600.0),
                        entry("bandA", false),
                        entry("bandB", false),
                        entry("zoneSizeNauticalMiles", 5L));
        assertThat(fields(decodeOne(ADDRESSED)))
                .containsExactly(
                        entry("channelA", 3396L),
                        entry("channelB", 373L),
                        entry("txrx", "TX_A_RX_AB"),
                        entry("power", false),
                        entry("addressed", true),
                        entry("dest1", 837968222L),
                        entry("dest2", 254804543L),
                        entry("bandA", false),
                        entry("bandB", true),
                        entry("zoneSizeNauticalMiles", 8L));
    }

    @Test
    void decode_payloadOf162Bits_isRejectedAsTooShort() {
        assertThat(rejectOne(sentence("F030p>R2N2P6jIA`2eTjS@52000", 0)).kind()).isEqualTo(ErrorKind.PAYLOAD_TOO_SHORT);
    }
}
