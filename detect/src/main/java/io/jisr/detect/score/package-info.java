/**
 * Scoring detections against ground truth: matching detected intervals to true ones and computing
 * precision and recall per detection kind, for tests against the traffic simulator.
 */
package io.jisr.detect.score;
