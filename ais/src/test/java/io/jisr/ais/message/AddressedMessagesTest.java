package io.jisr.ais.message;

import static io.jisr.ais.message.DecodedMessages.bits;
import static io.jisr.ais.message.DecodedMessages.decodeCorpus;
import static io.jisr.ais.message.DecodedMessages.decodeOne;
import static io.jisr.ais.message.DecodedMessages.sentence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.ais.AisEncoder;
import io.jisr.ais.identity.Mmsi;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Types 7, 10, 12, 13 and 14 on recorded sentences, cross-checked with gpsdecode 3.22. */
class AddressedMessagesTest {
    private static final String GPSD = "/ais/gpsd/sample.aivdm.nmea";

    @Test
    void decode_binaryAcknowledgeOfOne_givesTheEntry() {
        // gpsd: mmsi 2655651, mmsi1 265538450 (gpsd does not print sequence numbers).
        Acknowledgement m = decodeCorpus(Acknowledgement.class, GPSD, "702R5`hwCjq8", 1);

        assertThat(m)
                .isEqualTo(new Acknowledgement(
                        7, 0, Mmsi.of(2655651), List.of(new Acknowledgement.Acknowledged(Mmsi.of(265538450), 0))));
        assertThat(AisEncoder.standard().encode(m, "A", 0)).containsExactly("!AIVDM,1,1,,A,702R5`hwCjq8,0*6B");
    }

    @Test
    void decode_128BitAcknowledge_givesTwoWholeEntriesOnly() {
        // 128 bits hold two 32-bit entries and 24 bits of a third; gpsd reports that partial third
        // entry as mmsi3 836359488.
        Acknowledgement m = decodeCorpus(Acknowledgement.class, GPSD, "7IiQ4T`UjA9lC;b:M<MWE@", 1);

        assertThat(m.repeatIndicator()).isEqualTo(1);
        assertThat(m.mmsi()).isEqualTo(Mmsi.of(655901842));
        assertThat(m.acknowledged())
                .containsExactly(
                        new Acknowledgement.Acknowledged(Mmsi.of(158483613), 0),
                        new Acknowledgement.Acknowledged(Mmsi.of(321823389), 0));
        assertThat(FieldRecorder.fieldsOf(m))
                .containsExactly(
                        "mmsi1=158483613",
                        "seqno1=0",
                        "mmsi2=321823389",
                        "seqno2=0",
                        "mmsi3=absent",
                        "seqno3=absent",
                        "mmsi4=absent",
                        "seqno4=absent");
    }

    @Test
    void decode_safetyAcknowledge_isType13WithSequenceNumber() {
        Acknowledgement m = decodeCorpus(Acknowledgement.class, GPSD, "=39UOj0jFs9R", 1);

        assertThat(m)
                .isEqualTo(new Acknowledgement(
                        13, 0, Mmsi.of(211378120), List.of(new Acknowledgement.Acknowledged(Mmsi.of(211217560), 2))));
    }

    @Test
    void decode_fourAcknowledgementsIn168Bits_givesAllFour() {
        String line = sentence(bits(7, 6, 2, 2, 1, 30, 0, 2, 11, 30, 0, 2, 22, 30, 1, 2, 33, 30, 2, 2, 44, 30, 3, 2));

        Acknowledgement m = decodeOne(Acknowledgement.class, line);

        assertThat(m.acknowledged())
                .extracting(a -> a.mmsi().value() + "/" + a.sequenceNumber())
                .containsExactly("11/0", "22/1", "33/2", "44/3");
    }

    @Test
    void construct_fiveAcknowledgements_isRejected() {
        List<Acknowledgement.Acknowledged> five = List.of(
                new Acknowledgement.Acknowledged(Mmsi.of(1), 0),
                new Acknowledgement.Acknowledged(Mmsi.of(2), 0),
                new Acknowledgement.Acknowledged(Mmsi.of(3), 0),
                new Acknowledgement.Acknowledged(Mmsi.of(4), 0),
                new Acknowledgement.Acknowledged(Mmsi.of(5), 0));

        assertThatThrownBy(() -> new Acknowledgement(7, 0, Mmsi.of(9), five))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("acknowledgement must name 1 to 4 messages, named 5");
    }

    @Test
    void decode_utcDateInquiry_givesDestination() {
        UtcDateInquiry m = decodeCorpus(UtcDateInquiry.class, GPSD, ":5MlU41GMK6@", 1);

        assertThat(m).isEqualTo(new UtcDateInquiry(0, Mmsi.of(366814480), Mmsi.of(366832740)));
        assertThat(FieldRecorder.fieldsOf(m)).containsExactly("destMmsi=366832740");
        assertThat(AisEncoder.standard().encode(m, "B", 0)).containsExactly("!AIVDM,1,1,,B,:5MlU41GMK6@,0*6C");
    }

    @Test
    void decode_addressedSafetyText_givesText() {
        // gpsd: seqno 0, dest_mmsi 316123456, retransmit false, text "GOOD".
        AddressedSafetyMessage m = decodeCorpus(AddressedSafetyMessage.class, GPSD, "<5?SIj1;GbD07??4", 1);

        assertThat(m)
                .isEqualTo(new AddressedSafetyMessage(0, Mmsi.of(351853000), 0, Mmsi.of(316123456), false, "GOOD"));
        assertThat(FieldRecorder.fieldsOf(m))
                .containsExactly("seqno=0", "destMmsi=316123456", "retransmit=false", "text=\"GOOD\"");
        assertThat(AisEncoder.standard().encode(m, "A", 0)).containsExactly("!AIVDM,1,1,,A,<5?SIj1;GbD07??4,0*38");
    }

    @Test
    void decode_multiSentenceSafetyText_givesWholeText() {
        // gpsd: "PLEASE REPORT TO JOBOURG TRAFFIC CHANNEL 13"
        AddressedSafetyMessage m = decodeCorpus(
                AddressedSafetyMessage.class, GPSD, "<02:oP0kKcv0@<51C5PB5@?BDPD?P:?2?EB7PDB16693P381>>5<PikP", 1);

        assertThat(m.mmsi()).isEqualTo(Mmsi.of(2275200));
        assertThat(m.destination()).isEqualTo(Mmsi.of(215724000));
        assertThat(m.text()).isEqualTo("PLEASE REPORT TO JOBOURG TRAFFIC CHANNEL 13");
    }

    @Test
    void decode_safetyBroadcast_givesText() {
        SafetyBroadcastMessage m = decodeCorpus(SafetyBroadcastMessage.class, GPSD, ">5?Per18=HB1U:1@E=B0m<L", 1);

        assertThat(m).isEqualTo(new SafetyBroadcastMessage(0, Mmsi.of(351809000), "RCVD YR TEST MSG"));
        assertThat(FieldRecorder.fieldsOf(m)).containsExactly("text=\"RCVD YR TEST MSG\"");
    }

    @Test
    void decode_safetyBroadcastWithoutText_givesEmptyText() {
        SafetyBroadcastMessage m =
                decodeOne(SafetyBroadcastMessage.class, sentence(bits(14, 6, 0, 2, 2053501, 30, 0, 2)));

        assertThat(m.text()).isEmpty();
    }

    @Test
    void decode_safetyTextWithPaddingAndPartialCharacter_isCutAtFirstAt() {
        // "SART" then '@' padding then a stray character, and 4 bits that are not a whole character.
        String line = sentence(
                bits(14, 6, 0, 2, 970012345, 30, 0, 2, 19, 6, 1, 6, 18, 6, 20, 6, 0, 6, 0, 6, 1, 6, 0b1010, 4));

        assertThat(decodeOne(SafetyBroadcastMessage.class, line).text()).isEqualTo("SART");
    }

    @Test
    void construct_textWithAtSign_isRejected() {
        assertThatThrownBy(() -> new SafetyBroadcastMessage(0, Mmsi.of(1), "A@B"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("safety text must hold no '@' and end without a space, was \"A@B\"");
    }
}
