package io.jisr.ais;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The recorded real AIS corpus in the test resources ({@code ais/}), file by file. */
final class Corpus {
    /*
     * Files are read as ISO-8859-1 so that any byte is a character: a few comment lines hold UTF-8
     * Cyrillic, and the decoder maps anything outside ASCII to a bad character anyway. Lines are what
     * BufferedReader calls lines (LF, CRLF or CR ends one), the same as the decoder's callers use.
     */

    private Corpus() {}

    /** Returns the folder holding the corpus on the test class path. */
    static Path root() {
        try {
            return Path.of(Corpus.class.getResource("/ais").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("corpus folder /ais has no file URI", e);
        }
    }

    /** Returns the data files, as paths relative to {@link #root()} with '/' separators, sorted. */
    static List<String> dataFiles() {
        Path root = root();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(Corpus::isData)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus in " + root, e);
        }
    }

    /** Returns the lines of one data file. */
    static List<String> lines(String relativePath) {
        Path file = root().resolve(relativePath);
        try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            return lines.toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus file " + file, e);
        }
    }

    /** Decodes one data file with default options and a fixed clock, as every corpus test does. */
    static List<Decoded> decode(String relativePath) {
        return AisDecoder.decodeAll(options(), lines(relativePath));
    }

    /**
     * Returns the options the corpus tests decode with: the defaults with a fixed clock, so that
     * multi-sentence timeouts of lines without a time of their own do not depend on when tests run.
     */
    static DecoderOptions options() {
        return DecoderOptions.defaults().withClock(java.time.InstantSource.fixed(java.time.Instant.EPOCH));
    }

    private static boolean isData(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith("LICENSE") && !name.startsWith("NOTICE") && !name.endsWith(".md");
    }
}
