package io.jisr.ais.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.AisDecoder;
import io.jisr.ais.DecodeError;
import io.jisr.ais.Decoded;
import io.jisr.ais.Nmea;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test fixtures for types 4 to 17: lines from the recorded corpus, synthetic sentences and one-message decoding. */
final class DecodedMessages {
    private DecodedMessages() {}

    /**
     * Returns {@code count} consecutive lines of a corpus resource, starting with the first line that
     * holds {@code payload}, so that a test decodes the recorded line itself, logger suffix and all.
     */
    static String[] corpusLines(String resource, String payload, int count) {
        List<String> lines = readLines(resource);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("," + payload + ",")) {
                assertThat(i + count)
                        .as("lines after %s in %s", payload, resource)
                        .isLessThanOrEqualTo(lines.size());
                return lines.subList(i, i + count).toArray(String[]::new);
            }
        }
        throw new AssertionError("payload " + payload + " is not in " + resource);
    }

    /** Decodes lines that must give exactly one message, of the given record type. */
    static <T extends AisMessage> T decodeOne(Class<T> type, String... lines) {
        List<Decoded> decoded = AisDecoder.decodeAll(lines);
        assertThat(decoded).as("decoding %s", List.of(lines)).hasSize(1);
        assertThat(decoded.getFirst()).isInstanceOf(Decoded.Message.class);
        AisMessage message = ((Decoded.Message) decoded.getFirst()).message();
        assertThat(message).isInstanceOf(type);
        return type.cast(message);
    }

    /** Decodes the corpus line holding {@code payload} (and {@code count - 1} more lines) as one message. */
    static <T extends AisMessage> T decodeCorpus(Class<T> type, String resource, String payload, int count) {
        return decodeOne(type, corpusLines(resource, payload, count));
    }

    /** Decodes lines that must be rejected, and returns the one error. */
    static DecodeError rejectionOf(String... lines) {
        List<Decoded> decoded = AisDecoder.decodeAll(lines);
        assertThat(decoded).hasSize(1);
        assertThat(decoded.getFirst()).isInstanceOf(Decoded.Rejected.class);
        return ((Decoded.Rejected) decoded.getFirst()).error();
    }

    /** Wraps payload bits in one {@code !AIVDM} sentence on channel A with the right fill bits and checksum. */
    static String sentence(BitBuffer payload) {
        StringBuilder armored = new StringBuilder();
        int fill = payload.armor(armored);
        String body = "AIVDM,1,1,,A," + armored + "," + fill;
        return "!" + body + "*" + Nmea.checksumHex(Nmea.checksum(body));
    }

    /** Returns a payload from fields given as alternating values and widths: {@code value, width, value, width, ...}. */
    static BitBuffer bits(long... valuesAndWidths) {
        BitBuffer b = new BitBuffer();
        for (int i = 0; i < valuesAndWidths.length; i += 2) {
            b.append(valuesAndWidths[i], (int) valuesAndWidths[i + 1]);
        }
        return b;
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = DecodedMessages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)
                    .lines()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
