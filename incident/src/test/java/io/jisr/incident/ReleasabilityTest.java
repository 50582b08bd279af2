package io.jisr.incident;

import static io.jisr.incident.Reports.DZA;
import static io.jisr.incident.Reports.USA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReleasabilityTest {

    @Test
    void parse_relTo_sortsTheCountriesAndWritesTheMarkingBack() {
        Releasability r = Releasability.parse("rel to USA,DZA");

        assertThat(r.releasableTo()).containsExactly(DZA, USA);
        assertThat(r.marking()).isEqualTo("REL TO DZA, USA");
        assertThat(r.isReleasableTo(USA)).isTrue();
        assertThat(r.isReleasableTo(CountryCode.of("FRA"))).isFalse();
    }

    @Test
    void parse_emptyOrNotReleasable_releasesToNobody() {
        assertThat(Releasability.parse("")).isEqualTo(Releasability.NOT_RELEASABLE);
        assertThat(Releasability.parse("not releasable").marking()).isEqualTo("NOT RELEASABLE");
    }

    @Test
    void parse_badMarkings_sayWhatWasWrong() {
        assertThatThrownBy(() -> Releasability.parse("SECRET"))
                .hasMessage("releasability must read \"REL TO\" and country codes, or NOT RELEASABLE, was \"SECRET\"");
        assertThatThrownBy(() -> Releasability.parse("REL TO DZA, US"))
                .hasMessage(
                        "releasability names \"US\", not an ISO 3166-1 alpha-3 country code, in \"REL TO DZA, US\"");
        assertThatThrownBy(() -> Releasability.parse("REL TO "))
                .hasMessage("releasability must read \"REL TO\" and country codes, or NOT RELEASABLE, was \"REL TO \"");
        assertThatThrownBy(() -> Releasability.parse("REL TO ,"))
                .hasMessage("releasability \"REL TO\" names no country in \"REL TO ,\"");
    }

    @Test
    void countryCode_unassignedOrLowerCase_isRefused() {
        assertThatThrownBy(() -> CountryCode.of("dza"))
                .hasMessage("country must be an ISO 3166-1 alpha-3 code such as DZA, was \"dza\"");
        assertThat(CountryCode.byEnglishName("Mali")).contains(Reports.MLI);
        assertThat(Reports.NER.englishName()).isEqualTo("Niger");
    }
}
