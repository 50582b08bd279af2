package io.jisr.picture;

import io.jisr.ais.identity.Mmsi;

/**
 * One position of one station in history.
 *
 * @param mmsi the station
 * @param fix the position report, marked suspect when it implied an impossible jump
 */
public record TrackPoint(Mmsi mmsi, PositionFix fix) {}
