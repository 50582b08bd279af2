package io.jisr.sim.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A named set of events added to the background traffic.
 *
 * @param name the scenario's name
 * @param events its events, each with a unique id
 */
public record Scenario(String name, List<ScenarioEvent> events) {
    /** Copies the events and checks their ids are unique. */
    public Scenario {
        events = List.copyOf(events);
        Set<String> ids = new HashSet<>();
        for (ScenarioEvent e : events) {
            if (!ids.add(e.id())) {
                throw new IllegalArgumentException(
                        "scenario \"" + name + "\" has two events with id \"" + e.id() + "\"");
            }
        }
    }

    /** A scenario with no event: background traffic only. */
    public static Scenario empty() {
        return new Scenario("background only", List.of());
    }
}
