package io.jisr.ais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.jisr.ais.message.AisMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decodes every file of the recorded corpus and pins, per file, how many lines, sentences, messages
 * of each type and errors of each kind come out (see {@code docs/corpus.md}).
 *
 * <p>The expected numbers are in {@code corpus-expectations.csv}. After a deliberate change to the
 * decoder, regenerate them with {@code ./mvnw -B -q -pl ais test -Dtest=CorpusTest
 * -Djisr.corpus.print=true}: the current table is printed and written to {@code
 * target/corpus-actual.csv}.
 */
class CorpusTest {
    /*
     * Implementation note: counts come from the decoder's own DecoderStats and are checked against
     * what the sink received, so the statistics and the emitted events cannot drift apart unnoticed.
     * Error kinds and message types are written as "name=count" lists, not one column each, so that a
     * new ErrorKind or a type that starts decoding changes only the rows it affects.
     */

    private static final String EXPECTATIONS = "/corpus-expectations.csv";
    private static final String HEADER = "file,lines,sentences,otherLines,messages,messagesByType,errors";

    /** Decodes every file without an exception escaping, and with stats that match the events. */
    @ParameterizedTest
    @MethodSource("io.jisr.ais.Corpus#dataFiles")
    void decode_corpusFile_throwsNothingAndCountsWhatItEmits(String file) {
        assertThatCode(() -> tally(file)).doesNotThrowAnyException();
    }

    /** Every file decodes to exactly the expected counts. */
    @ParameterizedTest
    @MethodSource("io.jisr.ais.Corpus#dataFiles")
    void decode_corpusFile_matchesExpectedCounts(String file) {
        Map<String, String> expected = expectations();
        assertThat(expected).as("expectations for %s in %s", file, EXPECTATIONS).containsKey(file);
        assertThat(tally(file).csvRow()).isEqualTo(expected.get(file));
    }

    /** The expectation table has one row for every corpus file and no row for anything else. */
    @Test
    void expectations_everyCorpusFile_hasExactlyOneRow() {
        assertThat(expectations().keySet()).containsExactlyElementsOf(Corpus.dataFiles());
    }

    /** Writes the current table to {@code target/corpus-actual.csv}, and prints it when asked to. */
    @Test
    void table_current_isWrittenForRegeneration() throws IOException {
        List<String> rows = new ArrayList<>();
        rows.add("# Expected decoding of each corpus file; regenerate as described in docs/corpus.md.");
        rows.add(HEADER);
        for (String file : Corpus.dataFiles()) {
            rows.add(tally(file).csvRow());
        }
        Path out = Path.of("target", "corpus-actual.csv");
        Files.createDirectories(out.getParent());
        Files.write(out, rows, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("jisr.corpus.print")) {
            rows.forEach(System.out::println);
        }
        assertThat(rows).hasSize(Corpus.dataFiles().size() + 2);
    }

    /** The counts of one decoded file. */
    record Tally(String file, DecoderStats.Snapshot stats) {
        /** Returns the row of the expectation table. */
        String csvRow() {
            StringJoiner types = new StringJoiner(";");
            long[] byType = stats.messagesByType();
            for (int type = 1; type < byType.length; type++) {
                if (byType[type] > 0) {
                    types.add(type + "=" + byType[type]);
                }
            }
            StringJoiner errors = new StringJoiner(";");
            stats.errors().forEach((kind, n) -> errors.add(kind.name() + "=" + n));
            return String.join(
                    ",",
                    file,
                    Long.toString(stats.lines()),
                    Long.toString(stats.sentences()),
                    Long.toString(stats.otherLines()),
                    Long.toString(stats.messages()),
                    types.toString(),
                    errors.toString());
        }
    }

    /** Decodes a file, checks the decoder's statistics against its events, and returns them. */
    static Tally tally(String file) {
        List<String> lines = Corpus.lines(file);
        long[] messagesByType = new long[28];
        Map<ErrorKind, Long> errors = new EnumMap<>(ErrorKind.class);
        AisDecoder decoder = new AisDecoder(Corpus.options(), new AisSink() {
            @Override
            public void message(AisMessage message, Reception reception) {
                messagesByType[message.messageType()]++;
            }

            @Override
            public void error(DecodeError error) {
                errors.merge(error.kind(), 1L, Long::sum);
            }
        });
        lines.forEach(decoder::decodeLine);
        decoder.endOfStream();
        DecoderStats.Snapshot stats = decoder.stats().snapshot();
        assertThat(stats.lines()).as("lines of %s", file).isEqualTo(lines.size());
        assertThat(stats.messagesByType()).as("messages by type of %s", file).containsExactly(messagesByType);
        assertThat(stats.errors()).as("errors of %s", file).isEqualTo(errors);
        return new Tally(file, stats);
    }

    /** Reads the expectation table: file name to the whole row. */
    private static Map<String, String> expectations() {
        Map<String, String> rows = new LinkedHashMap<>();
        try (InputStream in = CorpusTest.class.getResourceAsStream(EXPECTATIONS)) {
            assertThat(in).as("resource %s", EXPECTATIONS).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            try (Stream<String> lines = text.lines()) {
                lines.filter(l -> !l.isBlank() && !l.startsWith("#") && !l.equals(HEADER))
                        .forEach(l -> rows.put(l.substring(0, l.indexOf(',')), l));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
