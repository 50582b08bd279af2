/**
 * JMH benchmarks of the codec on the recorded real data, run by hand; results and the commands that
 * produced them are in {@code docs/performance.md}.
 */
package io.jisr.bench;
