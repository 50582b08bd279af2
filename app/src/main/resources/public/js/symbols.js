// What a station looks like on the map: colour by ship category (kind for stations that are not
// ships), shape by what it is and whether its direction is known.

/** Broad ship categories as the API names them, in the order the legend and filters list them. */
export const CATEGORIES = [
  'CARGO', 'TANKER', 'PASSENGER', 'FISHING', 'HIGH_SPEED', 'PLEASURE_AND_SAILING', 'TUG_AND_SPECIAL',
  'MILITARY_AND_LAW_ENFORCEMENT', 'SEARCH_AND_RESCUE', 'OTHER', 'UNKNOWN',
];

// Mid-saturation colours that stay apart on both the light and the dark sea, and apart for the
// common red-green deficiency where it matters most (tankers vs cargo differ in lightness too).
const CATEGORY_COLOURS = {
  CARGO: '#4f9a5a',
  TANKER: '#c8504a',
  PASSENGER: '#3f7fd0',
  FISHING: '#e0913a',
  HIGH_SPEED: '#d8c03c',
  PLEASURE_AND_SAILING: '#a46fc4',
  TUG_AND_SPECIAL: '#3cb0b0',
  MILITARY_AND_LAW_ENFORCEMENT: '#7d8a48',
  SEARCH_AND_RESCUE: '#ef5a9a',
  OTHER: '#a08c6e',
  UNKNOWN: '#8d96a0',
};

const KIND_COLOURS = {
  AID_TO_NAVIGATION: '#e6d24a',
  BASE_STATION: '#b0b8c0',
  SAR_AIRCRAFT: '#ef5a9a',
};

/** The fill colour of a station. */
export function colourOf(vessel) {
  return KIND_COLOURS[vessel.kind] ?? CATEGORY_COLOURS[vessel.category] ?? CATEGORY_COLOURS.UNKNOWN;
}

/** The colour of a category, for legends and filter swatches. */
export function categoryColour(category) {
  return CATEGORY_COLOURS[category] ?? CATEGORY_COLOURS.UNKNOWN;
}

/** Symbol shapes; every path is drawn around (0,0) with unit size, pointing north. */
export const SHAPES = {
  // A ship: pointed bow, square stern.
  heading: new Path2D('M0,-1 L0.55,0.75 L0,0.45 L-0.55,0.75 Z'),
  // Position without direction.
  circle: (() => { const p = new Path2D(); p.arc(0, 0, 0.5, 0, Math.PI * 2); return p; })(),
  diamond: new Path2D('M0,-0.75 L0.6,0 L0,0.75 L-0.6,0 Z'),
  square: new Path2D('M-0.5,-0.5 L0.5,-0.5 L0.5,0.5 L-0.5,0.5 Z'),
  // An aircraft seen from above: fuselage, wings, tail.
  aircraft: new Path2D('M0,-1 L0.12,-0.35 L0.9,0.05 L0.9,0.2 L0.12,0.02 L0.08,0.6 L0.35,0.85 L0.35,0.95 L0,0.85 L-0.35,0.95 L-0.35,0.85 L-0.08,0.6 L-0.12,0.02 L-0.9,0.2 L-0.9,0.05 L-0.12,-0.35 Z'),
};

/**
 * The shape and rotation (radians, clockwise from north) of a station: heading when reported, else
 * course over ground; aids to navigation and base stations have their own fixed symbols.
 */
export function symbolOf(vessel) {
  if (vessel.kind === 'AID_TO_NAVIGATION') return { shape: 'diamond', rotation: 0 };
  if (vessel.kind === 'BASE_STATION') return { shape: 'square', rotation: 0 };
  const p = vessel.position ?? {};
  const direction = p.headingDegrees ?? p.courseDegrees;
  if (vessel.kind === 'SAR_AIRCRAFT') return { shape: 'aircraft', rotation: ((direction ?? 0) * Math.PI) / 180 };
  // A vessel at rest reports a course that is noise: draw it as a position only.
  if (direction === undefined || (p.headingDegrees === undefined && (p.speedKnots ?? 0) < 0.5)) {
    return { shape: 'circle', rotation: 0 };
  }
  return { shape: 'heading', rotation: (direction * Math.PI) / 180 };
}
