/** Incidents as a GeoJSON (RFC 7946) feature collection for maps and GIS tools, written by hand with JSON escaping. */
package io.jisr.incident.geojson;
