package io.jisr.feed;

import io.jisr.ais.AisDecoder;
import io.jisr.ais.AisSink;
import io.jisr.ais.DecodeError;
import io.jisr.ais.DecoderOptions;
import io.jisr.ais.Reception;
import io.jisr.ais.message.AisMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The recorded real AIS corpus of the {@code ais} module, and what decoding it directly gives. */
final class Corpus {
    private Corpus() {}

    /** What an {@link AisDecoder} made of some lines. */
    record Decoding(List<AisMessage> messages, List<Reception> receptions, List<DecodeError> errors) {}

    static byte[] bytes(String file) {
        try (InputStream in = Corpus.class.getResourceAsStream("/ais/" + file)) {
            if (in == null) {
                throw new IllegalStateException("corpus file /ais/" + file + " is not on the test classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String file) {
        return new String(bytes(file), StandardCharsets.ISO_8859_1).lines().toList();
    }

    /** Decodes the lines as bytes, one decoder for all, then ends the stream. */
    static Decoding decode(List<String> lines) {
        List<AisMessage> messages = new ArrayList<>();
        List<Reception> receptions = new ArrayList<>();
        List<DecodeError> errors = new ArrayList<>();
        AisDecoder decoder = new AisDecoder(DecoderOptions.defaults(), new AisSink() {
            @Override
            public void message(AisMessage message, Reception reception) {
                messages.add(message);
                receptions.add(reception);
            }

            @Override
            public void error(DecodeError error) {
                errors.add(error);
            }
        });
        for (String line : lines) {
            byte[] b = line.getBytes(StandardCharsets.ISO_8859_1);
            decoder.decodeLine(b, 0, b.length);
        }
        decoder.endOfStream();
        return new Decoding(messages, receptions, errors);
    }

    /** Joins lines with CR LF, each terminated. */
    static byte[] crlf(List<String> lines) {
        StringBuilder s = new StringBuilder();
        lines.forEach(l -> s.append(l).append("\r\n"));
        return s.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
