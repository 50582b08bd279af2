package io.jisr.sim;

/**
 * What a simulated vessel does, which sets its ship type, size, speed and behaviour.
 *
 * @see TrafficGenerator
 */
public enum VesselCategory {
    /** Cargo or container ship on the Gibraltar–Sicily through lane. */
    THROUGH_CARGO,
    /** Tanker on the through lane. */
    THROUGH_TANKER,
    /** Passenger ferry between an Algerian port and the northern shore. */
    FERRY,
    /** Cargo ship that enters from the through lane, calls at a port and leaves. */
    PORT_CALL,
    /** Tanker waiting at anchor off an oil or gas terminal. */
    ANCHORED_TANKER,
    /** Fishing vessel working a ground near the coast. */
    FISHING,
    /** Pleasure craft near the Balearics and the northern shore. */
    PLEASURE,
    /** A vessel that a scenario adds. */
    SCENARIO
}
