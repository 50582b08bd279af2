package io.jisr.ais;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.message.PositionReportClassA;
import io.jisr.ais.message.StaticAndVoyageData;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class AisDecoderTest {

    static final String TYPE1 = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";
    static final String TYPE5_PART1 =
            "!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C";
    static final String TYPE5_PART2 = "!AIVDM,2,2,1,A,88888888880,2*25";

    static List<Decoded> decode(String... lines) {
        return AisDecoder.decodeAll(lines);
    }

    static String withChecksum(String body) {
        return "!" + body + "*" + Nmea.checksumHex(Nmea.checksum(body));
    }

    static Decoded.Message onlyMessage(List<Decoded> out) {
        assertThat(out).hasSize(1).first().isInstanceOf(Decoded.Message.class);
        return (Decoded.Message) out.get(0);
    }

    static DecodeError onlyError(List<Decoded> out) {
        assertThat(out).hasSize(1).first().isInstanceOf(Decoded.Rejected.class);
        return ((Decoded.Rejected) out.get(0)).error();
    }

    @Test
    void decode_positionReport_givesFieldsOfTheStandard() {
        var m = (PositionReportClassA) onlyMessage(decode(TYPE1)).message();
        assertThat(m.mmsi().value()).isEqualTo(371798000);
        assertThat(m.speedOverGroundKnots().getAsDouble()).isEqualTo(12.3);
        assertThat(m.position().orElseThrow().longitude())
                .isCloseTo(-123.395383, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(m.position().orElseThrow().latitude())
                .isCloseTo(48.381633, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void decode_receptionFacts_comeFromTheSentence() {
        var r = onlyMessage(decode(withChecksum("BSVDO,1,1,,B,15RTgt0PAso;90TKcjM8h6g208CQ,0")))
                .reception();
        assertThat(r.talker()).isEqualTo("BS");
        assertThat(r.ownShip()).isTrue();
        assertThat(r.channel()).contains("B");
        assertThat(r.source()).isEmpty();
        assertThat(r.receivedAt()).isEmpty();
        assertThat(r.sentences()).isEqualTo(1);
        assertThat(r.lineNumber()).isEqualTo(1);
    }

    @Test
    void decode_lowerCaseChecksum_isAccepted() {
        onlyMessage(decode(TYPE1.replace("*4A", "*4a")));
    }

    @Test
    void decode_badChecksum_isRejectedWithBothValues() {
        var e = onlyError(decode(TYPE1.replace("*4A", "*4B")));
        assertThat(e.kind()).isEqualTo(ErrorKind.BAD_CHECKSUM);
        assertThat(e.message()).isEqualTo("NMEA checksum mismatch: expected 0x4B, computed 0x4A");
        assertThat(e.lineNumber()).isEqualTo(1);
        assertThat(e.excerpt()).isEqualTo(TYPE1.replace("*4A", "*4B"));
    }

    @Test
    void decode_missingChecksum_isRejected() {
        var e = onlyError(decode("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0"));
        assertThat(e.kind()).isEqualTo(ErrorKind.MISSING_CHECKSUM);
    }

    @Test
    void decode_tooFewFields_isRejected() {
        String body = "AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ";
        var e = onlyError(decode("!" + body + "*" + Nmea.checksumHex(Nmea.checksum(body))));
        assertThat(e.kind()).isEqualTo(ErrorKind.TOO_FEW_FIELDS);
        assertThat(e.message()).isEqualTo("VDM/VDO sentence needs 7 fields, found 6");
    }

    @Test
    void decode_badArmorCharacter_namesItsOffset() {
        String body = "AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208C~,0";
        var e = onlyError(decode("!" + body + "*" + Nmea.checksumHex(Nmea.checksum(body))));
        assertThat(e.kind()).isEqualTo(ErrorKind.BAD_ARMOR_CHAR);
        assertThat(e.message()).isEqualTo("payload character '~' (0x7e) at payload offset 27 is not six-bit armour");
    }

    @Test
    void decode_badFillBits_isRejected() {
        String body = "AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,7";
        var e = onlyError(decode("!" + body + "*" + Nmea.checksumHex(Nmea.checksum(body))));
        assertThat(e.kind()).isEqualTo(ErrorKind.BAD_FILL_BITS);
    }

    @Test
    void decode_emptyPayload_isRejected() {
        assertThat(onlyError(decode("!AIVDM,1,1,,B,,0*25")).kind()).isEqualTo(ErrorKind.EMPTY_PAYLOAD);
    }

    @Test
    void decode_undefinedType_isRejected() {
        String body = "AIVDM,1,1,,A," + "t5RTgt0PAso;90TKcjM8h6g208CQ" + ",0";
        var e = onlyError(decode("!" + body + "*" + Nmea.checksumHex(Nmea.checksum(body))));
        assertThat(e.kind()).isEqualTo(ErrorKind.UNKNOWN_TYPE);
        assertThat(e.message()).isEqualTo("message type 60 is not defined by ITU-R M.1371-5 (types are 1..27)");
    }

    @Test
    void decode_truncatedPositionReport_isRejectedAsTooShort() {
        // The real sentence with fill bits 5 on 168 bits leaves 163: the radio status would be cut.
        var e = onlyError(decode("!AIVDM,1,1,,A,13aIkM@P00PJ@qPNL=e@0?wJ28JO,5*63"));
        assertThat(e.kind()).isEqualTo(ErrorKind.PAYLOAD_TOO_SHORT);
        assertThat(e.message()).isEqualTo("message type 1 needs at least 168 bits, payload has 163");
    }

    @Test
    void decode_corruptTalkerWithValidChecksum_isAccepted() {
        // AMSA writes "!=IVDM" on 1,505 otherwise valid lines; the checksum covers the talker.
        String body = "=IVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0";
        var r = onlyMessage(decode("!" + body + "*" + Nmea.checksumHex(Nmea.checksum(body))))
                .reception();
        assertThat(r.talker()).isEqualTo("=I");
    }

    @Test
    void decode_goFreeExtraField_isAccepted() {
        var m = onlyMessage(decode("!AIVDM,1,1,1,,13aI8e?P00PGpU:NR6s00?vT2000,0,0*1C"));
        assertThat(m.message().mmsi().value()).isEqualTo(244730036);
        assertThat(m.reception().channel()).isEmpty();
    }

    @Test
    void decode_missingExclamationMark_findsTheSentence() {
        String line = TYPE1.substring(1);
        assertThat(onlyMessage(decode(line)).message().mmsi().value()).isEqualTo(371798000);
    }

    @Test
    void decode_nonAisLines_areCountedNotReported() {
        var decoder = new AisDecoder(new CollectingSink());
        decoder.decodeLine("$GPGGA,114702.00,3351.0151,S,15117.2160,E,1,06,1.69,00093,M,021,M,,*76");
        decoder.decodeLine("# a comment");
        decoder.decodeLine("");
        decoder.decodeLine("!AIPWR,1*00");
        var stats = decoder.stats().snapshot();
        assertThat(stats.lines()).isEqualTo(4);
        assertThat(stats.otherLines()).isEqualTo(4);
        assertThat(stats.sentences()).isZero();
        assertThat(stats.errors()).isEmpty();
    }

    @Test
    void decode_tagBlockWithSecondsTime_givesSourceAndTime() {
        var r = onlyMessage(
                        decode(
                                "\\s:rMT6214,t:marinetraffic,c:1699401689*40\\!AIVDM,1,1,,A,133g`DP000PCJC>MEj<pdo<l0<49Vm5,0*6A"))
                .reception();
        assertThat(r.source()).contains("rMT6214");
        assertThat(r.receivedAt()).contains(Instant.ofEpochSecond(1699401689));
    }

    @Test
    void decode_tagBlockWithMillisecondTime_isReadAsMilliseconds() {
        var r = onlyMessage(
                        decode(
                                "\\c:1599239587658,s:sdr-experiments,T:2020-09-04 18.13.07*58\\!AIVDM,1,1,,B,H>cSnNP@4eEL544000000000000,0*3E"))
                .reception();
        assertThat(r.receivedAt()).contains(Instant.ofEpochMilli(1599239587658L));
        assertThat(r.source()).contains("sdr-experiments");
    }

    @Test
    void decode_tagBlockWithBadChecksum_keepsSentenceAndReportsMetadata() {
        var out = decode("\\c:1420030798*00\\!ABVDM,1,1,4,B,17P;HV?P008F98Il;EC1mOwL0@KP,0*22");
        assertThat(out).hasSize(2);
        assertThat(((Decoded.Rejected) out.get(0)).error().kind()).isEqualTo(ErrorKind.TAG_BLOCK_CHECKSUM);
        assertThat(ErrorKind.TAG_BLOCK_CHECKSUM.dropsData()).isFalse();
        var m = (Decoded.Message) out.get(1);
        assertThat(m.reception().receivedAt()).contains(Instant.ofEpochSecond(1420030798));
    }

    @Test
    void decode_loggerSuffixSeconds_givesTime() {
        var r = onlyMessage(decode("!ABVDM,1,1,,A,14`ai400221sEs7dWPmahorh0404,0*45,1485907262"))
                .reception();
        assertThat(r.receivedAt()).contains(Instant.ofEpochSecond(1485907262));
    }

    @Test
    void decode_loggerSuffixMilliseconds_givesTime() {
        var r = onlyMessage(decode("!AIVDM,1,1,,B,15RTgt0PAso;90TKcjM8h6g208CQ,0*49,1327992119173"))
                .reception();
        assertThat(r.receivedAt()).contains(Instant.ofEpochMilli(1327992119173L));
    }

    @Test
    void decode_receiverMetadataAfterChecksum_findsUnixTime() {
        var r = onlyMessage(decode(TYPE1 + ",b003669794,1272412827")).reception();
        assertThat(r.receivedAt()).contains(Instant.ofEpochSecond(1272412827));
    }

    @Test
    void decode_loggerPrefixTime_givesTime() {
        var r = onlyMessage(decode("1599239526.500 " + TYPE1)).reception();
        assertThat(r.receivedAt()).contains(Instant.ofEpochMilli(1599239526500L));
    }

    @Test
    void decode_gatehouseLine_datesTheNextSentenceOnly() {
        var out = decode("$PGHP,1,2010,6,11,11,46,11,390,231,45,992190934,1,2B*5B", TYPE1, TYPE1);
        assertThat(((Decoded.Message) out.get(0)).reception().receivedAt())
                .contains(Instant.parse("2010-06-11T11:46:11.390Z"));
        assertThat(((Decoded.Message) out.get(1)).reception().receivedAt()).isEmpty();
    }

    @Test
    void decode_twoSentencesOnOneLine_decodesBoth() {
        var out = decode(TYPE5_PART1 + TYPE5_PART2);
        var m = (StaticAndVoyageData) onlyMessage(out).message();
        assertThat(m.vesselName()).contains("EVER DIADEM");
    }

    @Test
    void decode_multipart_assemblesTwoSentences() {
        var m = onlyMessage(decode(TYPE5_PART1, TYPE5_PART2));
        var data = (StaticAndVoyageData) m.message();
        assertThat(data.mmsi().value()).isEqualTo(351759000);
        assertThat(data.callSign()).contains("3FOF8");
        assertThat(data.destination()).contains("NEW YORK");
        assertThat(m.reception().sentences()).isEqualTo(2);
        assertThat(m.reception().lineNumber()).isEqualTo(2);
    }

    @Test
    void decode_multipartOutOfOrder_assemblesBySequenceId() {
        var m = onlyMessage(decode(TYPE5_PART2, TYPE5_PART1));
        assertThat(((StaticAndVoyageData) m.message()).vesselName()).contains("EVER DIADEM");
    }

    @Test
    void decode_interleavedChannelsWithDifferentSequenceIds_neverMix() {
        // gpsd's "channel multiplexing test": two type 5 of MMSI 271010059 interleaved on A and B.
        var out = decode(
                "!AIVDM,2,1,6,B,542M92h00001@<7;?G0PD4i@R0<tqA8tj37>220o0h:2240Ht50000000000,0*3B",
                "!AIVDM,2,1,2,A,542M92h00001@<7;?G0PD4i@R0<tqA8tj37>220o0h:2240Ht500000000000000,0*3C",
                "!AIVDM,2,2,2,A,0000002,2*24",
                "!AIVDM,2,2,6,B,00000000000,2*21");
        assertThat(out).hasSize(2).allMatch(d -> d instanceof Decoded.Message);
        assertThat(out)
                .extracting(d -> ((Decoded.Message) d).reception().channel().orElseThrow())
                .containsExactly("A", "B");
    }

    @Test
    void decode_sameSequenceIdOnOtherChannel_doesNotJoin() {
        var out = decode(TYPE5_PART1, TYPE5_PART2.replace(",A,", ",B,").replace("*25", "*26"));
        assertThat(out)
                .extracting(d -> ((Decoded.Rejected) d).error().kind())
                .containsExactlyInAnyOrder(ErrorKind.INCOMPLETE_MULTIPART, ErrorKind.ORPHANED_PART);
    }

    @Test
    void decode_newFirstPartBeforeSecond_dropsTheOldMessage() {
        var out = decode(TYPE5_PART1, TYPE5_PART1, TYPE5_PART2);
        assertThat(out).hasSize(2);
        var e = ((Decoded.Rejected) out.get(0)).error();
        assertThat(e.kind()).isEqualTo(ErrorKind.INCOMPLETE_MULTIPART);
        assertThat(e.message())
                .isEqualTo("multi-sentence message with 1 of 2 parts (channel A, sequence id 1, first seen on line 1)"
                        + " displaced by a new fragment 1 with the same key before it completed");
        assertThat(out.get(1)).isInstanceOf(Decoded.Message.class);
    }

    @Test
    void decode_orphanedSecondPart_isReportedAtEndOfStream() {
        var e = onlyError(decode(TYPE5_PART2));
        assertThat(e.kind()).isEqualTo(ErrorKind.ORPHANED_PART);
    }

    @Test
    void decode_incompleteMultipart_expiresAfterTimeout() {
        var clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        var sink = new CollectingSink();
        var decoder = new AisDecoder(
                DecoderOptions.defaults()
                        .withMultipartTimeout(Duration.ofSeconds(5))
                        .withClock(clock),
                sink);
        decoder.decodeLine(TYPE5_PART1);
        clock.now = clock.now.plusSeconds(6);
        decoder.decodeLine(TYPE5_PART1.replace(",2,1,1,A,", ",2,1,3,A,").replace("*1C", "*1E"));
        assertThat(sink.errors).extracting(DecodeError::kind).containsExactly(ErrorKind.INCOMPLETE_MULTIPART);
        assertThat(sink.errors.get(0).message()).endsWith("not completed within 5000 ms");
        assertThat(sink.messages).isEmpty();
    }

    @Test
    void decode_tagBlockGroups_joinAcrossAnInterleavedSentence() {
        var out = decode(
                "\\g:1-2-1604,s:rORBCOMM008,c:1418169601,T:2014-12-10 00.00.01*37\\!AIVDM,2,1,6,A,53@o0E000001Q0CG37U8u<Tp4q@D00000000000018330400000000000000,0*63",
                "\\s:rORBCOMM104,q:u,c:1418172113,T:2014-12-10 00.41.53*55\\!AIVDM,1,1,,B,13F?Vv700<DJuLEtvep`iToV0<00,0*78",
                "\\g:2-2-1604,s:rORBCOMM008,c:1418169601,T:2014-12-10 00.00.01*34\\!AIVDM,2,2,6,A,00000000008,2*2A");
        assertThat(out).hasSize(2).allMatch(d -> d instanceof Decoded.Message);
        var type5 = (Decoded.Message) out.get(1);
        assertThat(type5.message().messageType()).isEqualTo(5);
        assertThat(type5.reception().source()).contains("rORBCOMM008");
        assertThat(type5.reception().receivedAt()).contains(Instant.ofEpochSecond(1418169601));
    }

    @Test
    void decode_unclosedTagBlock_isReported() {
        var e = onlyError(decode("\\s:abc,c:1418169601*00!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A"));
        assertThat(e.kind()).isEqualTo(ErrorKind.BAD_TAG_BLOCK);
    }

    @Test
    void decode_tooManyOpenMultiparts_dropsTheOldest() {
        var sink = new CollectingSink();
        var decoder = new AisDecoder(new DecoderOptions(Duration.ofSeconds(10), 2, 4096, InstantSource.system()), sink);
        for (int seq = 0; seq < 3; seq++) {
            String body = "AIVDM,2,1," + seq + ",A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0";
            decoder.decodeLine("!" + body + "*" + Nmea.checksumHex(Nmea.checksum(body)));
        }
        assertThat(sink.errors).extracting(DecodeError::kind).containsExactly(ErrorKind.INCOMPLETE_MULTIPART);
        assertThat(sink.errors.get(0).message())
                .contains("sequence id 0")
                .endsWith("2 multi-sentence messages were already open");
    }

    @Test
    void decode_lineTooLong_isRejectedUnread() {
        var e = onlyError(decode("!" + "A".repeat(5000)));
        assertThat(e.kind()).isEqualTo(ErrorKind.LINE_TOO_LONG);
        assertThat(e.excerpt()).hasSize(DecodeError.EXCERPT_LIMIT);
    }

    @Test
    void stats_countMessagesByTypeAndErrorsByKind() {
        var decoder = new AisDecoder(new CollectingSink());
        decoder.decodeLine(TYPE1);
        decoder.decodeLine(TYPE1.replace("*4A", "*00"));
        decoder.decodeLine(TYPE5_PART1);
        decoder.decodeLine(TYPE5_PART2);
        var s = decoder.stats().snapshot();
        assertThat(s.messages()).isEqualTo(2);
        assertThat(s.messagesByType()[1]).isEqualTo(1);
        assertThat(s.messagesByType()[5]).isEqualTo(1);
        assertThat(s.errors(ErrorKind.BAD_CHECKSUM)).isEqualTo(1);
        assertThat(s.droppingErrors()).isEqualTo(1);
        assertThat(s.sentences()).isEqualTo(4);
    }

    @Test
    void encode_thenDecode_givesTheSameMessage() {
        var original = onlyMessage(decode(TYPE5_PART1, TYPE5_PART2)).message();
        List<String> sentences = AisEncoder.standard().encode(original, "B", 7);
        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0)).startsWith("!AIVDM,2,1,7,B,");
        assertThat(onlyMessage(AisDecoder.decodeAll(sentences.toArray(String[]::new)))
                        .message())
                .isEqualTo(original);
    }

    @Test
    void encode_singleSentence_leavesSequenceIdBlank() {
        var original = onlyMessage(decode(TYPE1)).message();
        assertThat(AisEncoder.standard().encode(original, "A", 0)).containsExactly(TYPE1);
    }

    @Test
    void decode_literalLineEndTextAfterSentence_isIgnored() {
        onlyMessage(decode(TYPE1 + "\\r\\n"));
    }

    @Test
    void decode_fragmentWithoutSourceAfterTaggedFirstPart_joinsIt() {
        var out = decode("\\c:1662052384,s:FM112*00\\" + TYPE5_PART1, TYPE5_PART2);
        assertThat(out).filteredOn(d -> d instanceof Decoded.Message).hasSize(1);
        var m = out.stream()
                .filter(d -> d instanceof Decoded.Message)
                .map(d -> (Decoded.Message) d)
                .findFirst()
                .orElseThrow();
        assertThat(m.reception().source()).contains("FM112");
    }

    @Test
    void decode_fragmentWithoutSourceAndTwoCandidates_joinsNeither() {
        var out = decode(
                "\\s:north*" + Nmea.checksumHex(Nmea.checksum("s:north")) + "\\" + TYPE5_PART1,
                "\\s:south*" + Nmea.checksumHex(Nmea.checksum("s:south")) + "\\" + TYPE5_PART1,
                TYPE5_PART2);
        assertThat(out).noneMatch(d -> d instanceof Decoded.Message);
    }

    static final class MutableClock implements InstantSource {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static final class CollectingSink implements AisSink {
        final List<io.jisr.ais.message.AisMessage> messages = new java.util.ArrayList<>();
        final List<DecodeError> errors = new java.util.ArrayList<>();

        @Override
        public void message(io.jisr.ais.message.AisMessage message, Reception reception) {
            messages.add(message);
        }

        @Override
        public void error(DecodeError error) {
            errors.add(error);
        }
    }
}
