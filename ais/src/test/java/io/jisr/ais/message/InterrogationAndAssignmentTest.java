package io.jisr.ais.message;

import static io.jisr.ais.message.DecodedMessages.decodeCorpus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.ais.AisEncoder;
import io.jisr.ais.identity.Mmsi;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Types 15 and 16 in their short and long forms on recorded sentences, cross-checked with gpsdecode 3.22. */
class InterrogationAndAssignmentTest {
    private static final String GPSD = "/ais/gpsd/sample.aivdm.nmea";

    @Test
    void decode_interrogationOf88Bits_givesOneRequest() {
        // gpsd: mmsi1 5158, type1_1 5, offset1_1 0.
        Interrogation m = decodeCorpus(Interrogation.class, GPSD, "?5OP=l00052HD00", 1);

        assertThat(m)
                .isEqualTo(new Interrogation(
                        0,
                        Mmsi.of(368578000),
                        new Interrogation.Request(Mmsi.of(5158), 5, 0),
                        Optional.empty(),
                        Optional.empty()));
        assertThat(AisEncoder.standard().encode(m, "A", 0)).containsExactly("!AIVDM,1,1,,A,?5OP=l00052HD00,2*5B");
    }

    @Test
    void decode_interrogationOf112Bits_givesTwoRequestsOfOneStation() {
        // gpsd: mmsi1 367014320, type1_1 3, offset1_1 516, type1_2 5, offset1_2 617.
        Interrogation m = decodeCorpus(Interrogation.class, GPSD, "?h3Ovn1GP<K0<P@59a0", 1);

        assertThat(m)
                .isEqualTo(new Interrogation(
                        3,
                        Mmsi.of(3669720),
                        new Interrogation.Request(Mmsi.of(367014320), 3, 516),
                        Optional.of(new Interrogation.Request(Mmsi.of(367014320), 5, 617)),
                        Optional.empty()));
    }

    @Test
    void decode_interrogationOf168Bits_givesThreeRequests() {
        // gpsd: mmsi1 211507560 5/0 and 55/663, mmsi2 605843451 32/560.
        Interrogation m = decodeCorpus(Interrogation.class, GPSD, "?39a?2PjKFFPD01o:Gq1igvp2<3w", 1);

        assertThat(m)
                .isEqualTo(new Interrogation(
                        0,
                        Mmsi.of(211439370),
                        new Interrogation.Request(Mmsi.of(211507560), 5, 0),
                        Optional.of(new Interrogation.Request(Mmsi.of(211507560), 55, 663)),
                        Optional.of(new Interrogation.Request(Mmsi.of(605843451), 32, 560))));
        assertThat(FieldRecorder.fieldsOf(m))
                .containsExactly(
                        "mmsi1=211507560",
                        "type11=5",
                        "offset11=0",
                        "type12=55",
                        "offset12=663",
                        "mmsi2=605843451",
                        "type21=32",
                        "offset21=560");
    }

    @Test
    void decode_interrogationOf104Bits_ignoresTheCutSecondRequest() {
        // Bits 88-103 hold message type 1.2 and 8 of the 12 offset bits; gpsd reports type1_2 62,
        // offset1_2 2832 from them.
        Interrogation m = decodeCorpus(Interrogation.class, "/ais/libais/typeexamples.nmea", "?w>DNkiVT>Qp8eMvd@", 1);

        assertThat(m.repeatIndicator()).isEqualTo(3);
        assertThat(m.mmsi()).isEqualTo(Mmsi.of(1021648591));
        assertThat(m.first()).isEqualTo(new Interrogation.Request(Mmsi.of(430193182), 2, 727));
        assertThat(m.second()).isEmpty();
        assertThat(m.third()).isEmpty();
    }

    @Test
    void encode_secondStationWithoutSecondRequest_writesZeroRequestAnd160Bits() {
        Interrogation m = new Interrogation(
                0,
                Mmsi.of(2),
                new Interrogation.Request(Mmsi.of(3), 5, 0),
                Optional.empty(),
                Optional.of(new Interrogation.Request(Mmsi.of(4), 24, 0)));

        BitBuffer bits = MessageCodec.encode(m);

        assertThat(bits.length()).isEqualTo(160);
        assertThat(bits.unsigned(90, 6)).isZero();
        assertThat(bits.unsigned(96, 12)).isZero();
    }

    @Test
    void construct_secondRequestOfOtherStation_isRejected() {
        assertThatThrownBy(() -> new Interrogation(
                        0,
                        Mmsi.of(2),
                        new Interrogation.Request(Mmsi.of(3), 5, 0),
                        Optional.of(new Interrogation.Request(Mmsi.of(4), 5, 0)),
                        Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("second request must address the first station 000000003, was 000000004");
    }

    @Test
    void decode_assignmentOf96Bits_givesOneAssignment() {
        // gpsd: mmsi1 224251000, offset1 200, increment1 0.
        AssignedModeCommand m = decodeCorpus(AssignedModeCommand.class, GPSD, "@01uEO@mMk7P<P00", 1);

        assertThat(m)
                .isEqualTo(new AssignedModeCommand(
                        0,
                        Mmsi.of(2053501),
                        new AssignedModeCommand.Assignment(Mmsi.of(224251000), 200, 0),
                        Optional.empty()));
        assertThat(AisEncoder.standard().encode(m, "A", 0)).containsExactly("!AIVDM,1,1,,A,@01uEO@mMk7P<P00,0*18");
        assertThat(FieldRecorder.fieldsOf(m))
                .containsExactly(
                        "mmsi1=224251000",
                        "offset1=200",
                        "increment1=0",
                        "mmsi2=absent",
                        "offset2=absent",
                        "increment2=absent");
    }

    @Test
    void decode_assignmentOfTwoStations_givesBoth() {
        // Edge-cases doc section 7: 439952844 -> 315920 offset 2049 inc 681, 230137673 offset 424 inc 419.
        AssignedModeCommand m = decodeCorpus(AssignedModeCommand.class, GPSD, "@6STUk004lQ206bCKNOBAb6SJ@5s", 1);

        assertThat(m)
                .isEqualTo(new AssignedModeCommand(
                        0,
                        Mmsi.of(439952844),
                        new AssignedModeCommand.Assignment(Mmsi.of(315920), 2049, 681),
                        Optional.of(new AssignedModeCommand.Assignment(Mmsi.of(230137673), 424, 419))));
    }
}
