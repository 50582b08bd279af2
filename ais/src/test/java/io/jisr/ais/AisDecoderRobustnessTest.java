package io.jisr.ais;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.message.AisMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Hostile-input properties: whatever arrives, the decoder neither throws nor emits a message that was
 * not on the air.
 */
class AisDecoderRobustnessTest {

    /** Files with a variety of single- and multi-sentence messages, tag blocks and logger times. */
    private static final List<String> FILES = List.of(
            "gpsd/sample.aivdm.nmea",
            "libais/typeexamples.nmea",
            "libais/tagblock.nmea",
            "gfw-ais-tools/mixed_types.nmea",
            "gfw-ais-tools/multi-part.nmea",
            "amsa-risky/exact-earth-with-tag-block.txt",
            "aduvenhage-ais-decoder/test_ais_data.log",
            "dma-aislib/ais250.txt");

    private static final List<String> CORPUS =
            FILES.stream().flatMap(f -> Corpus.lines(f).stream()).toList();
    private static final Set<AisMessage> GENUINE = genuineMessages();

    private static Set<AisMessage> genuineMessages() {
        Set<AisMessage> all = new HashSet<>();
        for (Decoded d : AisDecoder.decodeAll(DecoderOptions.defaults(), CORPUS)) {
            if (d instanceof Decoded.Message m) {
                all.add(m.message());
            }
        }
        return all;
    }

    private static List<AisMessage> messages(List<Decoded> out) {
        List<AisMessage> list = new ArrayList<>();
        for (Decoded d : out) {
            if (d instanceof Decoded.Message m) {
                list.add(m.message());
            }
        }
        return list;
    }

    @Provide
    Arbitrary<String> corpusLine() {
        return Arbitraries.of(CORPUS);
    }

    @Property(tries = 2000)
    void decode_randomBytes_neverThrows(@ForAll @Size(max = 300) byte[] bytes) {
        var decoder = new AisDecoder(new AisDecoderTest.CollectingSink());
        decoder.decodeLine(bytes, 0, bytes.length);
        decoder.endOfStream();
        assertThat(decoder.stats().snapshot().lines()).isEqualTo(1);
    }

    @Property(tries = 2000)
    void decode_randomSentenceShapedText_neverThrows(@ForAll("sentenceShaped") String line) {
        var decoder = new AisDecoder(new AisDecoderTest.CollectingSink());
        decoder.decodeLine(line);
        decoder.endOfStream();
    }

    @Provide
    Arbitrary<String> sentenceShaped() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of(
                        "!",
                        "\\",
                        "*",
                        ",",
                        "AIVDM",
                        "BSVDO",
                        "1",
                        "2",
                        "9",
                        "A",
                        "B",
                        "s:",
                        "c:",
                        "g:1-2-3",
                        "0",
                        "5",
                        "*4A",
                        "15RTgt0PAso;90TKcjM8h6g208CQ",
                        "88888888880",
                        "\r",
                        "\n",
                        "@",
                        "~"),
                Arbitraries.strings().ofMaxLength(4));
        return token.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Property(tries = 1000)
    void decode_truncatedRealLine_emitsOnlyGenuineMessages(
            @ForAll("corpusLine") String line, @ForAll @IntRange(min = 0, max = 200) int cut) {
        String truncated = line.substring(0, Math.min(cut, line.length()));
        assertThat(GENUINE).containsAll(messages(AisDecoder.decodeAll(truncated)));
    }

    @Property(tries = 2000)
    void decode_oneCharacterChanged_emitsOnlyGenuineMessages(
            @ForAll("corpusLine") String line,
            @ForAll @IntRange(min = 0, max = 500) int at,
            @ForAll @IntRange(min = 32, max = 126) int replacement) {
        if (line.isEmpty()) {
            return;
        }
        int i = at % line.length();
        String mutated = line.substring(0, i) + (char) replacement + line.substring(i + 1);
        assertThat(GENUINE).containsAll(messages(AisDecoder.decodeAll(mutated)));
    }

    @Property(tries = 1000)
    void checksum_detectsEverySingleCharacterChangeInsideTheSentence(
            @ForAll @IntRange(min = 0, max = 200) int at, @ForAll @IntRange(min = 32, max = 126) int replacement) {
        String body = "AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0";
        int i = at % body.length();
        if (body.charAt(i) == replacement) {
            return;
        }
        String mutated = body.substring(0, i) + (char) replacement + body.substring(i + 1);
        assertThat(Nmea.checksum(mutated)).isNotEqualTo(Nmea.checksum(body));
    }

    @Property(tries = 300)
    void decode_multipartInAnyOrder_givesTheSameMessage(
            @ForAll("multipartGroup") List<String> fragments, @ForAll long seed) {
        List<AisMessage> inOrder = messages(AisDecoder.decodeAll(fragments.toArray(String[]::new)));
        List<String> shuffled = new ArrayList<>(fragments);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(messages(AisDecoder.decodeAll(shuffled.toArray(String[]::new))))
                .isEqualTo(inOrder)
                .hasSize(1);
    }

    @Provide
    Arbitrary<List<String>> multipartGroup() {
        List<List<String>> groups = new ArrayList<>();
        List<String> lines = Corpus.lines("gfw-ais-tools/multi-part.nmea");
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            if (f.length > 2 && f[2].equals("1") && !f[1].equals("1")) {
                int total = Integer.parseInt(f[1]);
                if (i + total <= lines.size()) {
                    List<String> group = lines.subList(i, i + total);
                    if (!messages(AisDecoder.decodeAll(group.toArray(String[]::new)))
                            .isEmpty()) {
                        groups.add(List.copyOf(group));
                    }
                }
            }
        }
        return Arbitraries.of(groups);
    }

    @Property(tries = 200)
    void decode_interleavedStreams_loseNothing(@ForAll long seed) {
        // Two copies of the corpus interleaved line by line with different tag-block sources never mix.
        List<String> lines = Corpus.lines("gfw-ais-tools/multi-part.nmea");
        List<AisMessage> expected = messages(AisDecoder.decodeAll(lines.toArray(String[]::new)));
        List<String> mixed = new ArrayList<>();
        Random random = new Random(seed);
        int a = 0;
        int b = 0;
        while (a < lines.size() || b < lines.size()) {
            boolean takeA = b >= lines.size() || (a < lines.size() && random.nextBoolean());
            mixed.add(takeA ? tagged("north", lines.get(a++)) : tagged("south", lines.get(b++)));
        }
        List<AisMessage> out = messages(AisDecoder.decodeAll(mixed.toArray(String[]::new)));
        List<AisMessage> twice = new ArrayList<>(expected);
        twice.addAll(expected);
        assertThat(out).containsExactlyInAnyOrderElementsOf(twice);
    }

    private static String tagged(String source, String line) {
        String body = "s:" + source;
        return "\\" + body + "*" + Nmea.checksumHex(Nmea.checksum(body)) + "\\" + line;
    }
}
