/** Benchmarks of the incident map and timeline queries over 50,000 synthetic reports. */
package io.jisr.bench.incident;
