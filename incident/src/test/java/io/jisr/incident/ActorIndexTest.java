package io.jisr.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.incident.ActorIndex.Suggestion;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ActorIndexTest {

    @Test
    void normalise_foldsCaseAccentsDotsAndPunctuation() {
        assertThat(ActorIndex.normalise("J.N.I.M.")).isEqualTo("jnim");
        assertThat(ActorIndex.normalise("  Islamic State - Sahel  Province "))
                .isEqualTo("islamic state sahel province");
        assertThat(ActorIndex.normalise("Jama'at Nusrat al-Islam")).isEqualTo("jamaat nusrat al islam");
        assertThat(ActorIndex.normalise("Ménaka milice")).isEqualTo("menaka milice");
        assertThat(ActorIndex.normalise("جَماعة")).isEqualTo("جماعة");
    }

    @Test
    void canonical_variantSpellings_areOneActorShownInItsMostUsedSpelling() {
        ActorIndex index = new ActorIndex();
        index.add("JNIM");
        index.add("JNIM");
        index.add("J.N.I.M.");
        index.add("jnim");

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.canonical("Jnim")).contains("JNIM");
        assertThat(index.suggest("jn", 5)).containsExactly(new Suggestion("JNIM", 4));
    }

    @Test
    void suggest_ranksPrefixThenWordThenTypingErrors() {
        ActorIndex index = new ActorIndex();
        index.add("Military Forces of Mali");
        index.add("Military Forces of Mali");
        index.add("Military Forces of Niger");
        index.add("Gendarmerie of Mali");
        index.add("Militia of Menaka");
        index.add("Customs of Algeria");

        assertThat(index.suggest("mili", 10))
                .extracting(Suggestion::name)
                .containsExactly("Military Forces of Mali", "Military Forces of Niger", "Militia of Menaka");
        assertThat(index.suggest("mali", 10))
                .extracting(Suggestion::name)
                .containsExactly(
                        "Military Forces of Mali",
                        "Gendarmerie of Mali",
                        "Military Forces of Niger",
                        "Militia of Menaka");
        assertThat(index.suggest("cutsoms", 10)).extracting(Suggestion::name).containsExactly("Customs of Algeria");
        assertThat(index.suggest("mil", 1)).extracting(Suggestion::name).containsExactly("Military Forces of Mali");
        assertThat(index.suggest("  ", 5)).isEmpty();
        assertThat(index.suggest("zzzz", 5)).isEmpty();
    }

    @Test
    void prefixDistance_countsEditsAgainstTheBestPrefix() {
        assertThat(ActorIndex.prefixDistance("gendarmrie", "gendarmerie of niger", 2))
                .isEqualTo(1);
        assertThat(ActorIndex.prefixDistance("gend", "gendarmerie", 1)).isZero();
        assertThat(ActorIndex.prefixDistance("xyzw", "gendarmerie", 1)).isGreaterThan(1);
    }

    @Property
    void suggest_anyKnownName_suggestsItselfFromItsOwnText(@ForAll("names") String name) {
        ActorIndex index = new ActorIndex();
        index.add(name);
        index.add("Someone else entirely");

        if (!ActorIndex.normalise(name).isEmpty()) {
            assertThat(index.suggest(name, 2))
                    .extracting(Suggestion::name)
                    .contains(index.canonical(name).orElseThrow());
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> names() {
        return Reports.hostileText(30);
    }
}
