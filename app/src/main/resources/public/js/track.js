// A station's history from GET /api/vessels/{mmsi}/track: a line on the map for a chosen period, and
// a time slider that moves a marker along it.
import { L } from './map.js';
import { api } from './api.js';
import { byId } from './dom.js';
import { t, formatNumber, formatDateTime } from './i18n.js';
import { knots } from './format.js';

export class TrackView {
  constructor(map, onError) {
    this.map = map;
    this.onError = onError;
    this.points = [];
    this.line = null;
    this.marker = null;
    this.vessel = null;
    this.range = byId('track-range');
    this.message = byId('track-message');
    this.sliderBox = byId('track-slider-box');
    this.slider = byId('track-slider');
    this.pointText = byId('track-point');
    this.custom = byId('track-custom');
    this.from = byId('track-from');
    this.to = byId('track-to');
    this.range.addEventListener('change', () => this.toggleCustom());
    byId('track-show').addEventListener('click', () => this.show());
    byId('track-clear').addEventListener('click', () => this.clear());
    this.slider.addEventListener('input', () => this.moveTo(Number(this.slider.value)));
  }

  /** The station whose track the buttons refer to; clears the previous station's track. */
  setVessel(vessel) {
    if (this.vessel?.mmsi !== vessel?.mmsi) {
      this.clear();
      this.vessel = vessel;
      this.prefillCustom();
    }
    this.vessel = vessel;
  }

  /** Chosen times start as the day before the station's last report, which is always worth seeing. */
  prefillCustom() {
    if (!this.vessel?.lastSeen) return;
    const to = new Date(this.vessel.lastSeen);
    this.to.value = utcField(to);
    this.from.value = utcField(new Date(to.getTime() - 24 * 3600e3));
  }

  /** Shows the track between two times (an alert's period) through the chosen-times fields. */
  showBetween(from, to) {
    this.range.value = 'custom';
    this.toggleCustom();
    this.from.value = utcField(from);
    this.to.value = utcField(new Date(to.getTime() + 60e3));
    return this.show();
  }

  toggleCustom() {
    this.custom.hidden = this.range.value !== 'custom';
  }

  /** The period asked for: a preset ending at the last report, or the chosen UTC times. */
  period() {
    if (this.range.value === 'custom') {
      const from = fromUtcField(this.from.value);
      const to = fromUtcField(this.to.value);
      return from && to && from <= to ? { from, to } : null;
    }
    // Picture times are message times: a period ends at the station's last report, so a replayed
    // recording from the past shows its track too.
    const to = new Date(this.vessel.lastSeen);
    return { from: new Date(to.getTime() - Number(this.range.value) * 3600e3), to };
  }

  async show() {
    if (!this.vessel) return;
    const period = this.period();
    if (!period) {
      this.message.textContent = t('track.badRange');
      return;
    }
    const { from, to } = period;
    this.message.textContent = t('track.loading');
    try {
      const answer = await api.get(`/api/vessels/${this.vessel.mmsi}/track`, {
        from: from.toISOString(), to: to.toISOString(), maxPoints: 5000,
      });
      this.draw(answer.points.filter((p) => !p.suspect));
    } catch (e) {
      this.message.textContent = '';
      this.onError(e);
    }
  }

  draw(points) {
    this.clear();
    this.points = points;
    if (!points.length) {
      this.message.textContent = t('track.empty');
      return;
    }
    this.message.textContent = t('track.count', { count: formatNumber(points.length) });
    const latlngs = points.map((p) => [p.lat, p.lon]);
    const colour = getComputedStyle(document.documentElement).getPropertyValue('--accent').trim();
    this.line = L.polyline(latlngs, { color: colour, weight: 2.5, opacity: 0.9, interactive: false }).addTo(this.map);
    this.marker = L.circleMarker(latlngs[latlngs.length - 1], {
      radius: 6, color: colour, weight: 2, fillColor: '#ffffff', fillOpacity: 1, interactive: false,
    }).addTo(this.map);
    this.slider.max = String(points.length - 1);
    this.slider.value = String(points.length - 1);
    this.sliderBox.hidden = false;
    this.moveTo(points.length - 1);
    if (points.length > 1) this.map.fitBounds(this.line.getBounds(), { padding: [40, 40], maxZoom: 13 });
  }

  moveTo(index) {
    const p = this.points[index];
    if (!p) return;
    this.marker.setLatLng([p.lat, p.lon]);
    this.pointText.textContent = t('track.point', {
      time: formatDateTime(p.time), speed: knots(p.speedKnots), index: formatNumber(index + 1), count: formatNumber(this.points.length),
    });
    this.slider.setAttribute('aria-valuetext', formatDateTime(p.time));
  }

  clear() {
    this.line?.remove();
    this.marker?.remove();
    this.line = null;
    this.marker = null;
    this.points = [];
    this.sliderBox.hidden = true;
    this.message.textContent = '';
  }
}

/** A datetime-local value (no zone) for a time, read as UTC: the watch works in UTC. */
function utcField(date) {
  return date.toISOString().slice(0, 16);
}

function fromUtcField(value) {
  if (!value) return null;
  const date = new Date(value.length === 16 ? `${value}:00Z` : `${value}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}
