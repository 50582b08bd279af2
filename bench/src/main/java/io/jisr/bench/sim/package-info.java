/** Load tools for the traffic simulator: how fast it generates and how fast its load mode sends. */
package io.jisr.bench.sim;
