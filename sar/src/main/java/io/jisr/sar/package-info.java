/**
 * Search and rescue: the Monte Carlo Leeway drift model ({@code drift}), the Leeway object table
 * ({@code leeway}), the wind and current it drifts in ({@code env}), the land it strands on ({@code land}),
 * what a coordinator reads from a run ({@code product}),
 * search planning ({@code plan}) and the SAR case with its log ({@code cases}). Plain Java; see {@code docs/sar.md}.
 */
package io.jisr.sar;
