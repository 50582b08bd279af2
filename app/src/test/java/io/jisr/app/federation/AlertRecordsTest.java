package io.jisr.app.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.ais.identity.MaritimeIdentificationDigits;
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
import io.jisr.exchange.DataCategory;
import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.Partner;
import io.jisr.exchange.ReleasabilityMarking;
import io.jisr.exchange.agreement.AgreementId;
import io.jisr.exchange.record.HandlingTerms;
import io.jisr.exchange.record.Origin;
import io.jisr.exchange.record.ReleaseGrant;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.exchange.record.Subject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class AlertRecordsTest {
    static final Partner DZA = new Partner(Nation.of("DZA"), NodeId.of("dza-1"));
    static final Partner USA = new Partner(Nation.of("USA"), NodeId.of("usa-1"));
    static final MaritimeIdentificationDigits MIDS = MaritimeIdentificationDigits.itu();
    static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    static final Instant RECEIVED = Instant.parse("2026-11-26T10:05:00.123Z");
    static final Mmsi TANKER = Mmsi.of(636_012_345); // Liberia
    static final Mmsi CARGO = Mmsi.of(605_000_001); // Algeria
    static final Position HERE = Position.of(37.51234, 3.06789);

    static Alert alert(Detection d, int updates, Optional<String> withdrawal) {
        return new Alert(
                "alert-17",
                "identity/x",
                "Identity anomaly",
                Severity.MEDIUM,
                AlertState.ACKNOWLEDGED,
                d,
                T0,
                T0.plusSeconds(60),
                updates,
                d.end().isPresent(),
                withdrawal,
                List.of(new Alert.Note(T0.plusSeconds(30), AlertState.ACKNOWLEDGED, "alice", "patrol told")));
    }

    static ShareableRecord record(Alert alert) {
        return AlertRecords.record(alert, DZA, MIDS, m -> m.equals(TANKER) ? Optional.of(80) : Optional.empty());
    }

    static ShareableRecord asReceived(ShareableRecord r) {
        return r.releasedUnder(new HandlingTerms(
                        ReleasabilityMarking.of(Nation.of("DZA"), Nation.of("USA")),
                        Duration.ofDays(30),
                        Set.of(),
                        new ReleaseGrant(AgreementId.of("dza-usa-maritime"), 1, "D1")))
                .receivedFrom(DZA);
    }

    static IdentityAnomaly anomaly() {
        return new IdentityAnomaly(
                "identity:636012345:1795687200",
                TANKER,
                IdentityAnomaly.Anomaly.IMPOSSIBLE_SPEED,
                T0,
                HERE,
                "111.2 km from the position of 2026-11-26T09:59:50Z in 10 s (21617 knots)");
    }

    @Test
    void alert_travelsAsOneRecordPerVersion_andReadsBackWithItsSource() {
        Alert alert = alert(anomaly(), 2, Optional.empty());

        ShareableRecord shared = record(alert);

        assertThat(shared.key()).isEqualTo("alert/dza-1/alert-17/v3");
        assertThat(shared.category()).isEqualTo(DataCategory.DETECTIONS_AND_ALERTS);
        assertThat(shared.origin()).isEqualTo(new Origin(Nation.of("DZA"), NodeId.of("dza-1"), "detection"));
        assertThat(shared.observedAt()).isEqualTo(alert.updatedAt());
        assertThat(shared.position().orElseThrow().latitude()).isEqualTo(37.51234);
        assertThat(shared.subject())
                .isEqualTo(new Subject.Vessel(
                        Optional.of(TANKER.value()), Optional.of(80), Optional.of(Nation.of("LBR")), false));
        // The lifecycle stays here: no state, no notes, no names.
        assertThat(shared.content().keySet()).doesNotContain("state", "notes");
        assertThat(shared.content().values()).noneMatch(v -> v.contains("alice") || v.contains("patrol told"));
        // Coordinates in the position only.
        assertThat(shared.content().values()).noneMatch(v -> v.contains("37.51234"));

        Alert received = AlertRecords.read(asReceived(shared), DZA, USA, RECEIVED);

        assertThat(received.id()).isEqualTo("DZA:dza-1:alert-17");
        assertThat(received.situation()).isEqualTo("partner/DZA:dza-1:alert-17");
        assertThat(received.state()).isEqualTo(AlertState.NEW);
        assertThat(received.notes()).isEmpty();
        assertThat(received.detection()).isEqualTo(anomaly());
        assertThat(received.rule()).isEqualTo("Identity anomaly");
        assertThat(received.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(received.raisedAt()).isEqualTo(T0);
        assertThat(received.updatedAt()).isEqualTo(alert.updatedAt());
        assertThat(received.updates()).isEqualTo(2);
        assertThat(received.source())
                .contains(new Alert.Source("DZA", "dza-1", "alert-17", 3, "REL TO DZA, USA", RECEIVED));
    }

    @Test
    void everyDetectionType_readsBack_withoutItsOtherPositions() {
        Position next = Position.of(38.0, 4.0);
        List<Detection> sent = List.of(
                new AisGap(
                        "gap:1",
                        CARGO,
                        T0,
                        Optional.of(T0.plusSeconds(30_000)),
                        HERE,
                        Optional.of(next),
                        OptionalDouble.of(11.5),
                        true),
                new Encounter("enc:1", "gfw", CARGO, TANKER, T0, Optional.empty(), HERE, 0.8, 120.5),
                new Loitering("loi:1", "transshipment", CARGO, T0, Optional.empty(), HERE, 1.2, 40.0),
                new ZoneVisit(
                        "zone:1",
                        CARGO,
                        "dza-eez",
                        "EEZ",
                        T0,
                        Optional.of(T0.plusSeconds(90)),
                        HERE,
                        Optional.of(next),
                        true),
                new PortVisit(
                        "port:1",
                        CARGO,
                        new Port("DZALG", "Algiers", next),
                        T0,
                        Optional.empty(),
                        HERE,
                        Optional.of(T0.plusSeconds(600)),
                        Optional.empty()),
                anomaly());
        List<Detection> expected = List.of(
                new AisGap(
                        "gap:1",
                        CARGO,
                        T0,
                        Optional.of(T0.plusSeconds(30_000)),
                        HERE,
                        Optional.empty(),
                        OptionalDouble.of(11.5),
                        true),
                sent.get(1),
                sent.get(2),
                new ZoneVisit(
                        "zone:1",
                        CARGO,
                        "dza-eez",
                        "EEZ",
                        T0,
                        Optional.of(T0.plusSeconds(90)),
                        HERE,
                        Optional.empty(),
                        true),
                new PortVisit(
                        "port:1",
                        CARGO,
                        new Port("DZALG", "Algiers", HERE),
                        T0,
                        Optional.empty(),
                        HERE,
                        Optional.of(T0.plusSeconds(600)),
                        Optional.empty()),
                anomaly());
        for (int i = 0; i < sent.size(); i++) {
            Alert alert = alert(sent.get(i), 0, i == 0 ? Optional.of("a late report shortened it") : Optional.empty());
            ShareableRecord shared = record(alert);
            assertThat(shared.content().values()).noneMatch(v -> v.contains("38.0") || v.contains("4.0,"));

            Alert received = AlertRecords.read(asReceived(shared), DZA, USA, RECEIVED);

            assertThat(received.detection()).isEqualTo(expected.get(i));
            assertThat(received.withdrawal()).isEqualTo(alert.withdrawal());
            assertThat(received.situationEnded()).isEqualTo(alert.situationEnded());
        }
    }

    @Test
    void partnersAlert_isNeverMadeARecord() {
        Alert theirs = AlertRecords.read(asReceived(record(alert(anomaly(), 0, Optional.empty()))), DZA, USA, RECEIVED);

        assertThatThrownBy(() -> record(theirs)).hasMessageContaining("is a partner's; it is not sent on");
    }

    @Test
    void malformedRecords_areRefused_namingTheField() {
        ShareableRecord good = asReceived(record(alert(anomaly(), 0, Optional.empty())));
        refused(good, c -> c.remove("rule"), "has no content field \"rule\"");
        refused(good, c -> c.remove("detail"), "has no content field \"detail\" (type identity)");
        refused(
                good,
                c -> c.put("severity", "APOCALYPTIC"),
                "content field \"severity\" is not valid (\"APOCALYPTIC\")");
        refused(good, c -> c.put("kind", "ENCOUNTER"), "content field \"kind\" is ENCOUNTER but its type identity");
        refused(good, c -> c.put("type", "teleport"), "content field \"type\" is not valid");
        refused(good, c -> c.put("id", "../../etc"), "content field \"id\" is not valid");
        refused(good, c -> c.put("version", "0"), "content field \"version\" is not valid");
        refused(good, c -> c.put("version", "2"), "its key is not alert/dza-1/alert-17/v2");
        refused(good, c -> c.put("vessels", "636012345;x"), "content field \"vessels\" is not valid");
        refused(
                good,
                c -> c.put("vessels", "605000001"),
                "its subject's MMSI 636012345 is not its first vessel 605000001");
        refused(good, c -> c.put("start", "yesterday"), "content field \"start\" is not valid");
        refused(good, c -> c.put("end", "2020-01-01T00:00:00Z"), "content field \"end\" is before \"start\"");
        refused(good, c -> c.put("withdrawn", "maybe"), "content field \"withdrawn\" is not valid");
        refused(good, c -> c.put("rule", "a\0b"), "content field \"rule\" is not valid");
        refused(good, c -> c.put("detail", "x".repeat(2_001)), "content field \"detail\" is not valid");
        refused(good, c -> c.put("anomaly", "WORMHOLE"), "content field \"anomaly\" is not valid");

        ShareableRecord gap = asReceived(record(alert(
                new AisGap("gap:1", CARGO, T0, Optional.empty(), HERE, Optional.empty(), OptionalDouble.empty(), false),
                0,
                Optional.empty())));
        refused(gap, c -> c.put("impliedSpeedKnots", "NaN"), "content field \"impliedSpeedKnots\" is not valid");
        refused(gap, c -> c.put("impliedSpeedKnots", "-3"), "content field \"impliedSpeedKnots\" is not valid");
    }

    @Test
    void recordsWithoutPositionMarkingVesselOrFromAnotherNode_areRefused() {
        ShareableRecord good = asReceived(record(alert(anomaly(), 0, Optional.empty())));
        assertThatThrownBy(
                        () -> AlertRecords.read(good, new Partner(Nation.of("DZA"), NodeId.of("dza-2")), USA, RECEIVED))
                .hasMessageContaining("not by the sending node DZA dza-2");
        assertThatThrownBy(
                        () -> AlertRecords.read(good, DZA, new Partner(Nation.of("FRA"), NodeId.of("fra-1")), RECEIVED))
                .hasMessageContaining("which does not name FRA");
        ShareableRecord noPosition = new ShareableRecord(
                good.key(),
                good.category(),
                good.origin(),
                good.observedAt(),
                Optional.empty(),
                good.subject(),
                good.content(),
                good.handling(),
                good.receivedFrom());
        assertThatThrownBy(() -> AlertRecords.read(noPosition, DZA, USA, RECEIVED))
                .hasMessageContaining("has no position");
        ShareableRecord noHandling = new ShareableRecord(
                good.key(),
                good.category(),
                good.origin(),
                good.observedAt(),
                good.position(),
                good.subject(),
                good.content(),
                Optional.empty(),
                good.receivedFrom());
        assertThatThrownBy(() -> AlertRecords.read(noHandling, DZA, USA, RECEIVED))
                .hasMessageContaining("has no handling terms");
        ShareableRecord noMmsi = new ShareableRecord(
                good.key(),
                good.category(),
                good.origin(),
                good.observedAt(),
                good.position(),
                new Subject.Vessel(Optional.empty(), Optional.empty(), Optional.empty(), false),
                good.content(),
                good.handling(),
                good.receivedFrom());
        assertThatThrownBy(() -> AlertRecords.read(noMmsi, DZA, USA, RECEIVED))
                .hasMessageContaining("its subject's MMSI (none)");
    }

    private static void refused(ShareableRecord good, Consumer<SortedMap<String, String>> change, String reason) {
        SortedMap<String, String> content = new TreeMap<>(good.content());
        change.accept(content);
        ShareableRecord bad = new ShareableRecord(
                good.key(),
                good.category(),
                good.origin(),
                good.observedAt(),
                good.position(),
                good.subject(),
                content,
                good.handling(),
                good.receivedFrom());
        assertThatThrownBy(() -> AlertRecords.read(bad, DZA, USA, RECEIVED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alert record " + io.jisr.exchange.Texts.excerpt(good.key()))
                .hasMessageContaining(reason);
    }
}
