/** Benchmarks of the Leeway drift model (the {@code sar} module). */
package io.jisr.bench.drift;
