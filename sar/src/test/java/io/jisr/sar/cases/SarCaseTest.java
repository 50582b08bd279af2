package io.jisr.sar.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.sar.drift.Position;
import io.jisr.sar.plan.export.CaseStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A case's lifecycle, its log and the filter that lists cases. */
class SarCaseTest {
    static final Instant T0 = Instant.parse("2026-03-10T06:00:00Z");
    static final LastKnownPosition.PointLkp OFF_ALGIERS =
            new LastKnownPosition.PointLkp(new Position(36.85, 3.1), T0, 300);

    static SarCase opened() {
        return SarCase.open("SAR-2026-001", "CROSS Alger, VHF 16", 44, OFF_ALGIERS, 6, "sara", T0.plusSeconds(600));
    }

    @Test
    void open_logsWhoOpenedItAndWithWhat() {
        SarCase c = opened();
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.log()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(CaseAction.OPENED);
            assertThat(e.by()).isEqualTo("sara");
            assertThat(e.text())
                    .isEqualTo("opened from CROSS Alger, VHF 16: object 44, point 36.85000, 3.10000 at"
                            + " 2026-03-10T06:00:00Z ±300 m, 6 on board");
        });
        assertThat(c.openedAt()).isEqualTo(T0.plusSeconds(600));
    }

    @Test
    void moveTo_followsTheLifecycle_andRefusesTheRest() {
        SarCase c = opened();
        Instant at = T0.plusSeconds(1200);
        SarCase active = ((StatusChange.Moved) c.moveTo(CaseStatus.ACTIVE_SEARCH, "sara", at)).sarCase();
        assertThat(active.status()).isEqualTo(CaseStatus.ACTIVE_SEARCH);
        assertThat(active.log().getLast().text()).isEqualTo("OPEN → ACTIVE_SEARCH");
        assertThat(active.moveTo(CaseStatus.OPEN, "sara", at))
                .isEqualTo(new StatusChange.Refused(
                        "case SAR-2026-001 cannot go from ACTIVE_SEARCH to OPEN; allowed: [SUSPENDED, CLOSED]"));
        assertThat(active.moveTo(CaseStatus.ACTIVE_SEARCH, "sara", at)).isInstanceOf(StatusChange.Refused.class);
        SarCase suspended = ((StatusChange.Moved) active.moveTo(CaseStatus.SUSPENDED, "sara", at)).sarCase();
        SarCase resumed = ((StatusChange.Moved) suspended.moveTo(CaseStatus.ACTIVE_SEARCH, "sara", at)).sarCase();
        SarCase closed = ((StatusChange.Moved) resumed.moveTo(CaseStatus.CLOSED, "sara", at)).sarCase();
        assertThat(closed.moveTo(CaseStatus.ACTIVE_SEARCH, "sara", at)).isInstanceOf(StatusChange.Refused.class);
        SarCase reopened = ((StatusChange.Moved) closed.moveTo(CaseStatus.OPEN, "sara", at)).sarCase();
        assertThat(reopened.log())
                .extracting(CaseLogEntry::action)
                .containsExactly(
                        CaseAction.OPENED,
                        CaseAction.STATUS_CHANGED,
                        CaseAction.STATUS_CHANGED,
                        CaseAction.STATUS_CHANGED,
                        CaseAction.STATUS_CHANGED,
                        CaseAction.STATUS_CHANGED);
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(SarCase.allowedAfter(s)).doesNotContain(s);
        }
    }

    @Test
    void changes_areLoggedInOrder_andOlderEntriesRefused() {
        SarCase c = opened().withLastKnown(
                        new LastKnownPosition.LineLkp(
                                new Position(36.8, 3.0), T0, new Position(36.9, 3.2), T0.plusSeconds(3600), 500),
                        "omar",
                        T0.plusSeconds(900))
                .withPersonsOnBoard(8, "omar", T0.plusSeconds(900))
                .logged(new CaseLogEntry(
                        T0.plusSeconds(1000), "sara", CaseAction.DRIFT_RUN, "24 h, sample", Optional.of("drift-1")));
        assertThat(c.personsOnBoard()).isEqualTo(8);
        assertThat(c.lastKnown()).isInstanceOf(LastKnownPosition.LineLkp.class);
        assertThat(c.log())
                .extracting(CaseLogEntry::text)
                .containsExactly(
                        "opened from CROSS Alger, VHF 16: object 44, point 36.85000, 3.10000 at 2026-03-10T06:00:00Z ±300 m,"
                                + " 6 on board",
                        "line 36.80000, 3.00000 at 2026-03-10T06:00:00Z to 36.90000, 3.20000 at 2026-03-10T07:00:00Z ±500 m",
                        "6 → 8 on board",
                        "24 h, sample");
        assertThat(c.lastActivity()).isEqualTo(T0.plusSeconds(1000));
        assertThatThrownBy(() -> c.logged(new CaseLogEntry(T0, "sara", CaseAction.NOTE, "late", Optional.empty())))
                .hasMessage("case SAR-2026-001: log entry at 2026-03-10T06:00:00Z is older than the last one, at"
                        + " 2026-03-10T06:16:40Z");
        assertThatThrownBy(() -> c.logged(
                        new CaseLogEntry(T0.plusSeconds(2000), "sara", CaseAction.OPENED, "again", Optional.empty())))
                .hasMessage("case SAR-2026-001 is open already");
    }

    @Test
    void construction_refusesBadFields() {
        assertThatThrownBy(() -> SarCase.open("SAR 1", "x", 44, OFF_ALGIERS, 1, "sara", T0))
                .hasMessage("a case reference must be 1 to 40 letters, digits and hyphens, was \"SAR 1\"");
        assertThatThrownBy(() -> SarCase.open("SAR-1", " ", 44, OFF_ALGIERS, 1, "sara", T0))
                .hasMessage("a case's reporting source must be 1 to 200 characters, was \" \"");
        assertThatThrownBy(() -> SarCase.open("SAR-1", "x", 44, OFF_ALGIERS, -1, "sara", T0))
                .hasMessage("persons on board must be within 0..10000, was -1");
        assertThatThrownBy(() -> new LastKnownPosition.LineLkp(
                        new Position(36.8, 3.0), T0, new Position(36.9, 3.2), T0.minusSeconds(1), 500))
                .hasMessage("line seeding must end at or after its start, was 2026-03-10T06:00:00Z to"
                        + " 2026-03-10T05:59:59Z");
        assertThatThrownBy(() -> new LastKnownPosition.AreaLkp(List.of(new Position(1, 1), new Position(2, 2)), T0))
                .hasMessage("area seeding needs at least 3 vertices, has 2");
    }

    @Test
    void filter_byStatusPeriodAndText() {
        SarCase c = opened().logged(new CaseLogEntry(
                T0.plusSeconds(86_400), "sara", CaseAction.NOTE, "Fishing boat Ennour seen", Optional.empty()));
        assertThat(CaseFilter.all().matches(c)).isTrue();
        assertThat(new CaseFilter(Optional.of(CaseStatus.CLOSED), Optional.empty(), Optional.empty(), "").matches(c))
                .isFalse();
        assertThat(new CaseFilter(Optional.of(CaseStatus.OPEN), Optional.empty(), Optional.empty(), "ENNOUR")
                        .matches(c))
                .isTrue();
        assertThat(new CaseFilter(Optional.empty(), Optional.empty(), Optional.empty(), "cross alger").matches(c))
                .isTrue();
        assertThat(new CaseFilter(Optional.empty(), Optional.empty(), Optional.empty(), "tipaza").matches(c))
                .isFalse();
        // Alive from 06:10 on the 10th to 06:00 on the 11th.
        assertThat(new CaseFilter(Optional.empty(), Optional.of(T0.plusSeconds(86_400)), Optional.empty(), "")
                        .matches(c))
                .isTrue();
        assertThat(new CaseFilter(Optional.empty(), Optional.of(T0.plusSeconds(86_401)), Optional.empty(), "")
                        .matches(c))
                .isFalse();
        assertThat(new CaseFilter(Optional.empty(), Optional.empty(), Optional.of(T0.plusSeconds(600)), "").matches(c))
                .isFalse();
        assertThat(new CaseFilter(Optional.empty(), Optional.empty(), Optional.of(T0.plusSeconds(601)), "").matches(c))
                .isTrue();
    }
}
