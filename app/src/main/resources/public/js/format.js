// Display formats for positions and vessel values, localised through i18n.
import { t, formatNumber } from './i18n.js';

/** Decimal degrees, five decimals (about a metre): "36.75120, 3.04210". */
export function decimalPosition(lat, lon) {
  return `${formatNumber(lat, 5, 5)}, ${formatNumber(lon, 5, 5)}`;
}

function degreesMinutes(value, positive, negative, degreeDigits) {
  const hemisphere = value < 0 ? negative : positive;
  const absolute = Math.abs(value);
  let degrees = Math.floor(absolute);
  let minutes = (absolute - degrees) * 60;
  // 59.9996' rounds to 60.000': carry into the degrees instead of showing it.
  if (Number(minutes.toFixed(3)) >= 60) {
    degrees += 1;
    minutes = 0;
  }
  return `${formatNumber(degrees, 0, 0, degreeDigits)}°${formatNumber(minutes, 3, 3, 2)}′ ${hemisphere}`;
}

/** Degrees and decimal minutes, as on a chart: "36°45.072′ N 003°02.526′ E". */
export function degreesMinutesPosition(lat, lon) {
  return `${degreesMinutes(lat, t('compass.N'), t('compass.S'), 2)} ${degreesMinutes(lon, t('compass.E'), t('compass.W'), 3)}`;
}

/** "12.3 kn", or a dash when not reported. */
export function knots(value) {
  return value === undefined || value === null ? '—' : t('unit.knots', { value: formatNumber(value, 1, 1) });
}

/** "123.4°", or a dash. */
export function degrees(value, digits = 1) {
  return value === undefined || value === null ? '—' : `${formatNumber(value, digits, digits)}°`;
}

/** The vessel's name, or its MMSI when it never sent a name. */
export function vesselName(vessel) {
  return vessel.name ?? t('vessel.unnamed', { mmsi: vessel.mmsi });
}
