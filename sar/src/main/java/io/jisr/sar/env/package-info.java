/**
 * The wind and current a drift runs in: {@link io.jisr.sar.env.VectorField}s that are constant, a time
 * series at one point (CSV) or gridded (CF NetCDF-4 forecast files), combined in an
 * {@link io.jisr.sar.env.Environment}. Every field says what area and time it covers; asking outside it
 * is an operator error with a clear message.
 */
package io.jisr.sar.env;
