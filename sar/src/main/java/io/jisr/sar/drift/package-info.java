/**
 * The Monte Carlo Leeway drift model: a {@link io.jisr.sar.drift.DriftRequest} (object, seeding, period,
 * step, particles, seed) run by {@link io.jisr.sar.drift.DriftModel} in an environment gives a
 * {@link io.jisr.sar.drift.DriftResult} of particle positions at each output time. Conventions and
 * references: {@code docs/sar.md}.
 */
package io.jisr.sar.drift;
