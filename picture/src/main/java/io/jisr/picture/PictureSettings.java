package io.jisr.picture;

import java.time.Duration;

/**
 * Settings of the picture.
 *
 * @param maxPlausibleSpeedKnots a report implying a faster move from the current position is suspect
 *     (default 60 knots)
 * @param confirmJumpAfter how many consecutive reports consistent with each other, but not with the
 *     current position, move the vessel there after all (default 2): a vessel whose earlier position
 *     was wrong must not stay stuck
 * @param staleAfter a vessel not heard for this long is stale (default 30 minutes)
 */
public record PictureSettings(double maxPlausibleSpeedKnots, int confirmJumpAfter, Duration staleAfter) {

    /** Checks the settings. */
    public PictureSettings {
        if (!(maxPlausibleSpeedKnots > 0)) {
            throw new IllegalArgumentException("max plausible speed must be positive, was " + maxPlausibleSpeedKnots);
        }
        if (confirmJumpAfter < 1) {
            throw new IllegalArgumentException("jump confirmation count must be at least 1, was " + confirmJumpAfter);
        }
        if (staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("stale threshold must be positive, was " + staleAfter);
        }
    }

    /** 60 knots, two confirming reports, 30 minutes. */
    public static PictureSettings defaults() {
        return new PictureSettings(60, 2, Duration.ofMinutes(30));
    }
}
