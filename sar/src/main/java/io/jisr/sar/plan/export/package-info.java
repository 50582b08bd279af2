/**
 * A search plan written out for others: GeoJSON (RFC 7946) for maps, KML 2.2 for Google Earth and GIS,
 * GPX 1.1 routes for aircraft and ship navigation systems, and the IAMSAR situation report (SITREP) in
 * English and French. Plain text writers; no JSON or XML library.
 */
package io.jisr.sar.plan.export;
