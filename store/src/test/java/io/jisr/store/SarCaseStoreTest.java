package io.jisr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.sar.cases.CaseAction;
import io.jisr.sar.cases.CaseCustody;
import io.jisr.sar.cases.CaseLogEntry;
import io.jisr.sar.cases.LastKnownPosition;
import io.jisr.sar.cases.RescueCentre;
import io.jisr.sar.cases.SarCase;
import io.jisr.sar.cases.StatusChange;
import io.jisr.sar.drift.Position;
import io.jisr.sar.plan.export.CaseStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SAR cases of the three kinds of last known position, changed and logged, come back equal, on H2 and PostgreSQL 18. */
class SarCaseStoreTest {
    static final Instant T0 = Instant.parse("2026-03-10T06:00:00.123456Z");

    @TempDir
    Path dir;

    private static List<SarCase> cases() {
        SarCase point = SarCase.open(
                "SAR-2026-001",
                "CROSS Alger « VHF 16 » — مركز \"الإنقاذ\"",
                44,
                new LastKnownPosition.PointLkp(new Position(36.85, 3.1), T0, 300),
                6,
                "sara",
                T0.plusSeconds(600));
        SarCase line = SarCase.open(
                "SAR-2026-002",
                "AIS track of FV Ennour",
                70,
                new LastKnownPosition.LineLkp(
                        new Position(36.8, 3.0), T0, new Position(36.9, 3.2), T0.plusSeconds(3600), 500),
                4,
                "omar",
                T0.plusSeconds(700));
        SarCase area = SarCase.open(
                "SAR-2026-003",
                "relative, by telephone",
                1,
                new LastKnownPosition.AreaLkp(
                        List.of(new Position(37, 4), new Position(37, 5), new Position(38, 4.5)), T0),
                1,
                "sara",
                T0.plusSeconds(800));
        return List.of(point, line, area);
    }

    private static void roundTrip(StoreSettings settings) {
        List<SarCase> cases = cases();
        SarCase changed = ((StatusChange.Moved) cases.getFirst()
                        .withPersonsOnBoard(7, "sara", T0.plusSeconds(900))
                        .moveTo(CaseStatus.ACTIVE_SEARCH, "sara", T0.plusSeconds(1000)))
                .sarCase()
                .logged(new CaseLogEntry(
                        T0.plusSeconds(1100),
                        "sara",
                        CaseAction.DRIFT_RUN,
                        "12 h, sample\nforecast",
                        Optional.of("drift-1")))
                .logged(new CaseLogEntry(T0.plusSeconds(1200), "omar", CaseAction.NOTE, "", Optional.empty()));
        try (JdbcSarCaseStore store = JdbcSarCaseStore.open(settings)) {
            cases.forEach(store::save);
            store.save(changed);
            assertThat(store.load()).containsExactly(changed, cases.get(1), cases.get(2));
        }
        try (JdbcSarCaseStore again = JdbcSarCaseStore.open(settings)) {
            assertThat(again.load()).containsExactly(changed, cases.get(1), cases.get(2));
        }
    }

    @Test
    void saveThenLoad_onH2_returnsEveryCaseWithItsLog() {
        roundTrip(StoreSettings.h2(dir));
    }

    @Test
    void saveThenLoad_onPostgres_returnsEveryCaseWithItsLog() throws Exception {
        roundTrip(TestPostgres.newDatabase("sarcases"));
    }

    @Test
    void load_aDocumentItCannotRead_namesTheCase() {
        StoreSettings settings = StoreSettings.h2(dir);
        try (JdbcSarCaseStore store = JdbcSarCaseStore.open(settings)) {
            store.save(cases().getFirst());
        }
        SqlTables tables = SqlTables.open(settings, "sar", "classpath:db/jisr-sar", "flyway_sar_history");
        try {
            tables.update("spoil", "UPDATE sar_case SET document = '{\"reference\": 1}'", ps -> {});
        } finally {
            tables.close();
        }
        try (JdbcSarCaseStore store = JdbcSarCaseStore.open(settings)) {
            assertThatThrownBy(store::load)
                    .isInstanceOf(StoreException.class)
                    .hasMessage("stored SAR case SAR-2026-001 cannot be read back: member \"reference\" missing or"
                            + " not text");
        }
    }

    @Test
    void custody_roundTrips_andAVersionOneDocumentReadsAsACaseOpenedHere() {
        RescueCentre algiers = new RescueCentre("DZA", "dza-1");
        RescueCentre norfolk = new RescueCentre("USA", "usa-1");
        SarCase handed = cases().getFirst()
                .sharedWith(norfolk, "sara", T0.plusSeconds(900))
                .handedOver(norfolk, algiers, "sara", T0.plusSeconds(950));
        assertThat(SarCaseDocument.read(SarCaseDocument.write(handed))).isEqualTo(handed);
        SarCase received = cases().get(1)
                .withCustody(
                        "USA-SAR-2026-002",
                        new CaseCustody(Optional.of(norfolk), "SAR-2026-002", Optional.empty(), List.of(norfolk)));
        assertThat(SarCaseDocument.read(SarCaseDocument.write(received))).isEqualTo(received);

        String versionOne = SarCaseDocument.write(cases().get(2))
                .replace("\"version\":2", "\"version\":1")
                .replaceAll(",\"originReference\":\"[^\"]*\",\"followers\":\\[\\]", "");
        assertThat(versionOne).doesNotContain("originReference");
        assertThat(SarCaseDocument.read(versionOne)).isEqualTo(cases().get(2));
        assertThatThrownBy(() -> SarCaseDocument.read("[1]")).hasMessage("not a JSON object");
    }
}
