package io.jisr.app.http;

import java.time.Instant;
import java.util.List;

/**
 * One vessel's history over a time range, oldest first.
 *
 * @param mmsi the vessel
 * @param from start of the range (inclusive)
 * @param to end of the range (inclusive)
 * @param count how many points follow
 * @param points the positions, thinned evenly to at most the requested number (first and last kept)
 */
record TrackJson(int mmsi, Instant from, Instant to, int count, List<FixJson> points) {}
