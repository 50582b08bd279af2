// Spherical-earth geometry for the measuring tool and the map (mean radius, as the node's SphericalEarth).

export const EARTH_RADIUS_METRES = 6371008.8;
export const METRES_PER_NAUTICAL_MILE = 1852;
const RAD = Math.PI / 180;

/** Great-circle distance in metres between two {lat, lng} points (haversine). */
export function distanceMetres(a, b) {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lng - a.lng) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Initial true bearing in degrees [0, 360) from `a` to `b` along the great circle. */
export function initialBearingDegrees(a, b) {
  const φ1 = a.lat * RAD;
  const φ2 = b.lat * RAD;
  const Δλ = (b.lng - a.lng) * RAD;
  const y = Math.sin(Δλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
  return (Math.atan2(y, x) / RAD + 360) % 360;
}

/** Points along the great circle from `a` to `b` (inclusive), so the line drawn on Mercator is true. */
export function greatCirclePoints(a, b, segments = 64) {
  const φ1 = a.lat * RAD, λ1 = a.lng * RAD, φ2 = b.lat * RAD, λ2 = b.lng * RAD;
  const δ = distanceMetres(a, b) / EARTH_RADIUS_METRES;
  if (δ < 1e-9) return [a, b];
  const points = [];
  for (let i = 0; i <= segments; i++) {
    const f = i / segments;
    const A = Math.sin((1 - f) * δ) / Math.sin(δ);
    const B = Math.sin(f * δ) / Math.sin(δ);
    const x = A * Math.cos(φ1) * Math.cos(λ1) + B * Math.cos(φ2) * Math.cos(λ2);
    const y = A * Math.cos(φ1) * Math.sin(λ1) + B * Math.cos(φ2) * Math.sin(λ2);
    const z = A * Math.sin(φ1) + B * Math.sin(φ2);
    let lng = Math.atan2(y, x) / RAD;
    // Keep the line continuous across the antimeridian instead of jumping back across the map.
    if (points.length) {
      const previous = points[points.length - 1].lng;
      while (lng - previous > 180) lng -= 360;
      while (lng - previous < -180) lng += 360;
    }
    points.push({ lat: Math.atan2(z, Math.sqrt(x * x + y * y)) / RAD, lng });
  }
  return points;
}

/** Web Mercator of a position as fractions of the world square: x east from 180°W, y south from the top. */
export function mercator(lat, lon) {
  const clamped = Math.max(-85.0511287798, Math.min(85.0511287798, lat));
  const s = Math.sin(clamped * RAD);
  return { x: (lon + 180) / 360, y: 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI) };
}
