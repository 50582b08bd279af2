/**
 * Zones: named polygons (territorial sea, contiguous zone, EEZ, SAR region, port, operator-drawn),
 * a spatial index that finds the zones containing a point, and the import of zones from hostile
 * GeoJSON with errors that say where.
 */
package io.jisr.detect.zone;
