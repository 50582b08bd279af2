package io.jisr.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The recorded real AIS data of the codec's test resources ({@code /ais/...} on the class path, from
 * the {@code jisr-ais} test jar), read as raw lines.
 */
final class Corpus {
    private Corpus() {}

    /** Returns the data files' lines, file by file in name order, without licence and provenance files. */
    static List<List<byte[]>> files() {
        URL marker = Corpus.class.getResource("/ais/PROVENANCE.md");
        if (marker == null) {
            throw new IllegalStateException("the AIS corpus (/ais/PROVENANCE.md) is not on the class path");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath("/ais"));
                }
            }
            return read(Path.of(uri).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unusable corpus location " + marker, e);
        }
    }

    private static List<List<byte[]>> read(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(Corpus::isData)
                    .sorted()
                    .toList();
        }
        List<List<byte[]>> result = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                result.add(lines(in.readAllBytes()));
            }
        }
        return result;
    }

    private static boolean isData(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith("LICENSE") && !name.startsWith("NOTICE") && !name.endsWith(".md");
    }

    /** Splits on LF, keeping any CR, as the command line's reader does. */
    private static List<byte[]> lines(byte[] data) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(data, start, i));
                start = i + 1;
            }
        }
        if (start < data.length) {
            lines.add(java.util.Arrays.copyOfRange(data, start, data.length));
        }
        return lines;
    }
}
