/**
 * The Leeway search-object categories and their published drift coefficients (Allen &amp; Plourde 1999,
 * Allen 2005, as tabulated for SAROPS and OpenDrift). {@link io.jisr.sar.leeway.LeewayObjects#bundled()}
 * holds the 85 categories; the table's provenance is in {@code leeway-objects.md} beside it.
 */
package io.jisr.sar.leeway;
