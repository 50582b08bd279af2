package io.jisr.ais;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads lines of the recorded real AIS corpus in {@code src/test/resources/ais/} for tests. */
final class CorpusLines {
    private CorpusLines() {}

    /** Files with a variety of single- and multi-sentence messages, tag blocks and logger times. */
    static final List<String> FILES = List.of(
            "gpsd/sample.aivdm.nmea",
            "libais/typeexamples.nmea",
            "libais/tagblock.nmea",
            "gfw-ais-tools/mixed_types.nmea",
            "gfw-ais-tools/multi-part.nmea",
            "amsa-risky/exact-earth-with-tag-block.txt",
            "aduvenhage-ais-decoder/test_ais_data.log",
            "dma-aislib/ais250.txt");

    static List<String> read(String file) {
        try (InputStream in = CorpusLines.class.getResourceAsStream("/ais/" + file)) {
            if (in == null) {
                throw new IllegalStateException("corpus file /ais/" + file + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)
                    .lines()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> all() {
        List<String> lines = new ArrayList<>();
        FILES.forEach(f -> lines.addAll(read(f)));
        return lines;
    }
}
