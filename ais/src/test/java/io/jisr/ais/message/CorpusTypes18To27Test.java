package io.jisr.ais.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.AisDecoder;
import io.jisr.ais.AisEncoder;
import io.jisr.ais.Decoded;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every message of types 18 to 27 in the recorded corpus survives re-encoding and describes itself
 * with distinct field names.
 */
class CorpusTypes18To27Test {

    private static final List<String> FILES = List.of(
            "aduvenhage-ais-decoder/test_ais_data.log",
            "amsa-risky/ais.txt",
            "amsa-risky/exact-earth-augmented-2.txt",
            "amsa-risky/exact-earth-augmented-3.txt",
            "amsa-risky/exact-earth-augmented.txt",
            "dma-aislib/ais250.txt",
            "dma-aislib/decode_encode_messages.txt",
            "dma-aislib/stream_example.txt",
            "gfw-ais-tools/mixed_types.nmea",
            "gfw-ais-tools/sample.nmea",
            "gpsd/ais-18-27.log",
            "gpsd/ais-nmea-type6-fid55.log",
            "gpsd/ais-nmea.log",
            "gpsd/ais-raw-messages.log",
            "gpsd/ais_unpack_sixbit.log",
            "gpsd/sample.aivdm.nmea",
            "libais/test.aivdm",
            "libais/typeexamples.nmea",
            "signalk/nais300-merrimac.log",
            "signalk/nais400-merrimac.log");

    @Test
    void decode_corpus_everyMessageOfTypes18To27ReencodesToItself() throws IOException {
        Map<Integer, Integer> perType = new TreeMap<>();
        for (String file : FILES) {
            for (Decoded d : AisDecoder.decodeAll(io.jisr.ais.DecoderOptions.defaults(), lines(file))) {
                if (!(d instanceof Decoded.Message message) || message.message().messageType() < 18) {
                    continue;
                }
                AisMessage m = message.message();
                perType.merge(m.messageType(), 1, Integer::sum);
                List<String> sentences = AisEncoder.standard().encode(m, "B", 3);
                List<Decoded> again = AisDecoder.decodeAll(sentences.toArray(String[]::new));
                assertThat(again).as("%s in %s", m, file).hasSize(1);
                assertThat(((Decoded.Message) again.getFirst()).message())
                        .as("re-encoded from %s", file)
                        .isEqualTo(m);
                assertThat(Fixtures18To27.fields(m)).as("fields of %s", m).isNotEmpty();
            }
        }
        // Counts with the framing rules of this commit; a decoder that accepts more lines may find more.
        Map<Integer, Integer> atLeast =
                Map.of(18, 3472, 19, 12, 20, 564, 21, 578, 22, 29, 23, 40, 24, 703, 25, 41, 26, 27, 27, 93);
        assertThat(perType.keySet()).containsExactly(18, 19, 20, 21, 22, 23, 24, 25, 26, 27);
        atLeast.forEach((type, count) ->
                assertThat(perType.get(type)).as("type %d", type).isGreaterThanOrEqualTo(count));
    }

    private static List<String> lines(String file) throws IOException {
        try (InputStream in = CorpusTypes18To27Test.class.getResourceAsStream("/ais/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))
                    .lines()
                    .toList();
        }
    }
}
