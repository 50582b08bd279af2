/**
 * A generator of synthetic incident reports along the Algeria–Mali–Niger borders and in the Sahel, for
 * tests, demonstrations and benchmarks. Deterministic by seed; no real dataset went into it.
 */
package io.jisr.incident.sample;
