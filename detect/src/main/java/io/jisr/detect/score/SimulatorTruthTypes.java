package io.jisr.detect.score;

import io.jisr.detect.DetectionKind;
import java.util.Map;
import java.util.Optional;

/**
 * Which detection kind should find each event type of the traffic simulator's ground truth ({@code
 * sim} module, {@code TruthEvent.type()}), so that a scoring test can map the truth to {@link
 * TruthEvent}s without this module depending on the simulator.
 */
public final class SimulatorTruthTypes {
    private static final Map<String, DetectionKind> KINDS = Map.of(
            "dark", DetectionKind.AIS_GAP,
            "rendezvous", DetectionKind.ENCOUNTER,
            "loiter", DetectionKind.LOITERING,
            "zone-entry", DetectionKind.ZONE_VISIT,
            "spoof-jump", DetectionKind.IDENTITY_ANOMALY,
            "shared-mmsi", DetectionKind.IDENTITY_ANOMALY);

    private SimulatorTruthTypes() {}

    /**
     * Returns the detection kind for a simulator event type, or empty for types no detector covers
     * (for example {@code distress}, which the SAR issue handles).
     */
    public static Optional<DetectionKind> kindOf(String simulatorType) {
        return Optional.ofNullable(KINDS.get(simulatorType));
    }
}
