package io.jisr.detect;

import java.util.Objects;

/**
 * A shore receiver the operator declares: where it stands and the range it can be relied on to hear a
 * ship's transmitter. The gap detector counts water within that range as covered while the receiver is
 * passing reports on, even where no ship has been heard lately (learnt coverage cannot know that quiet
 * water is heard).
 *
 * @param id the receiver's name as its reports carry it (the tag block's {@code s:} source, or the feed
 *     name when the feed has no tag blocks)
 * @param latitude where it stands, degrees
 * @param longitude where it stands, degrees
 * @param rangeNauticalMiles the range to rely on: the one it reaches every day, not on its best day
 */
public record DeclaredReceiver(String id, double latitude, double longitude, double rangeNauticalMiles) {

    /** Checks the values. */
    public DeclaredReceiver {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a declared receiver needs its id (the tag block source)");
        }
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException(
                    "receiver " + id + ": position " + latitude + " " + longitude + " is not on the globe");
        }
        if (!(rangeNauticalMiles > 0 && rangeNauticalMiles <= 200)) {
            throw new IllegalArgumentException(
                    "receiver " + id + ": range must be within 0..200 nautical miles, was " + rangeNauticalMiles);
        }
    }
}
