// Keeps the vessel store in step with the map: the viewport's vessels from /api/vessels after each
// move (debounced, the previous request aborted), then the live view's snapshots and updates.
import { api } from './api.js';

const MOVE_DEBOUNCE_MS = 250;
/** The API's largest answer; a viewport with more shows the most recently heard. */
export const VIEWPORT_LIMIT = 50000;

/** [south, west, north, east] of the map's view, longitudes wrapped into -180..180. */
export function viewportBox(map) {
  const b = map.getBounds();
  const south = Math.max(-90, b.getSouth());
  const north = Math.min(90, b.getNorth());
  if (b.getEast() - b.getWest() >= 360) return [south, -180, north, 180];
  const wrap = (lon) => ((((lon + 180) % 360) + 360) % 360) - 180;
  // West greater than east after wrapping means the view crosses the antimeridian; the API accepts that.
  return [south, wrap(b.getWest()), north, wrap(b.getEast())];
}

const VIEW_KEY = 'jisr.view';

/**
 * Turns the rows of a `format=compact` answer into vessel objects shaped like the full vessel JSON
 * (with only the map's fields), so the store, the layer and the list need not know the difference.
 */
export function fromRows(answer) {
  const at = Object.fromEntries(answer.fields.map((name, index) => [name, index]));
  return answer.vessels.map((row) => {
    const position = { lat: row[at.lat], lon: row[at.lon] };
    if (row[at.speedKnots] !== null) position.speedKnots = row[at.speedKnots];
    if (row[at.courseDegrees] !== null) position.courseDegrees = row[at.courseDegrees];
    if (row[at.headingDegrees] !== null) position.headingDegrees = row[at.headingDegrees];
    const vessel = { mmsi: row[at.mmsi], kind: row[at.kind], category: row[at.category], lastSeen: row[at.lastSeen], position };
    if (row[at.name] !== null) vessel.name = row[at.name];
    if (row[at.flag] !== null) vessel.flag = { iso3: row[at.flag] };
    // Partner nodes it was received from, comma-separated (a node before the column existed has none).
    if (at.partners !== undefined && row[at.partners] !== null) vessel.partners = row[at.partners].split(',');
    return vessel;
  });
}

/**
 * The smallest box around `positions`, as Leaflet bounds. Longitudes are tried both as -180..180 and
 * as 0..360, and the narrower kept, so traffic on both sides of the antimeridian is one box, not the
 * whole world.
 */
export function extent(positions) {
  const points = positions.filter(Boolean);
  if (!points.length) return null;
  const span = (lons) => [Math.min(...lons), Math.max(...lons)];
  const lats = points.map((p) => p.lat);
  const plain = span(points.map((p) => p.lon));
  const shifted = span(points.map((p) => (p.lon < 0 ? p.lon + 360 : p.lon)));
  const [west, east] = shifted[1] - shifted[0] < plain[1] - plain[0] ? shifted : plain;
  return [[Math.min(...lats), west], [Math.max(...lats), east]];
}

export class PictureFeed {
  constructor(map, store, live, onError) {
    this.map = map;
    this.store = store;
    this.live = live;
    this.onError = onError;
    this.query = {};
    this.controller = null;
    this.timer = 0;
    this.truncated = false;
    this.loads = 0;
    map.on('moveend', () => {
      localStorage.setItem(VIEW_KEY, JSON.stringify({ center: map.getCenter(), zoom: map.getZoom() }));
      this.scheduleLoad();
    });
  }

  /**
   * Puts the map where the watch officer left it, or, on a first visit, around the stations the node
   * knows (most recently heard first), so that a fresh console shows traffic wherever it is.
   */
  async initialView() {
    const saved = localStorage.getItem(VIEW_KEY);
    if (saved) {
      try {
        const { center, zoom } = JSON.parse(saved);
        this.map.setView(center, zoom, { animate: false });
        return;
      } catch {
        localStorage.removeItem(VIEW_KEY);
      }
    }
    try {
      const answer = await api.get('/api/vessels', { limit: 2000, format: 'compact' });
      const bounds = extent(fromRows(answer).map((v) => v.position));
      if (bounds) this.map.fitBounds(bounds, { animate: false, maxZoom: 9, padding: [20, 20] });
    } catch (e) {
      this.onError(e);
    }
  }

  /** Sets the filter parameters of /api/vessels (already validated) and reloads. */
  setQuery(query) {
    this.query = query;
    this.load();
  }

  scheduleLoad() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.load(), MOVE_DEBOUNCE_MS);
  }

  /** Loads the viewport now, abandoning a load still under way. */
  async load() {
    clearTimeout(this.timer);
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const bbox = viewportBox(this.map);
    this.live.setViewport(bbox);
    const n = ++this.loads;
    performance.mark(`jisr:vessels-requested:${n}`);
    try {
      const answer = await api.get('/api/vessels', {
        ...this.query, bbox: bbox.join(','), limit: VIEWPORT_LIMIT, format: 'compact',
      }, { signal: controller.signal });
      performance.mark(`jisr:vessels-received:${n}`);
      this.truncated = answer.truncated;
      this.store.replaceAll(fromRows(answer));
      this.markRendered(n);
    } catch (e) {
      if (e.name !== 'AbortError') this.onError(e);
    }
  }

  /**
   * Marks when the vessels of load `n` are on the canvas: the frame after the store change draws
   * them, and a second frame has them painted. The browser tests read these measures.
   */
  markRendered(n) {
    requestAnimationFrame(() => requestAnimationFrame(() => {
      performance.mark(`jisr:vessels-rendered:${n}`);
      performance.measure('jisr:viewport-load', `jisr:vessels-requested:${n}`, `jisr:vessels-rendered:${n}`);
      document.documentElement.dataset.vesselsLoaded = String(n);
    }));
  }

  /** The live view's snapshot: stations the REST answer may lack (newer), merged, not replacing. */
  snapshot(message) {
    // A snapshot holds at most 5000 stations and ignores filters, while the REST answer holds up to
    // 50,000 filtered ones: merging keeps the larger, filtered view and takes the fresher positions.
    this.store.upsert(message.vessels);
  }

  update(message) {
    this.store.upsert(message.vessels ?? []);
    this.store.remove(message.removed ?? []);
  }
}
