package io.jisr.app.decode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the recorded corpus, from the codec's test resources (the {@code jisr-ais} test jar). */
final class Corpus {
    private Corpus() {}

    /** Copies corpus file {@code name} (such as {@code gpsd/sample.aivdm.nmea}) into {@code dir}; returns the copy. */
    static Path copy(String name, Path dir) {
        try (InputStream in = Corpus.class.getResourceAsStream("/ais/" + name)) {
            if (in == null) {
                throw new IllegalStateException("corpus file /ais/" + name + " is not on the test class path");
            }
            Path file = dir.resolve(name.replace('/', '-'));
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
