package io.jisr.sar.plan;

import io.jisr.sar.drift.Position;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A vessel from the live picture that might help, with its contact data as far as it is known.
 *
 * @param name its name, or an empty string when unknown
 * @param mmsi its MMSI, if known
 * @param callSign its call sign, if known
 * @param position its last reported position
 * @param speedOverGroundKnots its last reported speed over ground; 0 when not available (AIS 102.3), so
 *     that it is ranked as a stopped vessel
 * @param serviceSpeedKnots its maximum or service speed, if known (a register, the partner's equipment list)
 */
public record CandidateVessel(
        String name,
        OptionalInt mmsi,
        Optional<String> callSign,
        Position position,
        double speedOverGroundKnots,
        OptionalDouble serviceSpeedKnots) {

    /** Checks the values. */
    public CandidateVessel {
        if (name == null || mmsi == null || callSign == null || position == null || serviceSpeedKnots == null) {
            throw new IllegalArgumentException("a candidate vessel needs a name (may be empty), an MMSI, a call sign"
                    + " (both may be empty), a position and a service speed (may be empty)");
        }
        if (name.isBlank() && mmsi.isEmpty() && callSign.isEmpty()) {
            throw new IllegalArgumentException("a candidate vessel needs a name, an MMSI or a call sign");
        }
        if (!(speedOverGroundKnots >= 0 && speedOverGroundKnots <= 102.2)) {
            throw new IllegalArgumentException("speed over ground of " + label(name, mmsi)
                    + " must be 0 to 102.2 knots, was " + speedOverGroundKnots);
        }
        if (serviceSpeedKnots.isPresent() && !(serviceSpeedKnots.getAsDouble() > 0)) {
            throw new IllegalArgumentException("service speed of " + label(name, mmsi)
                    + " must be more than 0 knots, was " + serviceSpeedKnots.getAsDouble());
        }
    }

    private static String label(String name, OptionalInt mmsi) {
        return !name.isBlank() ? "\"" + name + "\"" : mmsi.isPresent() ? "MMSI " + mmsi.getAsInt() : "vessel";
    }
}
