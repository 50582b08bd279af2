/**
 * Search planning (IAMSAR Manual Vol. II): search areas drawn by hand or from a probability grid, search
 * assets and their corrected sweep widths, track spacing from coverage, the expanding-square, sector,
 * parallel-track and creeping-line patterns as waypoints, probability of detection and success with the
 * Bayesian update after an unsuccessful search, and the ranking of ships that can help. Writers for
 * GeoJSON, KML, GPX and the SITREP live in {@link io.jisr.sar.plan.export}.
 */
package io.jisr.sar.plan;
