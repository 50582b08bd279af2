package io.jisr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Position;
import io.jisr.detect.AisGap;
import io.jisr.detect.Detection;
import io.jisr.detect.Encounter;
import io.jisr.detect.IdentityAnomaly;
import io.jisr.detect.Loitering;
import io.jisr.detect.PortVisit;
import io.jisr.detect.ZoneVisit;
import io.jisr.detect.alert.Alert;
import io.jisr.detect.alert.AlertState;
import io.jisr.detect.alert.Severity;
import io.jisr.detect.geo.Port;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every database under {@link JdbcAlertStore} must show; one subclass per database. Each
 * test starts from a new, empty database migrated for real.
 */
abstract class AlertStoreContractTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00.123Z");
    private static final Mmsi A = Mmsi.of(224_000_001);
    private static final Mmsi B = Mmsi.of(538_000_002);

    private JdbcAlertStore store;

    /** Returns settings for a new, empty database. */
    abstract StoreSettings newDatabase() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = JdbcAlertStore.open(newDatabase());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** One detection of every type, with every optional part present in some and absent in others. */
    static List<Detection> everyKindOfDetection() {
        Position here = Position.of(36.75, 3.05);
        return List.of(
                new AisGap(
                        "gap:224000001:1",
                        A,
                        T0,
                        Optional.of(T0.plusSeconds(30_000)),
                        here,
                        Optional.of(Position.of(37.0, 4.0)),
                        OptionalDouble.of(3.25),
                        true),
                new AisGap(
                        "gap:224000001:2",
                        A,
                        T0,
                        Optional.empty(),
                        here,
                        Optional.empty(),
                        OptionalDouble.empty(),
                        false),
                new Encounter("encounter/gfw:1", "gfw", A, B, T0, Optional.empty(), here, 0.5, 310.0),
                new Loitering("loitering/gfw:1", "gfw", A, T0, Optional.of(T0.plusSeconds(4000)), here, 1.2, 25.5),
                new ZoneVisit(
                        "zone:1", A, "eez-dza", "Algerian EEZ", T0, Optional.empty(), here, Optional.empty(), true),
                new ZoneVisit(
                        "zone:2",
                        A,
                        "ts",
                        "Territorial sea",
                        T0,
                        Optional.of(T0.plusSeconds(60)),
                        here,
                        Optional.of(Position.of(36.8, 3.1)),
                        false),
                new PortVisit(
                        "port:1",
                        B,
                        new Port("DZALG", "Alger", Position.of(36.77, 3.07)),
                        T0,
                        Optional.empty(),
                        here,
                        Optional.of(T0.plusSeconds(600)),
                        Optional.empty()),
                new IdentityAnomaly(
                        "identity:1", B, IdentityAnomaly.Anomaly.SHARED_MMSI, T0, here, "two places 80 NM apart"));
    }

    private static Alert alert(long n, Detection d, AlertState state, Instant updated) {
        return new Alert(
                "alert-" + n,
                d.id(),
                "watch rule",
                Severity.HIGH,
                state,
                d,
                T0,
                updated,
                3,
                d.end().isPresent(),
                n % 2 == 0 ? Optional.of("a later report put it back in range") : Optional.empty(),
                state == AlertState.NEW
                        ? List.of()
                        : List.of(new Alert.Note(T0.plusSeconds(5), AlertState.ACKNOWLEDGED, "alice", "patrol told")));
    }

    @Test
    void saveThenLoad_everyDetectionType_comesBackEqual() {
        List<Detection> detections = everyKindOfDetection();
        List<Alert> saved = new java.util.ArrayList<>();
        for (int i = 0; i < detections.size(); i++) {
            Alert a = alert(i + 1, detections.get(i), AlertState.ACKNOWLEDGED, T0.plusSeconds(i));
            store.save(a);
            saved.add(a);
        }

        assertThat(store.load(Instant.EPOCH)).containsExactlyElementsOf(saved);
    }

    @Test
    void saveThenLoad_partnersAlert_keepsItsSource() {
        Alert own = alert(1, everyKindOfDetection().get(0), AlertState.NEW, T0);
        Alert a = alert(2, everyKindOfDetection().get(1), AlertState.ACKNOWLEDGED, T0.plusSeconds(1));
        Alert partner = new Alert(
                "DZA:dza-1:alert-7",
                "partner/DZA:dza-1:alert-7",
                a.rule(),
                a.severity(),
                a.state(),
                a.detection(),
                a.raisedAt(),
                a.updatedAt(),
                a.updates(),
                a.situationEnded(),
                a.withdrawal(),
                a.notes(),
                Optional.of(new Alert.Source("DZA", "dza-1", "alert-7", 4, "REL TO DZA, USA", T0.plusMillis(2_500))));
        store.save(partner);
        store.save(own);

        assertThat(store.load(Instant.EPOCH)).containsExactlyInAnyOrder(partner, own);
    }

    @Test
    void save_sameIdAgain_replacesTheStoredVersion() {
        Detection d = everyKindOfDetection().get(3);
        store.save(alert(1, d, AlertState.NEW, T0));
        Alert later = alert(1, d, AlertState.ACKNOWLEDGED, T0.plusSeconds(60));
        store.save(later);

        assertThat(store.load(Instant.EPOCH)).containsExactly(later);
    }

    @Test
    void load_closedAlertsChangedBeforeSince_areLeftOut() {
        Detection d = everyKindOfDetection().get(0);
        Alert oldClosed = alert(1, d, AlertState.CLOSED, T0);
        Alert oldOpen = alert(2, d, AlertState.NEW, T0);
        Alert recentClosed = alert(3, d, AlertState.CLOSED, T0.plusSeconds(7200));
        store.save(recentClosed);
        store.save(oldOpen);
        store.save(oldClosed);

        assertThat(store.load(T0.plusSeconds(3600))).containsExactly(oldOpen, recentClosed);
    }

    @Test
    void read_damagedDocument_saysWhichMemberIsWrong() {
        String good = AlertDocument.write(alert(1, everyKindOfDetection().get(2), AlertState.NEW, T0));

        assertThatThrownBy(() -> AlertDocument.read(good.replace("\"first\":224000001", "\"first\":\"x\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("first");
        assertThatThrownBy(() -> AlertDocument.read(good.replace("\"type\":\"encounter\"", "\"type\":\"teleport\"")))
                .hasMessageContaining("teleport");
        assertThatThrownBy(() -> AlertDocument.read("{not json")).hasMessageContaining("not JSON");
    }

    @Test
    void zones_addListRemove_andATakenIdAddsNone() throws Exception {
        var reader = new org.locationtech.jts.io.WKTReader();
        io.jisr.detect.zone.Zone box = new io.jisr.detect.zone.Zone(
                "algiers-bay",
                "Baie d'Alger",
                io.jisr.detect.zone.ZoneKind.OPERATOR,
                reader.read("POLYGON ((3 36.7, 3.3 36.7, 3.3 36.9, 3 36.9, 3 36.7))"),
                Optional.of(java.time.Duration.ofMinutes(30)));
        io.jisr.detect.zone.Zone two = new io.jisr.detect.zone.Zone(
                "two-parts",
                "Two parts",
                io.jisr.detect.zone.ZoneKind.TERRITORIAL_SEA,
                reader.read("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((2 2, 3 2, 3 3, 2 2)))"),
                Optional.empty());
        var zones = store.zones();
        assertThat(zones.add(List.of(
                        new io.jisr.detect.zone.ZoneStore.StoredZone(box, "alice", T0),
                        new io.jisr.detect.zone.ZoneStore.StoredZone(two, "alice", T0))))
                .isTrue();
        assertThat(zones.add(List.of(
                        new io.jisr.detect.zone.ZoneStore.StoredZone(
                                new io.jisr.detect.zone.Zone(
                                        "new-one",
                                        "n",
                                        io.jisr.detect.zone.ZoneKind.PORT,
                                        box.area(),
                                        Optional.empty()),
                                "bob",
                                T0),
                        new io.jisr.detect.zone.ZoneStore.StoredZone(box, "bob", T0))))
                .isFalse();

        assertThat(zones.zones())
                .extracting(
                        z -> z.zone().id(),
                        z -> z.zone().name(),
                        z -> z.zone().kind(),
                        z -> z.zone().dwell(),
                        z -> z.addedBy())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "algiers-bay",
                                "Baie d'Alger",
                                io.jisr.detect.zone.ZoneKind.OPERATOR,
                                Optional.of(java.time.Duration.ofMinutes(30)),
                                "alice"),
                        org.assertj.core.groups.Tuple.tuple(
                                "two-parts",
                                "Two parts",
                                io.jisr.detect.zone.ZoneKind.TERRITORIAL_SEA,
                                Optional.empty(),
                                "alice"));
        assertThat(zones.zones().get(1).zone().area().equalsExact(two.area())).isTrue();
        assertThat(zones.remove("algiers-bay")).isTrue();
        assertThat(zones.remove("algiers-bay")).isFalse();
        assertThat(zones.zones()).hasSize(1);
    }
}
