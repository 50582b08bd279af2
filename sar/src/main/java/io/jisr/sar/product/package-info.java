/**
 * What a coordinator reads from a drift: the datum and drift error, the spread downwind and crosswind
 * ({@link io.jisr.sar.product.DriftSummary}), and the probability grid with its smallest areas holding a
 * chosen share of the probability ({@link io.jisr.sar.product.ProbabilityGrid}).
 */
package io.jisr.sar.product;
