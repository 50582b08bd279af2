package io.jisr.picture;

import io.jisr.ais.identity.Mmsi;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One station of the picture as it stands: identity, what it said about itself, and where it was
 * last. Immutable: the picture replaces it on every change.
 *
 * @param mmsi the station's identity
 * @param kind what kind of station it is
 * @param staticData merged static and voyage data
 * @param lastFix the current position (not suspect, not late)
 * @param firstSeen message time of its first report
 * @param lastSeen message time of its latest report of any kind
 * @param reports how many messages from it were applied
 * @param heardBy the receivers that heard it, with when each last did
 */
public record Vessel(
        Mmsi mmsi,
        VesselKind kind,
        StaticData staticData,
        Optional<PositionFix> lastFix,
        Instant firstSeen,
        Instant lastSeen,
        long reports,
        HeardBy heardBy) {

    /** Returns the broad ship category. */
    public ShipCategory category() {
        return ShipCategory.of(staticData.shipType());
    }

    /** Returns whether nothing has been heard from it for longer than {@code staleAfter} at {@code now}. */
    public boolean isStale(Instant now, Duration staleAfter) {
        return Duration.between(lastSeen, now).compareTo(staleAfter) > 0;
    }

    /** Returns this vessel with {@code receivers} as the receivers that heard it, all else unchanged. */
    public Vessel withHeardBy(HeardBy receivers) {
        return new Vessel(mmsi, kind, staticData, lastFix, firstSeen, lastSeen, reports, receivers);
    }
}
