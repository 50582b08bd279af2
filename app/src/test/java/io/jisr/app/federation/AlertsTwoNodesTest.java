package io.jisr.app.federation;

import static io.jisr.app.federation.FederationFixture.hear;
import static io.jisr.app.federation.FederationFixture.position;
import static io.jisr.app.federation.FederationFixture.voyage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jisr.access.LoginOutcome;
import io.jisr.ais.Reception;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.AisMessage;
import io.jisr.app.alerts.DetectionService;
import io.jisr.app.node.NodeRuntime;
import io.jisr.detect.DetectionKind;
import io.jisr.detect.alert.Alert;
import io.jisr.detect.alert.AlertState;
import io.jisr.detect.alert.Transition;
import io.jisr.exchange.DataCategory;
import io.jisr.exchange.Nation;
import io.jisr.exchange.Partner;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.exchange.record.Subject;
import io.jisr.store.JdbcFederationStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real nodes on loopback, detection running on both, exchange alerts both ways under two different
 * annexes: DZA to USA alerts about any vessel inside the Algerian basin box (positions on a 0.1 degree grid),
 * USA to DZA alerts about tankers anywhere. Alerts outside the box, or about a US cargo ship, never arrive.
 */
public class AlertsTwoNodesTest {
    static final Partner DZA = TwoNodesTest.DZA;
    static final Partner USA = TwoNodesTest.USA;

    /** Jumps inside the box: an impossible-speed anomaly DZA shares. */
    public static final int ALGERIAN_CARGO = 605_000_011;
    /** Jumps north of the box: its anomaly is not shared. */
    static final int ALGERIAN_CARGO_OUTSIDE = 605_000_012;
    /** Enters and leaves DZA's zone inside the box: one zone-visit alert, raised and then ended. */
    static final int ALGERIAN_FERRY = 605_000_013;

    static final int US_TANKER = 366_000_011;
    static final int US_CARGO = 366_000_012;

    static final String ALERT_ANNEXES = """
              - id: D1
                category: detections-and-alerts
                from: DZA
                to: USA
                areas: [{name: algerian-basin, polygon: [[35, 0], [35, 8], [38.5, 8], [38.5, 0]]}]
                precision: 0.1
                marking: REL TO DZA, USA
                retention: P30D
              - id: E1
                category: detections-and-alerts
                from: USA
                to: DZA
                areas: [everywhere]
                subjects: {shipTypes: [80, 81, 82, 83, 84, 85, 86, 87, 88, 89]}
                marking: REL TO USA, DZA
                retention: P7D
            """;

    static final String ZONE = """
            {"type": "Feature", "properties": {"id": "test-box", "name": "Test box"},
             "geometry": {"type": "Polygon", "coordinates": [[[2.0, 36.0], [2.2, 36.0], [2.2, 36.2], [2.0, 36.2], [2.0, 36.0]]]}}
            """;

    public static FederationFixture fixture(Path dir) {
        FederationFixture fixture = new FederationFixture(dir);
        fixture.write("agreement.yaml", fixture.agreement() + ALERT_ANNEXES);
        fixture.write("zone.geojson", ZONE);
        fixture.write(
                "dza.yaml",
                FederationFixture.nodeYaml(
                                "DZA",
                                "dza-1",
                                "dza.p12",
                                fixture.dzaPort,
                                "USA",
                                "usa-1",
                                fixture.usaPort,
                                fixture.usaFingerprint,
                                "")
                        .replace(
                                "detection: {enabled: false}",
                                "detection: {enabled: true, zones: [{file: zone.geojson, kind: OPERATOR}]}"));
        fixture.write(
                "usa.yaml",
                FederationFixture.nodeYaml(
                                "USA",
                                "usa-1",
                                "usa.p12",
                                fixture.usaPort,
                                "DZA",
                                "dza-1",
                                fixture.dzaPort,
                                fixture.dzaFingerprint,
                                "")
                        .replace("detection: {enabled: false}", "detection: {enabled: true}"));
        return fixture;
    }

    public static void hearAt(NodeRuntime node, AisMessage message, Instant time) {
        Reception reception = new Reception("AI", false, Optional.of("A"), Optional.empty(), Optional.of(time), 1, 1);
        node.node().pipeline().accept("local-ais", message, reception, time, 1);
    }

    static DetectionService alerts(NodeRuntime node) {
        return node.node().detection().orElseThrow();
    }

    static List<Alert> partnerAlerts(NodeRuntime node) {
        return alerts(node).alerts(Alert::isFromPartner);
    }

    static List<Alert> ownAlertsAbout(NodeRuntime node, int mmsi) {
        return alerts(node)
                .alerts(a -> !a.isFromPartner() && a.detection().vessels().contains(Mmsi.of(mmsi)));
    }

    public static Optional<Alert> partnerAlertAbout(NodeRuntime node, int mmsi, DetectionKind kind) {
        return partnerAlerts(node).stream()
                .filter(a -> a.detection().kind() == kind
                        && a.detection().vessels().getFirst().value() == mmsi)
                .findFirst();
    }

    static List<ShareableRecord> alertRecords(List<ShareableRecord> records) {
        return records.stream()
                .filter(r -> r.category().equals(DataCategory.DETECTIONS_AND_ALERTS))
                .toList();
    }

    static List<ShareableRecord> released(NodeRuntime node, Partner to) {
        return node.federation().orElseThrow().released(to).stream()
                .map(JdbcFederationStore.OutboundRow::recordJson)
                .map(BatchJson::readRecord)
                .toList();
    }

    static int subjectMmsi(ShareableRecord record) {
        return ((Subject.Vessel) record.subject()).mmsi().orElseThrow();
    }

    @Test
    void alerts_flowBothWaysUnderTheirAnnexes_andNothingOutsideArrives(@TempDir Path dir) throws Exception {
        FederationFixture fixture = fixture(dir);
        try (NodeRuntime dza = fixture.startDza();
                NodeRuntime usa = fixture.startUsa()) {
            Instant now = Instant.now();
            // DZA: a cargo ship jumps 111 km in 10 s inside the box, another north of it.
            hear(dza, voyage(ALGERIAN_CARGO, "EL DJAZAIR", 70));
            hearAt(dza, position(ALGERIAN_CARGO, 36.5, 3.0), now.minusSeconds(10));
            hearAt(dza, position(ALGERIAN_CARGO, 37.51234, 3.06789), now);
            hear(dza, voyage(ALGERIAN_CARGO_OUTSIDE, "TASSILI", 70));
            hearAt(dza, position(ALGERIAN_CARGO_OUTSIDE, 39.5, 3.0), now.minusSeconds(10));
            hearAt(dza, position(ALGERIAN_CARGO_OUTSIDE, 40.5, 3.0), now);
            // ... and a ferry's first report inside DZA's zone (an entry).
            hear(dza, voyage(ALGERIAN_FERRY, "TARIK", 60));
            hearAt(dza, position(ALGERIAN_FERRY, 36.199, 2.1), now.minusSeconds(90));
            // USA: a tanker and a cargo ship jump the same way.
            hear(usa, voyage(US_TANKER, "LIBERTY STAR", 80));
            hearAt(usa, position(US_TANKER, 37.5, 5.25), now.minusSeconds(10));
            hearAt(usa, position(US_TANKER, 38.5, 5.25), now);
            hear(usa, voyage(US_CARGO, "EAGLE", 70));
            hearAt(usa, position(US_CARGO, 37.6, 5.3), now.minusSeconds(10));
            hearAt(usa, position(US_CARGO, 38.6, 5.3), now);

            // Each node raised its own alerts, the ones outside the annexes included.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(ownAlertsAbout(dza, ALGERIAN_CARGO)).isNotEmpty();
                assertThat(ownAlertsAbout(dza, ALGERIAN_CARGO_OUTSIDE)).isNotEmpty();
                assertThat(ownAlertsAbout(dza, ALGERIAN_FERRY)).isNotEmpty();
                assertThat(ownAlertsAbout(usa, US_TANKER)).isNotEmpty();
                assertThat(ownAlertsAbout(usa, US_CARGO)).isNotEmpty();
            });

            // DZA -> USA: the anomaly, placed on the 0.1 degree grid, with its provenance.
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(partnerAlertAbout(usa, ALGERIAN_CARGO, DetectionKind.IDENTITY_ANOMALY))
                        .isPresent();
                assertThat(partnerAlertAbout(usa, ALGERIAN_FERRY, DetectionKind.ZONE_VISIT))
                        .isPresent();
            });
            Alert anomaly = partnerAlertAbout(usa, ALGERIAN_CARGO, DetectionKind.IDENTITY_ANOMALY)
                    .orElseThrow();
            Alert original = ownAlertsAbout(dza, ALGERIAN_CARGO).getFirst();
            assertThat(anomaly.id()).isEqualTo("DZA:dza-1:" + original.id());
            assertThat(anomaly.detection().position().latitude()).isEqualTo(37.5);
            assertThat(anomaly.detection().position().longitude()).isEqualTo(3.1);
            assertThat(anomaly.severity()).isEqualTo(original.severity());
            assertThat(anomaly.rule()).isEqualTo(original.rule());
            assertThat(anomaly.detection().id()).isEqualTo(original.detection().id());
            assertThat(anomaly.state()).isEqualTo(AlertState.NEW);
            Alert.Source source = anomaly.source().orElseThrow();
            assertThat(source.nation()).isEqualTo("DZA");
            assertThat(source.node()).isEqualTo("dza-1");
            assertThat(source.originId()).isEqualTo(original.id());
            assertThat(source.marking()).isEqualTo("REL TO DZA, USA");

            // USA -> DZA: the tanker's anomaly.
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(partnerAlertAbout(dza, US_TANKER, DetectionKind.IDENTITY_ANOMALY))
                            .isPresent());
            Alert tankerAlert = partnerAlertAbout(dza, US_TANKER, DetectionKind.IDENTITY_ANOMALY)
                    .orElseThrow();
            assertThat(tankerAlert.source().orElseThrow().marking()).isEqualTo("REL TO USA, DZA");
            assertThat(tankerAlert.source().orElseThrow().node()).isEqualTo("usa-1");

            // The local lifecycle of a partner's alert: acknowledged at USA only.
            Alert zoneAlert = partnerAlertAbout(usa, ALGERIAN_FERRY, DetectionKind.ZONE_VISIT)
                    .orElseThrow();
            assertThat(alerts(usa).acknowledge(zoneAlert.id(), "watch", "seen on the partner's side", Instant.now()))
                    .isInstanceOf(Transition.Done.class);
            // The ferry leaves the zone: DZA's alert is updated, and its new version reaches USA, where the
            // acknowledgement stays.
            hearAt(dza, position(ALGERIAN_FERRY, 36.203, 2.1), now.minusSeconds(30));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                Alert updated = alerts(usa).alert(zoneAlert.id()).orElseThrow();
                assertThat(updated.situationEnded()).isTrue();
                assertThat(updated.source().orElseThrow().version()).isGreaterThan(1);
                assertThat(updated.state()).isEqualTo(AlertState.ACKNOWLEDGED);
                assertThat(updated.notes()).hasSize(1);
            });
            Alert dzaZone = ownAlertsAbout(dza, ALGERIAN_FERRY).getFirst();
            assertThat(dzaZone.state()).isEqualTo(AlertState.NEW); // USA's step never travels back
            assertThat(alerts(usa)
                            .alert(zoneAlert.id())
                            .orElseThrow()
                            .source()
                            .orElseThrow()
                            .version())
                    .isEqualTo(dzaZone.updates() + 1);

            // Never outside the annexes: nothing about the vessel north of the box, nothing about the US cargo
            // ship; the logs hold no such record either.
            Thread.sleep(3_000); // two more turns of alert sharing and pulling
            assertThat(partnerAlerts(usa))
                    .allMatch(a -> a.detection().vessels().getFirst().value() != ALGERIAN_CARGO_OUTSIDE);
            assertThat(partnerAlerts(dza))
                    .allMatch(a -> a.detection().vessels().getFirst().value() == US_TANKER);
            assertThat(alertRecords(released(dza, USA)))
                    .extracting(AlertsTwoNodesTest::subjectMmsi)
                    .containsOnly(ALGERIAN_CARGO, ALGERIAN_FERRY);
            assertThat(alertRecords(released(usa, DZA)))
                    .extracting(AlertsTwoNodesTest::subjectMmsi)
                    .containsOnly(US_TANKER);
            // Partners' alerts are never sent on, nor back.
            assertThat(alertRecords(released(usa, DZA)))
                    .allMatch(r -> r.origin().nation().equals(Nation.of("USA")));

            // Idempotent: the same records again change nothing.
            AlertReceiver usaReceiver = usa.alertReceiver().orElseThrow();
            List<ShareableRecord> received = alertRecords(TwoNodesTest.records(usa, DZA));
            int held = partnerAlerts(usa).size();
            long unchangedBefore = usaReceiver.unchanged();
            usaReceiver.receive(DZA, received);
            assertThat(partnerAlerts(usa)).hasSize(held);
            assertThat(usaReceiver.unchanged()).isEqualTo(unchangedBefore + received.size());

            // A hostile record is refused alone, naming its field; the good one beside it is still taken.
            ShareableRecord good = received.getFirst();
            TreeMap<String, String> bad = new TreeMap<>(good.content());
            bad.put("severity", "APOCALYPTIC");
            ShareableRecord forged = new ShareableRecord(
                    good.key(),
                    good.category(),
                    good.origin(),
                    good.observedAt(),
                    good.position(),
                    good.subject(),
                    bad,
                    good.handling(),
                    good.receivedFrom());
            long refusedBefore = usaReceiver.refused();
            usaReceiver.receive(DZA, List.of(forged, good));
            assertThat(usaReceiver.refused()).isEqualTo(refusedBefore + 1);
            assertThat(usaReceiver.lastRefusal()).contains("\"severity\"").contains("APOCALYPTIC");
            assertThat(usaReceiver.unchanged()).isEqualTo(unchangedBefore + received.size() + 1);

            // In the operators' API, with its provenance.
            HttpClient http = HttpClient.newHttpClient();
            LoginOutcome.SignedIn admin = (LoginOutcome.SignedIn)
                    usa.accounts().login("admin", FederationFixture.ADMIN_PASSWORD, "127.0.0.1");
            String token = usa.accounts()
                    .createToken(admin.principal(), "tests", Optional.empty())
                    .secret();
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + usa.httpPort() + "/api/alerts"))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = new ObjectMapper().readTree(response.body());
            JsonNode shown = null;
            for (JsonNode a : body.path("alerts")) {
                if (a.path("id").asText().equals(anomaly.id())) {
                    shown = a;
                }
            }
            assertThat(shown).isNotNull();
            assertThat(shown.path("partner").path("nation").asText()).isEqualTo("DZA");
            assertThat(shown.path("partner").path("node").asText()).isEqualTo("dza-1");
            assertThat(shown.path("partner").path("marking").asText()).isEqualTo("REL TO DZA, USA");
            assertThat(shown.path("position").path("lat").asDouble()).isEqualTo(37.5);
        }
    }
}
