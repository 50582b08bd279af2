package io.jisr.sar.leeway;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.sar.SarInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Hostile tables: the parser either reads them or says what is wrong, and never fails otherwise. */
class LeewayTableFuzzTest {

    static String bundledText() {
        try (InputStream in = LeewayObjects.class.getResourceAsStream("leeway-objects.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 400)
    void parse_mutatedTable_readsOrRejectsWithLineNumber(@ForAll("mutations") String text) {
        try {
            LeewayObjects table = LeewayObjects.parse(text, "fuzz.csv");
            assertThat(table.all()).isNotEmpty();
            table.all().forEach(o -> assertThat(o.downwind().stdCmPerSecond()).isNotNegative());
        } catch (SarInputException e) {
            assertThat(e.getMessage()).startsWith("fuzz.csv");
        }
    }

    @Property(tries = 300)
    void parse_randomText_neverFailsOtherwise(@ForAll String text) {
        try {
            LeewayObjects.parse(text, "fuzz.csv");
        } catch (SarInputException e) {
            assertThat(e.getMessage()).startsWith("fuzz.csv");
        }
    }

    @Provide
    Arbitrary<String> mutations() {
        String base = bundledText();
        Arbitrary<Integer> position = Arbitraries.integers().between(0, base.length() - 1);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 20);
        Arbitrary<String> insert = Arbitraries.strings()
                .withChars(",\"\n\r#-.eE0123456789NaInfity \uFEFF\u00e9")
                .ofMaxLength(12);
        return Combinators.combine(position, length, insert).as((p, l, s) -> {
            int end = Math.min(base.length(), p + l);
            return base.substring(0, p) + s + base.substring(end);
        });
    }
}
