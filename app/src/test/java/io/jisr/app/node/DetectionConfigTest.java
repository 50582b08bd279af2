package io.jisr.app.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.app.alerts.DefaultAlertRules;
import io.jisr.detect.DetectionKind;
import io.jisr.detect.alert.Severity;
import io.jisr.detect.zone.ZoneKind;
import io.jisr.picture.ShipCategory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code detection} section of {@code jisr.yaml}: zones, alert rules, and the errors of each. */
class DetectionConfigTest {
    private static final String EEZ = """
            {"type":"Feature","properties":{"id":"dza-eez","name":"Algerian EEZ"},
             "geometry":{"type":"Polygon","coordinates":[[[-2,35],[9,35],[9,38.5],[-2,38.5],[-2,35]]]}}
            """;

    @TempDir
    Path dir;

    private NodeConfig load(String yaml) throws Exception {
        Path file = dir.resolve("jisr.yaml");
        Files.writeString(file, yaml);
        return NodeConfigLoader.load(Optional.of(file), Map.of(), NodeConfigLoader.Overrides.NONE, dir);
    }

    private String file() {
        return dir.resolve("jisr.yaml").toString();
    }

    @Test
    void noSection_detectionOnWithTheDefaultRulesAndNoZones() throws Exception {
        NodeConfig.Detection d = load("node: {id: north}\n").detection();
        assertThat(d.enabled()).isTrue();
        assertThat(d.zones()).isEmpty();
        assertThat(d.rules()).isEqualTo(DefaultAlertRules.RULES);
        assertThat(d.keepClosedAlerts()).isEqualTo(Duration.ofDays(7));
        assertThat(d.receivers()).isEmpty();
    }

    @Test
    void receivers_readAndPassedToTheGapDetector() throws Exception {
        NodeConfig.Detection d = load("""
                detection:
                  receivers:
                    - {id: DZ-ORN, lat: 35.71, lon: -0.64, rangeNm: 40}
                    - {id: DZ-TNS, lat: 36.51, lon: 1.31, rangeNm: 35.5}
                """).detection();

        assertThat(d.receivers())
                .containsExactly(
                        new io.jisr.detect.DeclaredReceiver("DZ-ORN", 35.71, -0.64, 40),
                        new io.jisr.detect.DeclaredReceiver("DZ-TNS", 36.51, 1.31, 35.5));
        assertThat(d.gapSettings().declaredReceivers()).isEqualTo(d.receivers());
    }

    @Test
    void receivers_mistakesNameTheKey() {
        assertThatThrownBy(() -> load("detection:\n  receivers: {id: x}\n"))
                .hasMessage(file() + ": detection.receivers must be a list");
        assertThatThrownBy(() -> load("detection:\n  receivers:\n    - {id: x, lat: 36, lon: 1}\n"))
                .hasMessage(file() + ": detection.receivers[0].rangeNm must be a number");
        assertThatThrownBy(() -> load("detection:\n  receivers:\n    - {id: x, lat: \"north\", lon: 1, rangeNm: 40}\n"))
                .hasMessage(file() + ": detection.receivers[0].lat must be a number");
        assertThatThrownBy(() -> load("detection:\n  receivers:\n    - {id: x, lat: 36, lon: 1, rangeNm: 400}\n"))
                .hasMessageContaining("detection.receivers[0]: receiver x: range must be within 0..200 nautical miles");
        assertThatThrownBy(() -> load("detection:\n  receivers:\n    - {lat: 36, lon: 1, rangeNm: 40}\n"))
                .hasMessageContaining("detection.receivers[0]: a declared receiver needs its id");
        assertThatThrownBy(
                        () -> load(
                                "detection:\n  receivers:\n    - {id: x, lat: 36, lon: 1, rangeNm: 40}\n    - {id: x, lat: 37, lon: 1, rangeNm: 40}\n"))
                .hasMessageContaining("detection.receivers[1]: receiver id \"x\" is used twice");
    }

    @Test
    void zonesAndRules_readWithEveryCriterion() throws Exception {
        Files.createDirectories(dir.resolve("zones"));
        Files.writeString(dir.resolve("zones/eez.geojson"), EEZ);
        NodeConfig.Detection d = load("""
                detection:
                  keepClosedAlertsDays: 30
                  zones:
                    - {file: zones/eez.geojson, kind: exclusive-economic-zone}
                  alerts:
                    - name: Dark tanker in the EEZ at night
                      kinds: [AIS_GAP, encounter]
                      zone: dza-eez
                      categories: [TANKER]
                      flags: [PAN]
                      window: {from: "20:00", to: "06:00", timeZone: Africa/Algiers}
                      severity: critical
                """).detection();
        assertThat(d.zones()).singleElement().satisfies(z -> {
            assertThat(z.id()).isEqualTo("dza-eez");
            assertThat(z.kind()).isEqualTo(ZoneKind.EXCLUSIVE_ECONOMIC_ZONE);
        });
        assertThat(d.rules()).singleElement().satisfies(r -> {
            assertThat(r.kinds()).isEqualTo(Set.of(DetectionKind.AIS_GAP, DetectionKind.ENCOUNTER));
            assertThat(r.zoneId()).hasValue("dza-eez");
            assertThat(r.categories()).containsExactly(ShipCategory.TANKER);
            assertThat(r.flags()).containsExactly("PAN");
            assertThat(r.window().orElseThrow().from()).isEqualTo(LocalTime.of(20, 0));
            assertThat(r.severity()).isEqualTo(Severity.CRITICAL);
        });
        assertThat(d.keepClosedAlerts()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void mistakes_stopTheStartNamingTheKey() throws Exception {
        Files.writeString(dir.resolve("eez.geojson"), EEZ);
        assertThatThrownBy(() -> load("detection:\n  zones:\n    - {file: missing.geojson}\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file() + ": detection.zones[0].file: cannot read ");
        assertThatThrownBy(() -> load("detection:\n  zones:\n    - {file: eez.geojson, kind: lagoon}\n"))
                .hasMessageContaining("detection.zones[0].kind must be one of")
                .hasMessageContaining("\"lagoon\"");
        assertThatThrownBy(() -> load("detection:\n  zones:\n    - {file: eez.geojson}\n    - {file: eez.geojson}\n"))
                .hasMessageContaining("detection.zones[1]: zone id \"dza-eez\" is used twice");
        Files.writeString(dir.resolve("bad.geojson"), EEZ.replace("[-2,35]]]", "[-2,36]]]"));
        assertThatThrownBy(() -> load("detection:\n  zones:\n    - {file: bad.geojson}\n"))
                .hasMessageContaining("detection.zones[0].file")
                .hasMessageContaining("bad.geojson");
        assertThatThrownBy(() -> load("detection:\n  alerts:\n    - {name: x, zone: nowhere}\n"))
                .hasMessage(file() + ": detection.alerts[0].zone \"nowhere\" is not a zone of detection.zones");
        assertThatThrownBy(() -> load("detection:\n  alerts:\n    - {name: x, kinds: [SMUGGLING]}\n"))
                .hasMessageContaining("detection.alerts[0].kinds must be one of");
        assertThatThrownBy(() -> load("detection:\n  alerts:\n    - {name: x, flags: [Panama]}\n"))
                .hasMessageContaining("detection.alerts[0]: alert rule x: flag must be an ISO 3166-1 alpha-3 code");
        assertThatThrownBy(() ->
                        load("detection:\n  alerts:\n    - {name: x, window: {from: \"25:00\", to: \"06:00\"}}\n"))
                .hasMessageContaining("detection.alerts[0].window needs from and to as HH:MM");
        assertThatThrownBy(() -> load("detection:\n  keepClosedAlertsDays: 0\n"))
                .hasMessageContaining("detection.keepClosedAlertsDays must be within 1..3650, was 0");
    }
}
