package io.jisr.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class GradingTest {

    @Test
    void parse_letterAndDigit_givesBothScales() {
        Grading g = Grading.parse("b2");

        assertThat(g.reliability()).isEqualTo(SourceReliability.B);
        assertThat(g.credibility()).isEqualTo(InformationCredibility.PROBABLY_TRUE);
        assertThat(g.code()).isEqualTo("B2");
        assertThat(g.reliability().meaning()).isEqualTo("Usually reliable");
        assertThat(g.credibility().meaning()).isEqualTo("Probably true");
    }

    @Test
    void parse_badGradings_sayWhatWasWrong() {
        assertThatThrownBy(() -> Grading.parse("G2"))
                .hasMessage("source reliability must be a letter A to F, was \"G\"");
        assertThatThrownBy(() -> Grading.parse("B7"))
                .hasMessage("information credibility must be a digit 1 to 6, was 7");
        assertThatThrownBy(() -> Grading.parse("B"))
                .hasMessage("grading must be a letter A–F and a digit 1–6 such as B2, was \"B\"");
        assertThatThrownBy(() -> Grading.parse("B٣"))
                .hasMessage("grading must be a letter A–F and a digit 1–6 such as B2, was \"B٣\"");
    }

    @Test
    void meets_isJudgedOnBothScales() {
        Grading minimum = Grading.parse("C3");

        assertThat(Grading.parse("B2").meets(minimum)).isTrue();
        assertThat(Grading.parse("C3").meets(minimum)).isTrue();
        assertThat(Grading.parse("A4").meets(minimum)).isFalse();
        assertThat(Grading.parse("D1").meets(minimum)).isFalse();
    }

    @Test
    void meets_cannotBeJudged_passesOnlyAnOpenMinimum() {
        assertThat(Grading.UNJUDGED.meets(Grading.parse("E5"))).isFalse();
        assertThat(Grading.UNJUDGED.meets(Grading.UNJUDGED)).isTrue();
    }

    @Property
    void meets_isReflexiveAndTransitive(
            @ForAll SourceReliability r1,
            @ForAll InformationCredibility c1,
            @ForAll SourceReliability r2,
            @ForAll InformationCredibility c2,
            @ForAll SourceReliability r3,
            @ForAll InformationCredibility c3) {
        Grading a = new Grading(r1, c1);
        Grading b = new Grading(r2, c2);
        Grading c = new Grading(r3, c3);

        assertThat(a.meets(a)).isTrue();
        if (a.meets(b) && b.meets(c)) {
            assertThat(a.meets(c)).isTrue();
        }
        assertThat(Grading.parse(a.code())).isEqualTo(a);
    }
}
