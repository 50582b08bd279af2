package io.jisr.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every API route the application registers is described in {@code openapi.yaml}: a route added without
 * its description fails here. Routes are read from the sources (the Javalin registrations), paths with
 * their parameters' names ignored ({@code /api/sar/cases/{reference}} matches {@code {id}}).
 */
class OpenApiCoverageTest {
    private static final Pattern ROUTE = Pattern.compile("\\.(?:get|post|patch|put|delete)\\(\"(/api[^\"]*)\"");
    private static final Pattern DOCUMENTED = Pattern.compile("(?m)^  (/api[^:\\s]*):\\s*$");

    @Test
    void everyRegisteredApiRoute_isInTheOpenApiDocument() throws IOException {
        Set<String> registered = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/jisr/app"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = ROUTE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    registered.add(shape(m.group(1)));
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        try (InputStream in = OpenApiCoverageTest.class.getResourceAsStream("/openapi.yaml")) {
            Matcher m = DOCUMENTED.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                documented.add(shape(m.group(1)));
            }
        }

        assertThat(registered).as("routes registered in the sources").hasSizeGreaterThan(40);
        assertThat(documented).containsAll(registered);
    }

    private static String shape(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }
}
