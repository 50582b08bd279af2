package io.jisr.detect;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Position;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Two vessels close together at low speed for a sustained time away from ports and anchorages.
 *
 * @param id stable identity
 * @param rule name of the encounter rule that matched (for example {@code gfw} or {@code rendezvous})
 * @param first the vessel with the lower MMSI
 * @param second the other vessel
 * @param start time of the first report that found them close
 * @param end time of the last report that found them close, once they parted
 * @param position where they first were close (the first vessel's position)
 * @param medianSpeedKnots median speed of both vessels over the reports that found them close
 * @param closestMetres the smallest distance seen between them
 */
public record Encounter(
        String id,
        String rule,
        Mmsi first,
        Mmsi second,
        Instant start,
        Optional<Instant> end,
        Position position,
        double medianSpeedKnots,
        double closestMetres)
        implements Detection {

    /** Checks that the two vessels are different and ordered. */
    public Encounter {
        if (first.value() >= second.value()) {
            throw new IllegalArgumentException(
                    "encounter vessels must be two, lower MMSI first, were " + first + " and " + second);
        }
    }

    @Override
    public DetectionKind kind() {
        return DetectionKind.ENCOUNTER;
    }

    @Override
    public List<Mmsi> vessels() {
        return List.of(first, second);
    }
}
