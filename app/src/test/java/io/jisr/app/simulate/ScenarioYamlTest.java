package io.jisr.app.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.sim.geo.GeoPoint;
import io.jisr.sim.scenario.Scenario;
import io.jisr.sim.scenario.ScenarioEvent;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ScenarioYamlTest {

    @Test
    void defaultScenario_hasOneEventOfEachType() {
        Scenario s = ScenarioYaml.defaultScenario();
        assertThat(s.name()).isEqualTo("western-med-default");
        assertThat(s.events())
                .extracting(ScenarioEvent::type)
                .containsExactly("dark", "rendezvous", "loiter", "zone-entry", "spoof-jump", "shared-mmsi", "distress");
        assertThat(s.events().getFirst())
                .isEqualTo(new ScenarioEvent.Dark(
                        "dark-cargo",
                        Duration.ofMinutes(40),
                        Duration.ofHours(2),
                        java.util.List.of(GeoPoint.of(37.05, 1.60), GeoPoint.of(37.15, 4.40)),
                        12));
    }

    @Test
    void parse_unknownField_isNamed() {
        assertThatThrownBy(() -> ScenarioYaml.parse(
                        "events:\n  - {type: distress, id: b, at: 1h, duration: 1h, from: [36.9, 3.9], bearing: 10,"
                                + " speed: 6, colour: red}\n",
                        "s.yaml"))
                .hasMessage(
                        "s.yaml: event 1 (\"b\"): unknown field \"colour\"; allowed: [at, bearing, duration, from, id,"
                                + " speed, type]");
    }

    @Test
    void parse_unknownType_listsTheKnownOnes() {
        assertThatThrownBy(() -> ScenarioYaml.parse("events:\n  - {type: piracy, id: p}\n", "s.yaml"))
                .hasMessage("s.yaml: event 1 (\"p\"): unknown type \"piracy\"; known types: dark, rendezvous, loiter,"
                        + " zone-entry, spoof-jump, shared-mmsi, distress");
    }

    @Test
    void parse_positionOutOfRange_isNamed() {
        assertThatThrownBy(() -> ScenarioYaml.parse(
                        "events:\n  - {type: dark, id: d, at: 1h, off: 1h, speed: 10, path: [[95, 3], [36, 4]]}\n",
                        "s.yaml"))
                .hasMessage("s.yaml: event 1 (\"d\"): \"path\": latitude must be within -90..90 degrees, was 95.0");
    }

    @Test
    void parse_duplicateIds_areRefused() {
        String event =
                "  - {type: distress, id: same, at: 1h, duration: 1h, from: [36.9, 3.9], bearing: 10, speed: 6}\n";
        assertThatThrownBy(() -> ScenarioYaml.parse("name: twice\nevents:\n" + event + event, "s.yaml"))
                .hasMessage("s.yaml: scenario \"twice\" has two events with id \"same\"");
    }

    @Property(tries = 1000)
    void parse_hostileText_givesAScenarioOrAClearError(@ForAll("hostile") String text) {
        try {
            ScenarioYaml.parse(text, "h.yaml");
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).startsWith("h.yaml: ");
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> fragments = Arbitraries.of(
                "events:",
                "\n",
                "  - ",
                "type: dark",
                "type: loiter",
                "id: x",
                "at: 1h",
                "at: -1h",
                "at: [1]",
                "path: [[37, 3], [37.1, 3.2]]",
                "path: [[]]",
                "path: {a: 1}",
                "speed: 12",
                "speed: fast",
                "{",
                "}",
                "[",
                "]",
                "- ",
                ": ",
                "radius-nm: 1e400",
                "centre: [37, 4]",
                "zone: {polygon: 3}",
                "name: ~",
                "\t",
                "&a",
                "*a",
                "!!binary",
                "'",
                "\"");
        return Arbitraries.oneOf(
                fragments.list().ofMaxSize(30).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(200));
    }
}
