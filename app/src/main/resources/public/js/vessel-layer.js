// The vessels on the map: one canvas over the map, redrawn in an animation frame, instead of one
// Leaflet marker per vessel (20,000 DOM markers would make panning crawl).
import * as L from '/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js';
import { SHAPES } from './symbols.js';

/** Below this zoom, symbols that would overlap share one place and show a count. */
const DECLUTTER_BELOW_ZOOM = 10;
const HIT_CELL_PX = 32;

/** Symbol size in CSS pixels: small for an ocean, ship-sized for a harbour. */
function symbolSize(zoom) {
  return Math.max(6, Math.min(18, 4 + zoom * 1.1));
}

export const VesselLayer = L.Layer.extend({
  initialize(store) {
    this._store = store;
    this._frame = 0;
    this._drawn = [];
    this._grid = new Map();
    this._selected = null;
    this._onStoreChange = () => this.redraw();
    store.onChange(this._onStoreChange);
  },

  onAdd(map) {
    this._canvas = L.DomUtil.create('canvas', 'jisr-vessel-canvas');
    this._canvas.setAttribute('aria-hidden', 'true');
    map.getContainer().appendChild(this._canvas);
    this._tooltip = L.DomUtil.create('div', 'vessel-tooltip', map.getContainer());
    this._tooltip.hidden = true;
    map.on('move resize zoomend viewreset', this.redraw, this);
    map.on('zoomstart', this._hide, this);
    map.on('click', this._click, this);
    map.on('mousemove', this._hover, this);
    map.on('mouseout', this._hideTooltip, this);
    this._resize();
    this.redraw();
  },

  onRemove(map) {
    map.off('move resize zoomend viewreset', this.redraw, this);
    map.off('zoomstart', this._hide, this);
    map.off('click', this._click, this);
    map.off('mousemove', this._hover, this);
    map.off('mouseout', this._hideTooltip, this);
    this._canvas.remove();
    this._tooltip.remove();
    if (this._frame) cancelAnimationFrame(this._frame);
  },

  /** Marks one station as selected (drawn with a ring), or none with null. */
  select(mmsi) {
    this._selected = mmsi;
    this.redraw();
  },

  /** Schedules a redraw in the next animation frame; several calls in one frame draw once. */
  redraw() {
    if (!this._map || this._frame) return;
    this._frame = requestAnimationFrame(() => {
      this._frame = 0;
      this._draw();
    });
  },

  /** The stations currently drawn (after decluttering), for tests and the vessel list. */
  drawnCount() {
    return this._drawn.length;
  },

  _hide() {
    // Leaflet animates the map panes during a zoom; the canvas is not one, so blank it until zoomend.
    const ctx = this._canvas.getContext('2d');
    ctx.clearRect(0, 0, this._canvas.width, this._canvas.height);
  },

  _resize() {
    const size = this._map.getSize();
    const ratio = window.devicePixelRatio || 1;
    if (this._canvas.width !== Math.round(size.x * ratio) || this._canvas.height !== Math.round(size.y * ratio)) {
      this._canvas.width = Math.round(size.x * ratio);
      this._canvas.height = Math.round(size.y * ratio);
      this._canvas.style.width = `${size.x}px`;
      this._canvas.style.height = `${size.y}px`;
    }
    return ratio;
  },

  _draw() {
    const started = performance.now();
    const map = this._map;
    const ratio = this._resize();
    const ctx = this._canvas.getContext('2d');
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this._canvas.width, this._canvas.height);

    const size = map.getSize();
    const zoom = map.getZoom();
    const worldPx = 256 * 2 ** zoom;
    const origin = map.getPixelBounds().min;
    const symbol = symbolSize(zoom);
    const declutter = zoom < DECLUTTER_BELOW_ZOOM;
    // A bin twice the symbol's size leaves space between symbols, so a dense sea stays legible.
    const cell = symbol * 2;
    const margin = symbol;
    const store = this._store;
    const now = store.pictureTimeMs();
    const colours = this._themeColours();

    // Pass 1: project and declutter. Stations come most recently heard first, so a shared place
    // shows the freshest report and counts the others.
    const drawn = [];
    const bins = declutter ? new Map() : null;
    for (const e of store.list()) {
      let x = e.x * worldPx - origin.x;
      const y = e.y * worldPx - origin.y;
      // The map may show the world more than once at low zoom: use the copy nearest the view.
      if (x < -margin) x += worldPx * Math.ceil((-margin - x) / worldPx);
      else if (x > size.x + margin) x -= worldPx * Math.ceil((x - size.x - margin) / worldPx);
      if (x < -margin || x > size.x + margin || y < -margin || y > size.y + margin) continue;
      if (bins) {
        const key = Math.floor(x / cell) * 100003 + Math.floor(y / cell);
        const bin = bins.get(key);
        if (bin) {
          bin.count++;
          continue;
        }
        const item = { e, x, y, count: 1 };
        bins.set(key, item);
        drawn.push(item);
      } else {
        drawn.push({ e, x, y, count: 1 });
      }
    }

    // Pass 2: draw, faded stations first so that live ones stay on top.
    ctx.lineWidth = 1 / symbol;
    ctx.strokeStyle = 'rgba(0,0,0,0.55)';
    for (const fadedPass of [true, false]) {
      ctx.globalAlpha = fadedPass ? 0.35 : 1;
      let colour = null;
      for (const item of drawn) {
        const stale = store.isStale(item.e, now);
        if (stale !== fadedPass) continue;
        const e = item.e;
        const path = SHAPES[e.shape];
        const cos = e.cos * symbol * ratio;
        const sin = e.sin * symbol * ratio;
        ctx.setTransform(cos, sin, -sin, cos, item.x * ratio, item.y * ratio);
        if (colour !== e.colour) ctx.fillStyle = colour = e.colour;
        ctx.fill(path);
        if (symbol >= 9) ctx.stroke(path);
      }
    }
    ctx.globalAlpha = 1;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);

    // Counts where decluttering merged stations.
    if (declutter) {
      ctx.font = '10px system-ui, sans-serif';
      ctx.textBaseline = 'middle';
      ctx.fillStyle = colours.text;
      for (const item of drawn) {
        if (item.count > 1) ctx.fillText(String(item.count), item.x + symbol * 0.6, item.y - symbol * 0.5);
      }
    }

    // The selected station, ringed.
    if (this._selected !== null) {
      const item = drawn.find((d) => d.e.mmsi === this._selected);
      if (item) {
        ctx.strokeStyle = colours.focus;
        ctx.lineWidth = 2.5;
        ctx.beginPath();
        ctx.arc(item.x, item.y, symbol, 0, Math.PI * 2);
        ctx.stroke();
      }
    }

    this._drawn = drawn;
    this._indexForHits(drawn);
    const took = performance.now() - started;
    this.fire('drawn', { count: drawn.length, total: store.size, millis: took, version: store.version });
  },

  /** The theme's text and focus colours, read from CSS once per theme (reading styles costs a layout). */
  _themeColours() {
    const theme = document.documentElement.dataset.theme;
    if (!this._colours || this._colours.theme !== theme) {
      const style = getComputedStyle(document.documentElement);
      this._colours = {
        theme,
        text: style.getPropertyValue('--text').trim() || '#222',
        focus: style.getPropertyValue('--focus').trim() || '#f0a500',
      };
    }
    return this._colours;
  },

  _indexForHits(drawn) {
    const grid = new Map();
    for (const item of drawn) {
      const key = Math.floor(item.x / HIT_CELL_PX) * 100003 + Math.floor(item.y / HIT_CELL_PX);
      let list = grid.get(key);
      if (!list) grid.set(key, (list = []));
      list.push(item);
    }
    this._grid = grid;
  },

  /** The drawn station nearest `point` (container pixels) within its symbol, or null. */
  stationAt(point) {
    const reach = symbolSize(this._map.getZoom()) * 0.8 + 3;
    const cx = Math.floor(point.x / HIT_CELL_PX);
    const cy = Math.floor(point.y / HIT_CELL_PX);
    let best = null;
    let bestDistance = reach * reach;
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        for (const item of this._grid.get(gx * 100003 + gy) ?? []) {
          const d = (item.x - point.x) ** 2 + (item.y - point.y) ** 2;
          if (d <= bestDistance) {
            best = item;
            bestDistance = d;
          }
        }
      }
    }
    return best;
  },

  _click(event) {
    if (this._map.jisrMeasuring) return;
    const hit = this.stationAt(event.containerPoint);
    if (hit) this.fire('vesselclick', { mmsi: hit.e.mmsi, vessel: hit.e.vessel });
  },

  _hover(event) {
    const hit = this.stationAt(event.containerPoint);
    this._map.getContainer().classList.toggle('over-vessel', Boolean(hit));
    if (!hit) {
      this._hideTooltip();
      return;
    }
    const v = hit.e.vessel;
    // textContent: the name is whatever the transponder sent.
    this._tooltip.textContent = (v.name ?? String(v.mmsi)) + (hit.count > 1 ? ` (+${hit.count - 1})` : '');
    this._tooltip.hidden = false;
    this._tooltip.style.left = `${hit.x + 12}px`;
    this._tooltip.style.top = `${hit.y - 28}px`;
  },

  _hideTooltip() {
    if (this._tooltip) this._tooltip.hidden = true;
  },
});
