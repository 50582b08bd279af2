package io.jisr.detect.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Position;
import io.jisr.detect.DetectionChange;
import io.jisr.detect.DetectionKind;
import io.jisr.detect.Encounter;
import io.jisr.detect.IdentityAnomaly;
import io.jisr.detect.Loitering;
import io.jisr.detect.zone.GeoJsonZones;
import io.jisr.detect.zone.ZoneImport;
import io.jisr.detect.zone.ZoneKind;
import io.jisr.detect.zone.ZoneSet;
import io.jisr.picture.ShipCategory;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlertBookTest {
    private static final Instant T0 = Instant.parse("2026-03-01T23:00:00Z");
    private static final Mmsi FISHER = Mmsi.of(224_000_001);
    private static final ZoneSet ZONES = ZoneSet.of(((ZoneImport.Imported) GeoJsonZones.read(
                    "{\"type\":\"Feature\",\"properties\":{\"id\":\"eez\"},\"geometry\":{\"type\":\"Polygon\","
                            + "\"coordinates\":[[[5,38],[6,38],[6,39],[5,39],[5,38]]]}}",
                    ZoneKind.EXCLUSIVE_ECONOMIC_ZONE))
            .zones());
    private static final VesselFacts FACTS = new VesselFacts() {
        @Override
        public ShipCategory category(Mmsi mmsi) {
            return mmsi.equals(FISHER) ? ShipCategory.FISHING : ShipCategory.CARGO;
        }

        @Override
        public Optional<String> flag(Mmsi mmsi) {
            return Optional.of(mmsi.value() / 1_000_000 == 224 ? "ESP" : "PAN");
        }
    };

    private static Loitering loitering(Mmsi mmsi, double lat, Optional<Instant> end) {
        return new Loitering(
                "loitering/gfw:" + mmsi.value() + ":" + lat, "gfw", mmsi, T0, end, Position.of(lat, 5.5), 1.0, 30);
    }

    private static AlertBook book(AlertRule... rules) {
        return new AlertBook(List.of(rules), ZONES, FACTS);
    }

    @Test
    void apply_changesOfOneSituation_updateOneAlert() {
        AlertBook book = book(AlertRule.forKinds("loiter", Severity.MEDIUM, DetectionKind.LOITERING));

        Alert first = book.apply(new DetectionChange.Opened(loitering(FISHER, 38.5, Optional.empty()), T0))
                .orElseThrow();
        book.apply(new DetectionChange.Updated(loitering(FISHER, 38.5, Optional.empty()), T0.plusSeconds(1800)));
        Alert last = book.apply(new DetectionChange.Closed(
                        loitering(FISHER, 38.5, Optional.of(T0.plusSeconds(3600))), T0.plusSeconds(3600)))
                .orElseThrow();

        assertThat(book.alerts(a -> true)).hasSize(1);
        assertThat(last.id()).isEqualTo(first.id());
        assertThat(last.updates()).isEqualTo(2);
        assertThat(last.situationEnded()).isTrue();
        assertThat(last.state()).isEqualTo(AlertState.NEW);
    }

    @Test
    void apply_ruleWithZoneCategoryFlagAndNightWindow_choosesOnlyMatches() {
        AlertRule night = new AlertRule(
                "spanish fishing loitering in EEZ at night",
                Set.of(DetectionKind.LOITERING),
                Optional.of("eez"),
                Set.of(ShipCategory.FISHING),
                Set.of("ESP"),
                Optional.of(new TimeWindow(LocalTime.of(22, 0), LocalTime.of(6, 0), ZoneOffset.UTC)),
                Severity.HIGH);
        AlertBook book = book(night);

        assertThat(book.apply(new DetectionChange.Opened(loitering(FISHER, 38.5, Optional.empty()), T0)))
                .isPresent();
        assertThat(book.apply(new DetectionChange.Opened(loitering(FISHER, 37.5, Optional.empty()), T0)))
                .as("outside the zone")
                .isEmpty();
        assertThat(book.apply(new DetectionChange.Opened(loitering(Mmsi.of(351_000_001), 38.5, Optional.empty()), T0)))
                .as("cargo ship, Panama")
                .isEmpty();
    }

    @Test
    void apply_twoRulesMatch_takesTheMostSevere() {
        AlertBook book = book(
                AlertRule.forKinds("all", Severity.LOW, DetectionKind.LOITERING),
                AlertRule.forKinds("serious", Severity.CRITICAL, DetectionKind.LOITERING));

        Alert alert = book.apply(new DetectionChange.Opened(loitering(FISHER, 38.5, Optional.empty()), T0))
                .orElseThrow();

        assertThat(alert.rule()).isEqualTo("serious");
        assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void apply_withdrawal_marksTheAlertWithTheReason() {
        AlertBook book = book(AlertRule.forKinds("loiter", Severity.MEDIUM, DetectionKind.LOITERING));
        Loitering l = loitering(FISHER, 38.5, Optional.empty());
        book.apply(new DetectionChange.Opened(l, T0));

        Alert alert = book.apply(new DetectionChange.Withdrawn(l, T0.plusSeconds(60), "late data"))
                .orElseThrow();

        assertThat(alert.isWithdrawn()).isTrue();
        assertThat(alert.withdrawal()).contains("late data");
    }

    @Test
    void apply_repeatedAnomalyOfOneVessel_isOneAlertUntilClosed() {
        AlertBook book = book(AlertRule.forKinds("identity", Severity.HIGH, DetectionKind.IDENTITY_ANOMALY));
        IdentityAnomaly a1 = new IdentityAnomaly(
                "identity/x:1:1", FISHER, IdentityAnomaly.Anomaly.IMPOSSIBLE_SPEED, T0, Position.of(38, 5), "fast");
        IdentityAnomaly a2 = new IdentityAnomaly(
                "identity/x:1:2",
                FISHER,
                IdentityAnomaly.Anomaly.IMPOSSIBLE_SPEED,
                T0.plusSeconds(3600),
                Position.of(38, 5),
                "fast");
        IdentityAnomaly a3 = new IdentityAnomaly(
                "identity/x:1:3",
                FISHER,
                IdentityAnomaly.Anomaly.IMPOSSIBLE_SPEED,
                T0.plusSeconds(7200),
                Position.of(38, 5),
                "fast");

        Alert first = book.apply(new DetectionChange.Opened(a1, T0)).orElseThrow();
        Alert second =
                book.apply(new DetectionChange.Opened(a2, T0.plusSeconds(3600))).orElseThrow();
        book.close(first.id(), "officer", "transponder fault reported by the master", T0.plusSeconds(3700));
        Alert third =
                book.apply(new DetectionChange.Opened(a3, T0.plusSeconds(7200))).orElseThrow();

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(third.id()).isNotEqualTo(first.id());
    }

    @Test
    void lifecycle_acknowledgeThenClose_keepsTheCommentsAndRefusesWrongSteps() {
        AlertBook book = book(AlertRule.forKinds("loiter", Severity.MEDIUM, DetectionKind.LOITERING));
        String id = book.apply(new DetectionChange.Opened(loitering(FISHER, 38.5, Optional.empty()), T0))
                .orElseThrow()
                .id();

        assertThat(book.acknowledge(id, "officer", "  ", T0))
                .isEqualTo(new Transition.Refused("a comment is needed to acknowledge alert " + id));
        assertThat(book.acknowledge(id, "officer", "patrol informed", T0)).isInstanceOf(Transition.Done.class);
        assertThat(book.acknowledge(id, "officer", "again", T0))
                .isEqualTo(new Transition.Refused("alert " + id + " is ACKNOWLEDGED and cannot be acknowledged"));
        Transition closed = book.close(id, "officer", "fishing licence checked", T0.plusSeconds(60));

        Alert alert = ((Transition.Done) closed).alert();
        assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
        assertThat(alert.notes())
                .extracting(Alert.Note::text)
                .containsExactly("patrol informed", "fishing licence checked");
        assertThat(book.close("alert-99", "officer", "x", T0)).isEqualTo(new Transition.Refused("no alert alert-99"));
    }

    @Test
    void apply_changeOfADetectionWhoseAlertWasClosed_updatesTheClosedAlertInsteadOfRaisingANewOne() {
        AlertBook book = book(AlertRule.forKinds("loiter", Severity.MEDIUM, DetectionKind.LOITERING));
        Alert first = book.apply(new DetectionChange.Opened(loitering(FISHER, 38.5, Optional.empty()), T0))
                .orElseThrow();
        book.close(first.id(), "officer", "known research vessel", T0.plusSeconds(60));

        Alert later = book.apply(
                        new DetectionChange.Updated(loitering(FISHER, 38.5, Optional.empty()), T0.plusSeconds(1800)))
                .orElseThrow();

        assertThat(later.id()).isEqualTo(first.id());
        assertThat(later.state()).isEqualTo(AlertState.CLOSED);
        assertThat(book.alerts(a -> true)).hasSize(1);
    }

    @Test
    void restore_storedAlerts_areUpdatedAgainAndNewOnesNumberedAfterThem() {
        AlertBook before = book(AlertRule.forKinds("loiter", Severity.MEDIUM, DetectionKind.LOITERING));
        Alert open = before.apply(new DetectionChange.Opened(loitering(FISHER, 38.5, Optional.empty()), T0))
                .orElseThrow();
        Alert closedOne = before.apply(
                        new DetectionChange.Opened(loitering(FISHER, 38.7, Optional.empty()), T0.plusSeconds(10)))
                .orElseThrow();
        Alert closed = ((Transition.Done) before.close(closedOne.id(), "officer", "seen", T0.plusSeconds(20))).alert();

        AlertBook after = book(AlertRule.forKinds("loiter", Severity.MEDIUM, DetectionKind.LOITERING));
        after.restore(List.of(closed, open));
        Alert updated = after.apply(
                        new DetectionChange.Updated(loitering(FISHER, 38.5, Optional.empty()), T0.plusSeconds(60)))
                .orElseThrow();
        Alert closedUpdated = after.apply(
                        new DetectionChange.Updated(loitering(FISHER, 38.7, Optional.empty()), T0.plusSeconds(60)))
                .orElseThrow();
        Alert fresh = after.apply(
                        new DetectionChange.Opened(loitering(FISHER, 38.9, Optional.empty()), T0.plusSeconds(70)))
                .orElseThrow();

        assertThat(updated.id()).isEqualTo(open.id());
        assertThat(updated.updates()).isEqualTo(1);
        assertThat(closedUpdated.id()).isEqualTo(closed.id());
        assertThat(closedUpdated.state()).isEqualTo(AlertState.CLOSED);
        assertThat(fresh.id()).isEqualTo("alert-3");
        assertThat(after.size()).isEqualTo(3);
    }

    private static Encounter encounter(String rule, Instant start, Optional<Instant> end) {
        return new Encounter(
                "encounter/" + rule + ":224000001:538000002:" + start.getEpochSecond(),
                rule,
                FISHER,
                Mmsi.of(538_000_002),
                start,
                end,
                Position.of(38.5, 5.5),
                0.4,
                200);
    }

    @Test
    void apply_oneMeetingSeenByBothEncounterRules_isOneAlert() {
        AlertBook book = book(AlertRule.forKinds("meet", Severity.HIGH, DetectionKind.ENCOUNTER));
        Encounter rendezvous = encounter("rendezvous", T0, Optional.empty());
        Encounter gfw = encounter("gfw", T0.plusSeconds(600), Optional.empty());

        Alert first = book.apply(new DetectionChange.Opened(rendezvous, T0.plusSeconds(1800)))
                .orElseThrow();
        Alert second = book.apply(new DetectionChange.Opened(gfw, T0.plusSeconds(7800)))
                .orElseThrow();
        book.close(first.id(), "officer", "fishing pair, known", T0.plusSeconds(8000));
        Alert afterClose = book.apply(new DetectionChange.Updated(rendezvous, T0.plusSeconds(8100)))
                .orElseThrow();
        Optional<Alert> withdrawnOther =
                book.apply(new DetectionChange.Withdrawn(gfw, T0.plusSeconds(8200), "late reports"));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(afterClose.id()).isEqualTo(first.id());
        assertThat(afterClose.state()).isEqualTo(AlertState.CLOSED);
        assertThat(withdrawnOther).isEmpty();
        assertThat(book.alerts(a -> true)).hasSize(1);
    }

    @Test
    void apply_samePairMeetingAgainLongAfter_raisesANewAlert() {
        AlertBook book = book(AlertRule.forKinds("meet", Severity.HIGH, DetectionKind.ENCOUNTER));
        Encounter monday = encounter("gfw", T0, Optional.of(T0.plusSeconds(9000)));
        Encounter tuesday = encounter("gfw", T0.plusSeconds(86_400), Optional.empty());

        Alert first = book.apply(new DetectionChange.Closed(monday, T0.plusSeconds(9000)))
                .orElseThrow();
        Alert next = book.apply(new DetectionChange.Opened(tuesday, T0.plusSeconds(93_600)))
                .orElseThrow();

        assertThat(next.id()).isNotEqualTo(first.id());
        assertThat(book.alerts(a -> a.state() == AlertState.NEW)).hasSize(2);
    }

    private static Alert partner(int version, Loitering detection, boolean ended) {
        return new Alert(
                "DZA:dza-1:alert-3",
                "partner/DZA:dza-1:alert-3",
                "loiter",
                Severity.MEDIUM,
                AlertState.NEW,
                detection,
                T0,
                T0.plusSeconds(version),
                version - 1,
                ended,
                Optional.empty(),
                List.of(),
                Optional.of(new Alert.Source("DZA", "dza-1", "alert-3", version, "REL TO DZA, USA", T0)));
    }

    @Test
    void receive_partnersAlert_addedThenUpdatedKeepingItsLocalLifecycle_sameVersionChangesNothing() {
        AlertBook book = book(AlertRule.forKinds("loiter", Severity.MEDIUM, DetectionKind.LOITERING));
        Loitering theirs = loitering(FISHER, 38.5, Optional.empty());

        assertThat(book.receive(partner(1, theirs, false)).receipt()).isEqualTo(AlertBook.Receipt.ADDED);
        assertThat(book.acknowledge("DZA:dza-1:alert-3", "alice", "seen", T0)).isInstanceOf(Transition.Done.class);
        AlertBook.Received v2 =
                book.receive(partner(2, loitering(FISHER, 38.5, Optional.of(T0.plusSeconds(60))), true));

        assertThat(v2.receipt()).isEqualTo(AlertBook.Receipt.UPDATED);
        assertThat(v2.alert().state()).isEqualTo(AlertState.ACKNOWLEDGED);
        assertThat(v2.alert().notes()).hasSize(1);
        assertThat(v2.alert().situationEnded()).isTrue();
        assertThat(v2.alert().source().orElseThrow().version()).isEqualTo(2);
        assertThat(book.receive(partner(2, theirs, false)).receipt()).isEqualTo(AlertBook.Receipt.UNCHANGED);
        assertThat(book.receive(partner(1, theirs, false)).receipt()).isEqualTo(AlertBook.Receipt.UNCHANGED);
        assertThat(book.alert("DZA:dza-1:alert-3").orElseThrow().situationEnded())
                .isTrue();
    }

    @Test
    void receive_partnersAlert_isNeverChangedByALocalDetectionOfTheSameSituation() {
        AlertBook book = book(AlertRule.forKinds("loiter", Severity.MEDIUM, DetectionKind.LOITERING));
        Loitering same = loitering(FISHER, 38.5, Optional.empty());
        book.receive(partner(1, same, false));
        book.close("DZA:dza-1:alert-3", "alice", "theirs, dealt with", T0);

        Alert local = book.apply(new DetectionChange.Opened(same, T0)).orElseThrow();

        assertThat(local.id()).isEqualTo("alert-1");
        assertThat(local.isFromPartner()).isFalse();
        assertThat(book.alerts(a -> true)).hasSize(2);
        assertThat(book.alert("DZA:dza-1:alert-3").orElseThrow().updates()).isZero();
    }

    @Test
    void receive_withoutSourceOrOverALocalAlert_isRefused() {
        AlertBook book = book(AlertRule.forKinds("loiter", Severity.MEDIUM, DetectionKind.LOITERING));
        Alert local = book.apply(new DetectionChange.Opened(loitering(FISHER, 38.5, Optional.empty()), T0))
                .orElseThrow();
        Alert forged = new Alert(
                local.id(),
                "partner/x",
                "loiter",
                Severity.LOW,
                AlertState.NEW,
                local.detection(),
                T0,
                T0,
                0,
                false,
                Optional.empty(),
                List.of(),
                Optional.of(new Alert.Source("DZA", "dza-1", "alert-1", 1, "REL TO DZA, USA", T0)));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> book.receive(local))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no partner source");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> book.receive(forged))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is an alert of this node");
    }

    @Test
    void restore_closedPartnersAlert_staysApartFromLocalDetections() {
        Loitering same = loitering(FISHER, 38.5, Optional.empty());
        AlertBook first = book(AlertRule.forKinds("loiter", Severity.MEDIUM, DetectionKind.LOITERING));
        first.receive(partner(1, same, false));
        Alert closed = ((Transition.Done) first.close("DZA:dza-1:alert-3", "alice", "theirs", T0)).alert();
        AlertBook restarted = book(AlertRule.forKinds("loiter", Severity.MEDIUM, DetectionKind.LOITERING));
        restarted.restore(List.of(closed));

        Alert local = restarted.apply(new DetectionChange.Opened(same, T0)).orElseThrow();

        assertThat(local.id()).isEqualTo("alert-1");
        assertThat(restarted.alert("DZA:dza-1:alert-3")).contains(closed);
        assertThat(restarted.receive(partner(2, same, true)).alert().state()).isEqualTo(AlertState.CLOSED);
    }
}
