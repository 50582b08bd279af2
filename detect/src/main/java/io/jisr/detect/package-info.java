/**
 * Detections over the picture's events: AIS gaps, encounters, loitering, zone visits, port visits and
 * identity anomalies. Everything runs in message time, so replaying a recorded day raises the same
 * detections with the same times as receiving it live.
 */
package io.jisr.detect;
