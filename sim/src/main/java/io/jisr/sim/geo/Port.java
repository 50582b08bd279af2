package io.jisr.sim.geo;

/**
 * A port the simulated traffic calls at.
 *
 * @param code short code used in routes and the lane file ({@code ALG})
 * @param unLocode the port's UN/LOCODE ({@code DZALG}), for identification
 * @param country ISO 3166-1 alpha-3 of the port's country
 * @param harbour approximate harbour position
 * @param approach name of the lane node seaward of the entrance where ships wait and moor in the model
 * @param name the port's name, ASCII, as an AIS destination field can carry it
 */
public record Port(String code, String unLocode, String country, GeoPoint harbour, String approach, String name) {}
