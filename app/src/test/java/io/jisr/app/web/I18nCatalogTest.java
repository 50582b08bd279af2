package io.jisr.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The three languages of the UI hold the same keys with the same placeholders, and cover the page. */
class I18nCatalogTest {

    static final List<String> LANGUAGES = List.of("en", "fr", "ar");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    static JsonNode catalog(String language) throws IOException {
        try (InputStream in = I18nCatalogTest.class.getResourceAsStream("/public/i18n/" + language + ".json")) {
            assertThat(in).as("catalogue %s.json", language).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    static Set<String> keys(JsonNode catalog) {
        Set<String> keys = new TreeSet<>();
        catalog.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void catalogues_everyLanguage_hasExactlyTheEnglishKeysWithTheSamePlaceholders() throws IOException {
        JsonNode english = catalog("en");
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            JsonNode other = catalog(language);
            Set<String> missing = new TreeSet<>(keys(english));
            missing.removeAll(keys(other));
            Set<String> extra = new TreeSet<>(keys(other));
            extra.removeAll(keys(english));
            if (!missing.isEmpty()) {
                problems.add(language + " lacks " + missing);
            }
            if (!extra.isEmpty()) {
                problems.add(language + " has keys English lacks: " + extra);
            }
            for (String key : keys(english)) {
                if (other.has(key)) {
                    String text = other.get(key).asText();
                    if (text.isBlank()) {
                        problems.add(language + " " + key + " is empty");
                    }
                    Set<String> expected = placeholders(english.get(key).asText());
                    Set<String> actual = placeholders(text);
                    if (!expected.equals(actual)) {
                        problems.add(language + " " + key + " has placeholders " + actual + ", English " + expected);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void catalogues_coverEveryKeyThePageAndScriptsUse() throws IOException {
        Set<String> known = keys(catalog("en"));
        Path publicDir = Path.of("src/main/resources/public");
        Pattern attribute = Pattern.compile("data-i18n(?:-[a-z-]+)?=\"([^\"]+)\"");
        Pattern call = Pattern.compile("\\bt\\('([A-Za-z0-9.]+)'");
        Pattern literalKey = Pattern.compile("'((?:vessel|users|tokens|audit|admin)\\.[A-Za-z]+)'");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(publicDir)) {
            for (Path file : files.filter(
                            f -> f.toString().endsWith(".html") || f.toString().endsWith(".js"))
                    .toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (Pattern p : List.of(attribute, call, literalKey)) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        used.removeAll(known);
        assertThat(used).as("keys used by the UI but missing from en.json").isEmpty();
    }
}
