package io.jisr.picture;

import io.jisr.ais.identity.Mmsi;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * Which vessels a query wants. Every criterion left empty accepts everything.
 *
 * @param kinds station kinds to keep; empty for all
 * @param categories ship categories to keep; empty for all
 * @param flags ISO 3166-1 alpha-3 flag states to keep; empty for all
 * @param minSpeedKnots keep vessels at least this fast (vessels without a reported speed fail it)
 * @param maxSpeedKnots keep vessels at most this fast (vessels without a reported speed fail it)
 * @param movement moving, stationary or either
 * @param maxAge keep vessels heard within this long before the query time
 */
public record VesselFilter(
        Set<VesselKind> kinds,
        Set<ShipCategory> categories,
        Set<String> flags,
        OptionalDouble minSpeedKnots,
        OptionalDouble maxSpeedKnots,
        Movement movement,
        Optional<Duration> maxAge) {

    /** Moving or not, for filters: moving means a reported speed of at least 0.5 knots. */
    public enum Movement {
        ANY,
        MOVING,
        STATIONARY
    }

    /** The speed at and above which a vessel counts as moving, in knots. */
    public static final double MOVING_KNOTS = 0.5;

    /** A filter that keeps every vessel. */
    public static final VesselFilter ALL = new VesselFilter(
            Set.of(),
            Set.of(),
            Set.of(),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            Movement.ANY,
            Optional.empty());

    /** Copies the sets. */
    public VesselFilter {
        kinds = Set.copyOf(kinds);
        categories = Set.copyOf(categories);
        flags = Set.copyOf(flags);
    }

    /**
     * Returns whether {@code vessel} passes at query time {@code now}; {@code flagOf} gives its flag
     * state (ISO alpha-3) and is asked only when the filter names flags.
     */
    public boolean accepts(Vessel vessel, Function<Mmsi, Optional<String>> flagOf, Instant now) {
        if (!kinds.isEmpty() && !kinds.contains(vessel.kind())) {
            return false;
        }
        if (!categories.isEmpty() && !categories.contains(vessel.category())) {
            return false;
        }
        if (!flags.isEmpty()
                && !flagOf.apply(vessel.mmsi()).map(flags::contains).orElse(false)) {
            return false;
        }
        if (maxAge.isPresent() && vessel.isStale(now, maxAge.get())) {
            return false;
        }
        if (minSpeedKnots.isEmpty() && maxSpeedKnots.isEmpty() && movement == Movement.ANY) {
            return true;
        }
        return acceptsSpeed(vessel.lastFix().flatMap(f -> boxed(f.speedKnots())));
    }

    private boolean acceptsSpeed(Optional<Double> speed) {
        if (minSpeedKnots.isPresent() && (speed.isEmpty() || speed.get() < minSpeedKnots.getAsDouble())) {
            return false;
        }
        if (maxSpeedKnots.isPresent() && (speed.isEmpty() || speed.get() > maxSpeedKnots.getAsDouble())) {
            return false;
        }
        return switch (movement) {
            case ANY -> true;
            case MOVING -> speed.isPresent() && speed.get() >= MOVING_KNOTS;
            case STATIONARY -> speed.isPresent() && speed.get() < MOVING_KNOTS;
        };
    }

    private static Optional<Double> boxed(OptionalDouble d) {
        return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
    }
}
