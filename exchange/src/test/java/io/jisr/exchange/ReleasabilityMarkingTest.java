package io.jisr.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ReleasabilityMarkingTest {

    @Test
    void parse_wellFormed_keepsTheOrderWritten() {
        var parsed = ReleasabilityMarking.parse("REL TO USA, DZA");

        assertThat(parsed).isInstanceOfSatisfying(ReleasabilityMarking.Parsed.Valid.class, v -> {
            assertThat(v.marking().nations()).containsExactly(Nation.of("USA"), Nation.of("DZA"));
            assertThat(v.marking().text()).isEqualTo("REL TO USA, DZA");
        });
    }

    @Test
    void parse_badTexts_sayWhatAndWhere() {
        assertThat(ReleasabilityMarking.parse("REL DZA"))
                .isEqualTo(new ReleasabilityMarking.Parsed.Invalid(
                        "a marking must start with \"REL TO \", was \"REL DZA\"", 1));
        assertThat(ReleasabilityMarking.parse("REL TO DZA,USA"))
                .isEqualTo(new ReleasabilityMarking.Parsed.Invalid(
                        "nation codes must be separated by \", \"; found \",USA\"", 11));
        assertThat(ReleasabilityMarking.parse("REL TO DZA, XYZ"))
                .isEqualTo(new ReleasabilityMarking.Parsed.Invalid(
                        "nation \"XYZ\" is not an assigned ISO 3166-1 alpha-3 code", 13));
        assertThat(ReleasabilityMarking.parse("REL TO DZA, usa"))
                .isEqualTo(new ReleasabilityMarking.Parsed.Invalid(
                        "nation must be an ISO 3166-1 alpha-3 code of three upper-case letters, was \"usa\"", 13));
        assertThat(ReleasabilityMarking.parse("REL TO DZA, DZA"))
                .isEqualTo(new ReleasabilityMarking.Parsed.Invalid("nation DZA is named twice", 13));
        assertThat(ReleasabilityMarking.parse("REL TO DZA, "))
                .isEqualTo(new ReleasabilityMarking.Parsed.Invalid(
                        "expected a three-letter nation code at the end of the marking", 13));
        assertThat(ReleasabilityMarking.parse("REL TO "))
                .isEqualTo(new ReleasabilityMarking.Parsed.Invalid(
                        "expected a three-letter nation code at the end of the marking", 8));
    }

    @Property(tries = 500)
    void parse_textOfAnyMarking_givesItBack(@ForAll("markings") ReleasabilityMarking marking) {
        assertThat(ReleasabilityMarking.parse(marking.text()))
                .isEqualTo(new ReleasabilityMarking.Parsed.Valid(marking));
    }

    @Property(tries = 3000)
    void parse_anyText_neverThrowsAndPointsInsideIt(@ForAll("texts") String text) {
        var parsed = ReleasabilityMarking.parse(text);

        if (parsed instanceof ReleasabilityMarking.Parsed.Invalid invalid) {
            assertThat(invalid.column()).isBetween(1, Math.max(1, text.length() + 1));
            assertThat(invalid.message()).isNotBlank();
        } else {
            assertThat(((ReleasabilityMarking.Parsed.Valid) parsed).marking().text())
                    .isEqualTo(text);
        }
    }

    @Provide
    Arbitrary<ReleasabilityMarking> markings() {
        List<String> codes = new ArrayList<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        return Arbitraries.of(codes)
                .map(Nation::of)
                .list()
                .uniqueElements()
                .ofMinSize(1)
                .ofMaxSize(8)
                .map(list -> ReleasabilityMarking.of(list.toArray(Nation[]::new)));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(40);
        Arbitrary<String> nearMiss = Arbitraries.strings()
                .withChars("REL TODZAUS, \t\n\u0000é")
                .ofMaxLength(30)
                .map(s -> "REL TO " + s);
        Arbitrary<String> valid = markings().map(ReleasabilityMarking::text);
        Arbitrary<String> mutated = Arbitraries.oneOf(valid, nearMiss)
                .flatMap(s -> Arbitraries.integers()
                        .between(0, s.length())
                        .flatMap(i -> Arbitraries.chars().map(c -> s.substring(0, i) + c + s.substring(i))));
        return Arbitraries.oneOf(noise, nearMiss, valid, mutated);
    }
}
