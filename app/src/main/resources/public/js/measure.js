// The measuring tool: click a start and an end; shows great-circle distance in nautical miles and
// kilometres and the initial true bearing. Escape or the button ends it.
import { L } from './map.js';
import { byId } from './dom.js';
import { t, formatNumber } from './i18n.js';
import { distanceMetres, initialBearingDegrees, greatCirclePoints, METRES_PER_NAUTICAL_MILE } from './geo.js';

export class MeasureTool {
  constructor(map) {
    this.map = map;
    this.button = byId('toggle-measure');
    this.output = byId('measure-result');
    this.start = null;
    this.line = null;
    this.button.addEventListener('click', () => (this.active() ? this.stop() : this.begin()));
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && this.active()) this.stop(); });
    map.on('click', (e) => this.click(e.latlng));
    map.on('mousemove', (e) => { if (this.start && !this.fixed) this.update(e.latlng); });
  }

  active() {
    return this.button.getAttribute('aria-pressed') === 'true';
  }

  begin() {
    this.button.setAttribute('aria-pressed', 'true');
    // The vessel layer leaves clicks to the tool while it measures.
    this.map.jisrMeasuring = true;
    this.map.getContainer().classList.add('measuring');
    this.output.hidden = false;
    this.output.textContent = t('measure.start');
  }

  stop() {
    this.button.setAttribute('aria-pressed', 'false');
    this.map.jisrMeasuring = false;
    this.map.getContainer().classList.remove('measuring');
    this.line?.remove();
    this.line = null;
    this.start = null;
    this.output.hidden = true;
  }

  click(latlng) {
    if (!this.active()) return;
    if (!this.start || this.fixed) {
      this.line?.remove();
      this.line = null;
      this.start = latlng;
      this.fixed = false;
      this.output.textContent = t('measure.end');
    } else {
      this.update(latlng);
      this.fixed = true;
    }
  }

  update(end) {
    const points = greatCirclePoints(this.start, end);
    if (!this.line) {
      const colour = getComputedStyle(document.documentElement).getPropertyValue('--focus').trim();
      this.line = L.polyline(points, { color: colour, weight: 2, dashArray: '6 4', interactive: false }).addTo(this.map);
    } else {
      this.line.setLatLngs(points);
    }
    const metres = distanceMetres(this.start, end);
    this.output.textContent = t('measure.result', {
      nm: formatNumber(metres / METRES_PER_NAUTICAL_MILE, 2, 2),
      km: formatNumber(metres / 1000, 2, 2),
      bearing: formatNumber(initialBearingDegrees(this.start, end), 1, 1),
    });
  }
}
