/**
 * Scenarios: events added to the background traffic (a vessel going dark, a rendezvous at sea,
 * loitering, a zone entry, false positions, a shared MMSI, a small boat in distress), compiled into
 * simulated vessels, with the ground truth of what happened and when for detection tests to score
 * against. The model is format-neutral; the application reads it from YAML.
 */
package io.jisr.sim.scenario;
