/**
 * Detections and alerts in the running node: the detection engine on a thread of its own behind the
 * ingest thread, the alert book, write-behind storage of alerts and the listeners that push them live.
 */
package io.jisr.app.alerts;
