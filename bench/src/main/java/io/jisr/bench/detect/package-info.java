/** Benchmarks of the detection engine over realistic picture events. */
package io.jisr.bench.detect;
