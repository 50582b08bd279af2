package io.jisr.sar.plan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.sar.plan.PatternKind;
import io.jisr.sar.plan.SearchPlan;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SitrepTest {
    static final Sitrep SITREP = new Sitrep(
            "JISR-2026-007",
            2,
            Instant.parse("2026-03-10T12:34:00Z"),
            "MRCC ALGER",
            "MRCC LA GARDE",
            "Open boat (skiff) about 6 m, 4 persons on board",
            "Missing since 100400Z MAR 26 off Tipaza.\r\nWind NW 15 kt, sea 1 m.",
            "Drift computed; parallel-track search by two units.",
            "Continue at first light.",
            CaseStatus.ACTIVE_SEARCH);

    @Test
    void write_english_followsTheTemplate() {
        assertThat(SITREP.write(SitrepLanguage.ENGLISH)).isEqualTo("""
                        FROM: MRCC ALGER
                        TO: MRCC LA GARDE
                        DATE TIME GROUP: 101234Z MAR 26
                        SAR SITREP NO. 2 - CASE JISR-2026-007
                        A. IDENTITY OF CASE: Open boat (skiff) about 6 m, 4 persons on board
                        B. SITUATION: Missing since 100400Z MAR 26 off Tipaza.
                           Wind NW 15 kt, sea 1 m.
                        C. ACTION TAKEN: Drift computed; parallel-track search by two units.
                        D. FUTURE PLANS: Continue at first light.
                        E. STATUS OF CASE: SEARCH IN PROGRESS
                        """);
    }

    @Test
    void write_french_followsTheTemplate() {
        Sitrep closed = new Sitrep(
                SITREP.caseReference(),
                3,
                SITREP.dateTime(),
                SITREP.from(),
                SITREP.to(),
                SITREP.identity(),
                "Embarcation retrouvée.",
                "Quatre personnes hélitreuillées.",
                "Aucune.",
                CaseStatus.CLOSED);
        assertThat(closed.write(SitrepLanguage.FRENCH)).isEqualTo("""
                        DE : MRCC ALGER
                        À : MRCC LA GARDE
                        GROUPE DATE-HEURE : 101234Z MAR 26
                        SITREP SAR N° 3 (FINAL) - AFFAIRE JISR-2026-007
                        A. IDENTITÉ DE L'AFFAIRE : Open boat (skiff) about 6 m, 4 persons on board
                        B. SITUATION : Embarcation retrouvée.
                        C. MESURES PRISES : Quatre personnes hélitreuillées.
                        D. MESURES PRÉVUES : Aucune.
                        E. ÉTAT DE L'AFFAIRE : AFFAIRE CLOSE
                        """);
    }

    @Test
    void planSummary_listsEachUnit_inBothLanguages() {
        SearchPlan plan = PlanExportTest.plan(PatternKind.PARALLEL_TRACK);
        String english = Sitrep.planSummary(plan, SitrepLanguage.ENGLISH);
        String french = Sitrep.planSummary(plan, SitrepLanguage.FRENCH);
        assertThat(english.lines()).hasSize(4);
        assertThat(english.lines().findFirst().orElseThrow()).startsWith("AREA Alpha & <B> (");
        assertThat(english).contains(": PS, CSP 37-").contains("TRACK SPACING").contains("CUMULATIVE POS");
        assertThat(french.lines()).hasSize(4);
        assertThat(french)
                .startsWith("ZONE Alpha & <B> (")
                .contains(" : PS, PDR 37-")
                .contains("POS CUMULÉE");
        // The control character in the ship's name becomes a space: a SITREP is plain text.
        assertThat(english).contains("Ship   <one>: PS");
    }

    @Test
    void position_degreesAndDecimalMinutes() {
        assertThat(Sitrep.position(36.8717, 3.0683)).isEqualTo("36-52.3N 003-04.1E");
        assertThat(Sitrep.position(-0.5, -12.25)).isEqualTo("00-30.0S 012-15.0W");
    }

    @Test
    void sitrep_numberZero_isRefused() {
        assertThatThrownBy(() -> new Sitrep("C", 0, Instant.EPOCH, "", "", "", "", "", "", CaseStatus.OPEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SITREP number must be at least 1, was 0");
    }
}
