package io.jisr.sim.scenario;

import io.jisr.sim.Receiver;
import io.jisr.sim.ReceiverNetwork;
import io.jisr.sim.SimulatedVessel;
import io.jisr.sim.Simulation;
import io.jisr.sim.TrafficGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A simulation ready to run: background traffic plus a scenario's vessels, heard by the chosen
 * receivers, with the scenario's ground truth.
 *
 * @param simulation the simulation
 * @param truth what the scenario's events truly do
 * @param backgroundVessels how many background vessels it holds
 * @param scenarioVessels how many vessels the scenario added
 */
public record ScenarioRun(Simulation simulation, List<TruthEvent> truth, int backgroundVessels, int scenarioVessels) {

    /** Copies the truth. */
    public ScenarioRun {
        truth = List.copyOf(truth);
    }

    /**
     * What to simulate.
     *
     * @param start simulated time at which it starts
     * @param duration how long it runs in simulated time
     * @param vessels background vessels
     * @param seed the seed: the same settings and seed give the same output, byte for byte
     * @param receivers the receivers whose lines are written
     * @param baseLoss probability of losing a transmission close to a receiver
     * @param scenario events and ground truth
     */
    public record Settings(
            Instant start,
            Duration duration,
            int vessels,
            long seed,
            List<Receiver> receivers,
            double baseLoss,
            Scenario scenario) {
        /** Checks the settings. */
        public Settings {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("duration must be positive, was " + duration);
            }
            if (vessels < 0 || vessels > 1_000_000) {
                throw new IllegalArgumentException("vessels must be within 0..1000000, was " + vessels);
            }
            receivers = List.copyOf(receivers);
            if (receivers.isEmpty()) {
                throw new IllegalArgumentException("at least one receiver is needed");
            }
        }
    }

    /**
     * Builds the simulation.
     *
     * @throws IllegalArgumentException if a scenario event cannot happen as written
     */
    public static ScenarioRun prepare(Settings settings) {
        TrafficGenerator traffic = new TrafficGenerator();
        Instant end = settings.start().plus(settings.duration());
        List<SimulatedVessel> vessels =
                new ArrayList<>(traffic.generate(settings.vessels(), settings.seed(), settings.start(), end));
        CompiledScenario compiled = new ScenarioCompiler(traffic.land(), traffic.identities())
                .compile(settings.scenario(), settings.start(), end, settings.seed());
        vessels.addAll(compiled.vessels());
        Simulation simulation = new Simulation(
                settings.start(),
                end,
                vessels,
                TrafficGenerator.fixedStations(settings.receivers()),
                new ReceiverNetwork(settings.receivers(), settings.seed(), settings.baseLoss()),
                settings.seed());
        return new ScenarioRun(
                simulation,
                compiled.truth(),
                settings.vessels(),
                compiled.vessels().size());
    }
}
