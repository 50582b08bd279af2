package io.jisr.detect;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Position;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One situation a detector found: what, who, when and where. An ongoing situation keeps its
 * {@link #id()} through every update, so consumers can replace the previous version; ids are made
 * from message-time facts only, so a replay yields the same ids.
 */
public sealed interface Detection permits AisGap, Encounter, Loitering, ZoneVisit, PortVisit, IdentityAnomaly {

    /** Returns the stable identity of the situation, for example {@code gap:247123456:1767225600}. */
    String id();

    /** Returns what kind of situation this is. */
    DetectionKind kind();

    /** Returns the vessels involved, the main one first. */
    List<Mmsi> vessels();

    /** Returns the message time at which the situation began. */
    Instant start();

    /** Returns the message time at which it ended, or empty while it goes on. */
    Optional<Instant> end();

    /** Returns where it began. */
    Position position();

    /** Returns how long it lasted, or lasted until {@code now} while it goes on. */
    default Duration duration(Instant now) {
        return Duration.between(start(), end().orElse(now));
    }

    /** Builds an id from a prefix, a vessel and the start time in epoch seconds. */
    static String idOf(String prefix, Mmsi mmsi, Instant start) {
        return prefix + ':' + mmsi.value() + ':' + start.getEpochSecond();
    }
}
