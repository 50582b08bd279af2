package io.jisr.sim.scenario;

import io.jisr.sim.SimulatedVessel;
import java.util.List;

/**
 * A scenario turned into vessels for the simulation, with the truth of what they will do.
 *
 * @param vessels the vessels the scenario adds to the background traffic
 * @param truth one record per event
 */
public record CompiledScenario(List<SimulatedVessel> vessels, List<TruthEvent> truth) {
    /** Copies the lists. */
    public CompiledScenario {
        vessels = List.copyOf(vessels);
        truth = List.copyOf(truth);
    }
}
