package io.jisr.app.http;

import java.util.List;

/**
 * A list of vessels: the answer to a box query or a search.
 *
 * @param count how many vessels the list holds
 * @param truncated whether more matched than the limit allowed
 * @param vessels the vessels, most relevant first (box: most recently heard; search: best match)
 */
record VesselsJson(int count, boolean truncated, List<VesselJson> vessels) {}
