/**
 * The geography detectors need: distance from shore and the ports and anchorages of the region, from
 * datasets bundled with the module (provenance in {@code docs/detections.md} and {@code tools/shore}).
 */
package io.jisr.detect.geo;
