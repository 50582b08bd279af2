/**
 * Incident reports as CSV in the common conflict-event column layout (plus Jisr's columns for grading,
 * wounded, kidnapped, source nation and marking): an RFC 4180 reader that never throws on input and
 * reports each bad row with its line number, and the writer.
 */
package io.jisr.incident.csv;
