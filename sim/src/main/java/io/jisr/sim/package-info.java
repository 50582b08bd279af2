/**
 * The traffic simulator: vessels with plausible identities sailing planned voyages, AIS reports at
 * the intervals of ITU-R M.1371-5, reception by shore stations, written as NMEA with tag blocks. Runs
 * on a simulated clock, deterministically for a given seed.
 */
package io.jisr.sim;
