/**
 * Alerts as a domain model: rules that choose which detections become alerts and how severe, the
 * alert lifecycle (new, acknowledged with a comment, closed) and the book that turns a stream of
 * detection changes into one alert per situation. No storage and no delivery: the app wires those.
 */
package io.jisr.detect.alert;
