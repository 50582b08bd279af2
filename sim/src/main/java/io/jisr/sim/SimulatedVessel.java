package io.jisr.sim;

import java.util.Optional;

/**
 * A vessel in the simulation: who it is, where it goes, and how its transponder behaves.
 *
 * @param identity its identity
 * @param voyage its planned movement (holds a cursor: one simulation at a time)
 * @param transmission when and how it transmits
 * @param destination the destination its static data gives, at most 20 characters
 */
public record SimulatedVessel(
        VesselIdentity identity, Voyage voyage, TransmissionPlan transmission, Optional<String> destination) {

    /** A vessel that transmits as the standard says, under its own MMSI, all the time. */
    public static SimulatedVessel ordinary(VesselIdentity identity, Voyage voyage, Optional<String> destination) {
        return new SimulatedVessel(identity, voyage, TransmissionPlan.always(identity.mmsi()), destination);
    }
}
