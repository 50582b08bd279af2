package io.jisr.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SubEventTypeTest {
    /** The codebook's 25 sub-event types, as its 2023 edition lists them. */
    private static final List<String> CODEBOOK_SUB_TYPES = List.of(
            "Armed clash",
            "Government regains territory",
            "Non-state actor overtakes territory",
            "Sexual violence",
            "Attack",
            "Abduction/forced disappearance",
            "Chemical weapon",
            "Air/drone strike",
            "Suicide bomb",
            "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED",
            "Grenade",
            "Peaceful protest",
            "Protest with intervention",
            "Excessive force against protesters",
            "Violent demonstration",
            "Mob violence",
            "Agreement",
            "Arrests",
            "Change to group/activity",
            "Disrupted weapons use",
            "Headquarters or base established",
            "Looting/property destruction",
            "Non-violent transfer of territory",
            "Other");

    @Test
    void fromCodebook_everyCodebookSubType_hasAJisrSubType() {
        for (String codebook : CODEBOOK_SUB_TYPES) {
            assertThat(SubEventType.fromCodebook("", codebook)).as(codebook).isPresent();
        }
    }

    @Test
    void codebookPairs_useOnlyTheCodebooksVocabulary() {
        Set<String> types = Arrays.stream(SubEventType.values())
                .map(SubEventType::codebookType)
                .collect(Collectors.toSet());
        assertThat(types)
                .containsExactlyInAnyOrder(
                        "Battles",
                        "Violence against civilians",
                        "Explosions/Remote violence",
                        "Protests",
                        "Riots",
                        "Strategic developments");
        for (SubEventType s : SubEventType.values()) {
            assertThat(CODEBOOK_SUB_TYPES).as(s.name()).contains(s.codebookSubType());
            assertThat(SubEventType.parse(s.name())).contains(s);
            assertThat(SubEventType.parse(s.label())).contains(s);
        }
    }

    @Test
    void fromCodebook_kidnapShareAbduction_readsBackAsAbduction() {
        assertThat(SubEventType.KIDNAP_FOR_RANSOM.codebookSubType()).isEqualTo("Abduction/forced disappearance");
        assertThat(SubEventType.fromCodebook("Violence against civilians", "abduction / forced disappearance"))
                .contains(SubEventType.ABDUCTION);
        assertThat(SubEventType.fromCodebook("Battles", "Attack")).isEmpty();
    }

    @Test
    void everyType_hasSubTypes_andTheIssuesVocabularyIsThere() {
        for (EventType t : EventType.values()) {
            assertThat(t.subTypes()).as(t.name()).isNotEmpty().allMatch(s -> s.type() == t);
            assertThat(EventType.parse(t.label())).contains(t);
        }
        assertThat(EventType.EXPLOSION_REMOTE_VIOLENCE.subTypes())
                .contains(SubEventType.IED, SubEventType.SUICIDE_BOMB, SubEventType.SHELLING, SubEventType.AIR_STRIKE);
        assertThat(EventType.ABDUCTION.subTypes()).contains(SubEventType.KIDNAP_FOR_RANSOM);
    }
}
