// The stations the map shows: the viewport's answer from /api/vessels, kept current by the live view.
import { mercator } from './geo.js';
import { colourOf, symbolOf } from './symbols.js';

/** Default stale threshold of the node's picture (picture.staleAfter, PT30M). */
export const DEFAULT_STALE_AFTER_MS = 30 * 60 * 1000;

/**
 * One station as the map draws it: the API's vessel JSON plus its Web Mercator position, time,
 * symbol and colour worked out once per report, so that a frame of 20,000 stations does no parsing
 * or trigonometry.
 */
function entry(vessel) {
  const { x, y } = mercator(vessel.position.lat, vessel.position.lon);
  const { shape, rotation } = symbolOf(vessel);
  return {
    vessel, mmsi: vessel.mmsi, x, y, lastSeenMs: Date.parse(vessel.lastSeen), stale: false,
    shape, cos: Math.cos(rotation), sin: Math.sin(rotation), colour: colourOf(vessel),
  };
}

export class VesselStore {
  constructor() {
    this.byMmsi = new Map();
    this.ordered = null;
    this.latest = null;
    this.version = 0;
    this.filter = () => true;
    this.staleAfterMs = DEFAULT_STALE_AFTER_MS;
    this.listeners = new Set();
  }

  /** Calls `listener(store)` after every change. */
  onChange(listener) {
    this.listeners.add(listener);
  }

  changed() {
    this.ordered = null;
    this.latest = null;
    this.version++;
    for (const listener of this.listeners) listener(this);
  }

  /** Keeps only stations for which `predicate(vessel)` holds, now and in later updates. */
  setFilter(predicate) {
    this.filter = predicate;
  }

  /** Replaces everything with `vessels` (an answer of /api/vessels). */
  replaceAll(vessels) {
    this.byMmsi.clear();
    for (const v of vessels) {
      if (v.position && this.filter(v)) this.byMmsi.set(v.mmsi, entry(v));
    }
    this.changed();
  }

  /** Adds or replaces `vessels` (from the live view); those the filter refuses are dropped. */
  upsert(vessels) {
    if (!vessels.length) return;
    const fresh = [];
    for (const v of vessels) {
      if (v.position && this.filter(v)) {
        const e = entry(v);
        this.byMmsi.set(v.mmsi, e);
        fresh.push(e);
      } else {
        this.byMmsi.delete(v.mmsi);
      }
    }
    // Updates are the latest reports: put them first instead of sorting 20,000 stations again
    // (a full sort per update was a measurable part of the main thread's time in the browser test).
    const ordered = this.ordered;
    const touched = new Set(vessels.map((v) => v.mmsi));
    fresh.sort((a, b) => b.lastSeenMs - a.lastSeenMs);
    this.changed();
    if (ordered) this.ordered = fresh.concat(ordered.filter((e) => !touched.has(e.mmsi)));
  }

  /**
   * Applies the live view's removals: a station that left the viewport goes; one that went stale in
   * the node's picture stays, drawn faded, because the watch wants to see where it was last.
   */
  remove(removed) {
    for (const r of removed) {
      if (r.reason === 'STALE') {
        const e = this.byMmsi.get(r.mmsi);
        if (e) e.stale = true;
      } else {
        this.byMmsi.delete(r.mmsi);
      }
    }
    if (removed.length) this.changed();
  }

  /** One station, or undefined. */
  get(mmsi) {
    return this.byMmsi.get(mmsi);
  }

  /**
   * The picture's time: the latest report seen. Picture times are message times, so a replayed
   * recording is judged by its own clock rather than the browser's.
   */
  pictureTimeMs() {
    if (this.latest === null) {
      let latest = 0;
      for (const e of this.byMmsi.values()) if (e.lastSeenMs > latest) latest = e.lastSeenMs;
      this.latest = latest;
    }
    return this.latest;
  }

  /** Whether a station counts as stale: marked so by the node, or not heard for the stale time. */
  isStale(e, pictureTimeMs) {
    return e.stale || pictureTimeMs - e.lastSeenMs > this.staleAfterMs;
  }

  /** All stations, most recently heard first (the order decluttering keeps). */
  list() {
    if (!this.ordered) {
      this.ordered = Array.from(this.byMmsi.values()).sort((a, b) => b.lastSeenMs - a.lastSeenMs);
    }
    return this.ordered;
  }

  get size() {
    return this.byMmsi.size;
  }
}
