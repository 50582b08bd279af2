/**
 * In-memory queries for the map and the timeline: filters (type, actor, period, minimum grading,
 * country, source nation, area), weekly counts by type, and grid clustering for a zoom level, over a
 * snapshot held as primitive arrays so that 50,000 reports answer in a few milliseconds.
 */
package io.jisr.incident.query;
