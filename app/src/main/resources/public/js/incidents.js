// Incidents: the analysts' security-incident reports on the map (clusters sized by count, refreshed as
// the map moves and zooms; a heat layer of small cells on demand), a weekly timeline by type whose bars
// filter the map to that week, filters shared by map, timeline and lists, the latest reports and the
// review queue opening the report page, CSV import (analysts) with every refused row listed by line,
// and export.
import { L } from './map.js';
import { api } from './api.js';
import { el, byId, clear, bindToggle } from './dom.js';
import { t, formatNumber } from './i18n.js';
import { IncidentDesk, partnerBadge } from './incident-report.js';

const TYPE_COLOURS = {
  ARMED_CLASH: '#c0392b',
  ATTACK_ON_CIVILIANS: '#8e44ad',
  EXPLOSION_REMOTE_VIOLENCE: '#d35400',
  ABDUCTION: '#2c3e50',
  BORDER_INCIDENT: '#16a085',
  SMUGGLING_INTERDICTION: '#27ae60',
  ARREST: '#2980b9',
  DEMONSTRATION: '#f39c12',
  OTHER_DEVELOPMENT: '#7f8c8d',
};

export class IncidentsPanel {
  constructor(map, canImport, onError) {
    this.map = map;
    this.onError = onError;
    this.week = null;
    this.layer = L.layerGroup();
    // Thousands of heat cells: one canvas rather than one SVG element each, in a pane of its own under
    // the clusters that lets clicks through (a canvas on top would swallow the clicks on the clusters).
    const heatPane = map.createPane('incident-heat');
    heatPane.style.zIndex = '350';
    heatPane.style.pointerEvents = 'none';
    this.heat = L.layerGroup();
    this.heatRenderer = L.canvas({ padding: 0.2, pane: 'incident-heat' });
    this.canWrite = canImport;
    this.desk = new IncidentDesk(canImport, () => this.refresh(), onError);
    this.section = byId('incidents');
    this.timeline = byId('incident-timeline');
    this.message = byId('incident-message');
    byId('incident-import').hidden = !canImport;
    bindToggle(byId('toggle-incidents'), this.section);
    byId('toggle-incidents').addEventListener('click', () => this.shown());
    byId('incident-filters').addEventListener('change', () => { this.week = null; this.refresh(); });
    byId('incident-actor').addEventListener('input', (e) => this.suggestActors(e.target.value));
    byId('incident-f-actor-new').addEventListener('input', (e) => this.suggestActors(e.target.value));
    byId('incident-import').addEventListener('submit', (e) => { e.preventDefault(); this.importFile(); });
    map.on('moveend', () => {
      if (!this.section.hidden) {
        this.loadClusters();
        this.loadHeat();
      }
    });
    // A report opened from elsewhere (a link on a report page, a test) goes through here.
    this.open = (id) => this.desk.show(id);
  }

  shown() {
    if (this.section.hidden) {
      this.layer.remove();
      this.heat.remove();
    } else {
      this.layer.addTo(this.map);
      this.heat.addTo(this.map);
      this.refresh();
    }
  }

  /** The filters as query parameters; a chosen week narrows the period to it. */
  query() {
    const q = {
      type: byId('incident-type').value,
      from: byId('incident-from').value,
      to: byId('incident-to').value,
      minGrading: byId('incident-grading').value,
      country: byId('incident-country').value.trim(),
      actor: byId('incident-actor').value.trim(),
      sourceNation: byId('incident-nation').value.trim(),
    };
    if (this.week) {
      q.from = this.week.monday;
      q.to = addDays(this.week.monday, 6);
    }
    return q;
  }

  refresh() {
    this.loadClusters();
    this.loadHeat();
    this.loadTimeline();
    this.loadList();
    if (this.canWrite) this.loadQueue();
    const params = new URLSearchParams(Object.entries(this.query()).filter(([, v]) => v));
    byId('incident-export-csv').href = `/api/incidents?${params}&format=csv&limit=100000`;
    byId('incident-export-geojson').href = `/api/incidents?${params}&format=geojson&limit=100000`;
  }

  async loadClusters() {
    try {
      const started = performance.now();
      const answer = await api.get('/api/incidents/clusters', { ...this.query(), zoom: this.map.getZoom(), bbox: this.viewBox() });
      this.layer.clearLayers();
      let total = 0;
      for (const c of answer.clusters) {
        total += c.count;
        const main = Object.entries(c.byType).sort((a, b) => b[1] - a[1])[0]?.[0];
        const marker = L.circleMarker([c.lat, c.lon], {
          radius: Math.min(28, 5 + 3 * Math.sqrt(c.count)), color: '#fff', weight: 1.5,
          fillColor: TYPE_COLOURS[main] ?? '#7f8c8d', fillOpacity: 0.8,
        });
        marker.bindTooltip(t('incidents.cluster', { count: formatNumber(c.count), killed: formatNumber(c.knownKilled) }));
        // One report: its page; several: zoom in towards them.
        marker.on('click', () => (c.id
          ? this.desk.show(c.id)
          : this.map.setView([c.lat, c.lon], Math.min(this.map.getZoom() + 2, 12))));
        marker.addTo(this.layer);
      }
      document.documentElement.dataset.incidentClustersMs = String(Math.round(performance.now() - started));
      byId('incident-count').textContent = t('incidents.count', { count: formatNumber(total) });
      document.documentElement.dataset.incidentClusters = String(answer.clusters.length);
      document.documentElement.dataset.incidentsShown = String(total);
    } catch (e) {
      this.onError(e);
    }
  }

  /**
   * The map's view and a margin as `s,w,n,e`, so that clusters and heat cells stay as many as the screen
   * holds however many reports there are; none when the view wraps round the antimeridian.
   */
  viewBox() {
    const b = this.map.getBounds().pad(0.1);
    const w = b.getWest();
    const e = b.getEast();
    if (w < -180 || e > 180) return undefined;
    return [Math.max(-90, b.getSouth()), w, Math.min(90, b.getNorth()), e].map((v) => v.toFixed(4)).join(',');
  }

  /** The heat layer: report counts in small cells, drawn on one canvas, shaded by count against the densest cell. */
  async loadHeat() {
    if (!byId('incident-heat').checked) {
      this.heat.clearLayers();
      document.documentElement.dataset.incidentHeatCells = '0';
      return;
    }
    try {
      const started = performance.now();
      const answer = await api.get('/api/incidents/heat', { ...this.query(), zoom: this.map.getZoom(), bbox: this.viewBox() });
      this.heat.clearLayers();
      const radius = answer.cellPixels / 2;
      for (const [lat, lon, count] of answer.cells) {
        // Square root: a cell with a quarter of the densest one's reports still shows at half strength.
        const strength = Math.sqrt(count / answer.max);
        L.circleMarker([lat, lon], {
          renderer: this.heatRenderer, radius, stroke: false, interactive: false,
          fillColor: heatColour(strength), fillOpacity: 0.25 + 0.5 * strength,
        }).addTo(this.heat);
      }
      document.documentElement.dataset.incidentHeatCells = String(answer.cells.length);
      document.documentElement.dataset.incidentHeatMs = String(Math.round(performance.now() - started));
    } catch (e) {
      this.onError(e);
    }
  }

  /** The latest published reports matching the filters, each opening its page. */
  async loadList() {
    try {
      const answer = await api.get('/api/incidents', { ...this.query(), limit: 20 });
      const list = byId('incident-list');
      clear(list);
      if (!answer.incidents.length) list.append(el('li', { className: 'note', text: t('incidents.listEmpty') }));
      for (const i of answer.incidents) list.append(reportItem(i, () => this.desk.show(i.id)));
    } catch (e) {
      this.onError(e);
    }
  }

  /** Reports awaiting a second analyst's review (analysts only). */
  async loadQueue() {
    try {
      const answer = await api.get('/api/incidents/reports', { status: 'SUBMITTED' });
      const list = byId('incident-queue');
      byId('incident-queue-box').hidden = false;
      clear(list);
      if (!answer.reports.length) list.append(el('li', { className: 'note', text: t('incidents.queueEmpty') }));
      for (const r of answer.reports) list.append(reportItem(r, () => this.desk.show(r.id)));
    } catch (e) {
      this.onError(e);
    }
  }

  async suggestActors(typed) {
    if (typed.trim().length < 2) return;
    try {
      const answer = await api.get('/api/incidents/actors', { q: typed, limit: 8 });
      const list = byId('incident-actor-suggestions');
      clear(list);
      for (const a of answer.actors) list.append(el('option', { attrs: { value: a.name } }));
    } catch (e) {
      this.onError(e);
    }
  }

  /** Bars per ISO week, stacked by type; a click on a bar shows that week only (again: all weeks). */
  async loadTimeline() {
    try {
      const q = this.query();
      if (this.week) {
        delete q.from;
        delete q.to;
      }
      const started = performance.now();
      const answer = await api.get('/api/incidents/timeline', q);
      clear(this.timeline);
      const weeks = answer.weeks;
      const max = Math.max(1, ...weeks.map((w) => w.total));
      const svgNs = 'http://www.w3.org/2000/svg';
      const width = Math.max(weeks.length * 4, 300);
      const svg = document.createElementNS(svgNs, 'svg');
      svg.setAttribute('viewBox', `0 0 ${width} 80`);
      svg.setAttribute('preserveAspectRatio', 'none');
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', t('incidents.timelineLabel', { weeks: formatNumber(weeks.length) }));
      weeks.forEach((w, i) => {
        let y = 80;
        for (const [type, n] of Object.entries(w.byType)) {
          const h = (78 * n) / max;
          const rect = document.createElementNS(svgNs, 'rect');
          rect.setAttribute('x', String(i * (width / weeks.length)));
          rect.setAttribute('y', String(y - h));
          rect.setAttribute('width', String(Math.max(1, width / weeks.length - 1)));
          rect.setAttribute('height', String(h));
          rect.setAttribute('fill', TYPE_COLOURS[type] ?? '#7f8c8d');
          if (this.week && this.week.monday !== w.monday) rect.setAttribute('opacity', '0.3');
          rect.dataset.week = w.week;
          const title = document.createElementNS(svgNs, 'title');
          title.textContent = t('incidents.week', { week: w.week, count: formatNumber(w.total) });
          rect.append(title);
          svg.append(rect);
          y -= h;
        }
      });
      // Bars are a few pixels wide: a click anywhere in a week's column chooses it (again: all weeks).
      svg.addEventListener('click', (event) => {
        const box = svg.getBoundingClientRect();
        const index = Math.min(weeks.length - 1, Math.floor(((event.clientX - box.left) / box.width) * weeks.length));
        const w = weeks[index];
        if (!w) return;
        this.week = this.week?.monday === w.monday ? null : w;
        this.refresh();
      });
      this.timeline.append(svg);
      byId('incident-week').textContent = this.week ? t('incidents.weekChosen', { week: this.week.week }) : '';
      document.documentElement.dataset.incidentWeeks = String(weeks.length);
      document.documentElement.dataset.incidentTimelineMs = String(Math.round(performance.now() - started));
    } catch (e) {
      this.onError(e);
    }
  }

  async importFile() {
    const file = byId('incident-file').files[0];
    clear(this.message);
    if (!file) {
      this.message.textContent = t('zones.chooseFile');
      return;
    }
    try {
      const answer = await api.postText('/api/incidents/import', await file.text(), {
        sourceNation: byId('incident-source-nation').value.trim(),
        marking: byId('incident-marking').value.trim(),
      }, 'text/csv; charset=utf-8');
      this.message.append(el('p', { text: t('incidents.imported', { count: formatNumber(answer.imported), refused: formatNumber(answer.errors.length) }) }));
      const list = el('ul', { className: 'import-errors' });
      for (const e of answer.errors) list.append(el('li', { text: t('incidents.rowError', { line: e.line, reason: e.reason }) }));
      this.message.append(list);
      this.refresh();
    } catch (e) {
      this.message.textContent = e.message;
    }
  }
}

function reportItem(r, open) {
  const text = t('incidents.r.listLine', {
    date: r.date, place: r.place, subType: t(`incidents.s.${r.subType}`), grading: r.grading,
  });
  return el('li', {}, el('button', {
    text: `${r.id} · ${text}`, attrs: { type: 'button', 'data-report': r.id }, on: { click: open },
  }), ...partnerBadge(r.partner));
}

/** Yellow to dark red as a cell fills. */
function heatColour(strength) {
  const hue = Math.round(55 - 55 * strength);
  return `hsl(${hue}, 100%, ${Math.round(55 - 20 * strength)}%)`;
}

function addDays(isoDate, days) {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
