// Drift (search and rescue): the rescue coordinator's Leeway run from a last known position. The run is
// queued on the node (POST /api/sar/drift) and polled for progress; its particle cloud is drawn for each
// output time (a slider and a play button animate it), with the probability cells, the smallest areas
// holding 50 % and 90 % of the probability, and the datum. While a SAR case is open (useCase), the drift
// takes its object, last known position and time from the case, and runs and plans are logged in it.
import { L } from './map.js';
import { api } from './api.js';
import { el, byId, clear, bindToggle } from './dom.js';
import { t, formatNumber, formatDateTime } from './i18n.js';

const POLL_MS = 300;
const FRAME_MS = 400;
/** One colour per search unit's track. */
const TRACK_COLOURS = ['#8e44ad', '#16a085', '#d35400', '#2c3e50', '#c0392b', '#27ae60'];

export class DriftPanel {
  constructor(map, canRun, onError) {
    this.map = map;
    this.onError = onError;
    this.result = null;
    this.timer = 0;
    this.renderer = L.canvas({ padding: 0.2 });
    this.layers = L.layerGroup().addTo(map);
    this.cloud = L.layerGroup().addTo(map);
    this.section = byId('drift');
    this.form = byId('drift-form');
    this.progress = byId('drift-progress');
    this.message = byId('drift-message');
    this.slider = byId('drift-slider');
    this.summary = byId('drift-summary');
    byId('drift-run').hidden = !canRun;
    bindToggle(byId('toggle-drift'), this.section);
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.run();
    });
    byId('drift-environment').addEventListener('change', () => this.toggleConstant());
    byId('drift-pick').addEventListener('click', () => this.pick());
    this.slider.addEventListener('input', () => this.showFrame(Number(this.slider.value)));
    byId('drift-play').addEventListener('click', () => this.play());
    this.planLayer = L.layerGroup().addTo(map);
    byId('plan-run').hidden = !canRun;
    byId('plan-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.plan();
    });
    byId('plan-helpers').addEventListener('click', () => this.helpers());
    byId('plan-draw').addEventListener('click', () => this.drawBox());
    byId('plan-unsuccessful').addEventListener('click', () => this.unsuccessful());
    this.drawnBox = null;
    this.lastPlan = null;
    this.sarCase = null;
    /** Called after a run, a plan or an unsuccessful search from a case, so the case page can refresh. */
    this.onCaseActivity = () => {};
    this.toggleConstant();
  }

  async loadObjects() {
    try {
      const answer = await api.get('/api/sar/objects');
      for (const select of [byId('drift-object'), byId('sarcase-object')]) {
        select.replaceChildren(...answer.objects.map((o) => new Option(`${o.id} ${o.key} — ${o.description}`, String(o.id))));
        select.value = '44';
      }
    } catch (e) {
      this.onError(e);
    }
  }

  toggleConstant() {
    byId('drift-constant').hidden = byId('drift-environment').value !== 'constant';
  }

  /** The next click on the map sets the last known position. */
  pick() {
    this.map.getContainer().classList.add('measuring');
    this.map.once('click', (e) => {
      byId('drift-lat').value = e.latlng.lat.toFixed(5);
      byId('drift-lon').value = e.latlng.lng.toFixed(5);
      this.map.getContainer().classList.remove('measuring');
    });
  }

  /**
   * Runs and plans from `sarCase` (null: from the form). The case's object and last known position show
   * in the form, which cannot change them: the case page does.
   */
  useCase(sarCase) {
    this.sarCase = sarCase;
    byId('drift-case').textContent = sarCase ? t('drift.fromCase', { reference: sarCase.reference }) : '';
    for (const id of ['drift-object', 'drift-lat', 'drift-lon', 'drift-radius', 'drift-start', 'drift-pick']) byId(id).disabled = Boolean(sarCase);
    if (!sarCase) return;
    byId('drift-object').value = String(sarCase.object.id);
    const lkp = sarCase.lastKnown;
    const first = lkp.kind === 'line' ? lkp.from : lkp.kind === 'area' ? { lat: lkp.vertices[0][0], lon: lkp.vertices[0][1], time: lkp.time } : lkp;
    byId('drift-lat').value = String(first.lat);
    byId('drift-lon').value = String(first.lon);
    byId('drift-start').value = first.time.slice(0, 16);
    if (lkp.kind !== 'area') byId('drift-radius').value = String(lkp.radiusMetres);
  }

  /** Shows an earlier run of the case, while the node still keeps it (an hour). */
  async showRun(id) {
    try {
      this.show(await api.get(`/api/sar/drift/${encodeURIComponent(id)}`));
    } catch (e) {
      this.message.textContent = describeRefusal(e);
    }
  }

  request() {
    const value = (id) => byId(id).value.trim();
    const number = (id) => Number(value(id));
    const where = this.sarCase ? { caseId: this.sarCase.reference } : {
      object: value('drift-object'),
      lat: number('drift-lat'),
      lon: number('drift-lon'),
      radiusMetres: number('drift-radius'),
      start: `${value('drift-start')}:00Z`,
    };
    const body = {
      ...where,
      hours: number('drift-hours'),
      particles: Math.round(number('drift-particles')),
      environment: value('drift-environment'),
    };
    if (body.environment === 'constant') {
      for (const [field, id] of [['windEast', 'drift-wind-east'], ['windNorth', 'drift-wind-north'],
        ['currentEast', 'drift-current-east'], ['currentNorth', 'drift-current-north']]) body[field] = number(id);
    }
    return body;
  }

  async run() {
    this.message.textContent = '';
    clearInterval(this.timer);
    let job;
    try {
      job = await api.post('/api/sar/drift', this.request());
    } catch (e) {
      this.message.textContent = describeRefusal(e);
      return;
    }
    this.progress.hidden = false;
    this.progress.value = 0;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      try {
        job = await api.get(`/api/sar/drift/${encodeURIComponent(job.id)}`);
      } catch (e) {
        this.message.textContent = e.message;
        return;
      }
      this.progress.max = job.total;
      this.progress.value = job.done;
      this.progress.setAttribute('aria-valuetext', `${Math.round((100 * job.done) / Math.max(1, job.total))} %`);
      if (job.state === 'DONE') break;
      if (job.state === 'FAILED' || job.state === 'CANCELLED') {
        this.message.textContent = job.error ?? job.state;
        this.progress.hidden = true;
        return;
      }
    }
    this.progress.hidden = true;
    this.show(job);
    if (this.sarCase) this.onCaseActivity();
  }

  show(result) {
    this.result = result;
    this.layers.clearLayers();
    const last = result.frames.length - 1;
    const max = Math.max(...result.probability.map((c) => c[4]));
    for (const [s, w, n, e, p] of result.probability) {
      L.rectangle([[s, w], [n, e]], {
        renderer: this.renderer, stroke: false, fillColor: '#c0392b', fillOpacity: 0.15 + 0.6 * (p / max), interactive: false,
      }).addTo(this.layers);
    }
    for (const [area, colour] of [[result.area90, '#e67e22'], [result.area50, '#c0392b']]) {
      for (const [s, w, n, e] of area.cells) {
        L.rectangle([[s, w], [n, e]], { renderer: this.renderer, color: colour, weight: 1, fill: false, interactive: false }).addTo(this.layers);
      }
    }
    this.slider.max = String(last);
    this.slider.value = String(last);
    byId('drift-result').hidden = false;
    this.showFrame(last);
    const datum = result.summaries[last].datum;
    this.map.setView([datum.lat, datum.lon], Math.max(this.map.getZoom(), 9));
    document.documentElement.dataset.driftFrames = String(result.frames.length);
    document.documentElement.dataset.driftCells = String(result.probability.length);
  }

  showFrame(index) {
    const r = this.result;
    if (!r) return;
    this.cloud.clearLayers();
    for (const [lat, lon, stranded] of r.frames[index]) {
      L.circleMarker([lat, lon], {
        renderer: this.renderer, radius: 1.5, stroke: false, fillColor: stranded ? '#7f8c8d' : '#1f5f99', fillOpacity: 0.8, interactive: false,
      }).addTo(this.cloud);
    }
    const s = r.summaries[index];
    L.circleMarker([s.datum.lat, s.datum.lon], { renderer: this.renderer, radius: 6, color: '#000', weight: 2, fill: false, interactive: false })
      .addTo(this.cloud);
    this.slider.setAttribute('aria-valuetext', formatDateTime(r.times[index]));
    clear(this.summary);
    const km = (m) => formatNumber(m / 1000, 1);
    const rows = [
      ['drift.time', formatDateTime(r.times[index])],
      ['drift.object', `${r.object.id} ${r.object.key}`],
      ['drift.datum', `${s.datum.lat.toFixed(4)}, ${s.datum.lon.toFixed(4)}`],
      ['drift.error', t('drift.km', { value: km(s.driftErrorMetres) })],
      ['drift.meanDrift', t('drift.km', { value: km(s.meanDriftMetres) })],
      ['drift.spread', t('drift.spreadValue', { down: km(s.spreadDownwindMetres), cross: km(s.spreadCrosswindMetres) })],
      ['drift.shares', t('drift.sharesValue', {
        jibed: formatNumber(100 * s.jibedShare, 1), stranded: formatNumber(100 * s.strandedShare, 1), outside: formatNumber(100 * s.outsideShare, 1),
      })],
      ['drift.areas', t('drift.areasValue', { a50: formatNumber(r.area50.squareKilometres, 1), a90: formatNumber(r.area90.squareKilometres, 1) })],
    ];
    const dl = el('dl', { className: 'facts' });
    for (const [key, value] of rows) dl.append(el('dt', { text: t(key) }), el('dd', { text: value }));
    this.summary.append(dl);
    document.documentElement.dataset.driftParticlesDrawn = String(r.frames[index].length);
  }

  play() {
    if (!this.result) return;
    clearInterval(this.timer);
    let i = 0;
    this.timer = setInterval(() => {
      this.slider.value = String(i);
      this.showFrame(i);
      i += 1;
      if (i >= this.result.frames.length) clearInterval(this.timer);
    }, FRAME_MS);
  }

  /** Two clicks on the map give the corners of a search area drawn by hand. */
  drawBox() {
    const container = this.map.getContainer();
    container.classList.add('measuring');
    this.map.once('click', (first) => {
      this.map.once('click', (second) => {
        container.classList.remove('measuring');
        const a = first.latlng;
        const b = second.latlng;
        this.drawnBox = {
          south: Math.min(a.lat, b.lat), west: Math.min(a.lng, b.lng), north: Math.max(a.lat, b.lat), east: Math.max(a.lng, b.lng),
        };
        this.boxLayer?.remove();
        this.boxLayer = L.rectangle([[this.drawnBox.south, this.drawnBox.west], [this.drawnBox.north, this.drawnBox.east]], {
          color: '#000', weight: 1, dashArray: '2 4', fill: false, interactive: false,
        }).addTo(this.planLayer);
        byId('plan-share').value = 'drawn';
      });
    });
  }

  /** The last plan was searched without finding the object: the drift's map is updated for the next plan. */
  async unsuccessful() {
    try {
      const answer = await api.post(`/api/sar/plan/${encodeURIComponent(this.lastPlan.id)}/unsuccessful`, {});
      byId('plan-cumulative').textContent = t('plan.cumulative', {
        searches: formatNumber(answer.searches), pos: formatNumber(100 * answer.cumulativeSuccess),
      });
      if (this.sarCase) this.onCaseActivity();
    } catch (e) {
      byId('plan-message').textContent = describeRefusal(e);
    }
  }

  async plan() {
    const message = byId('plan-message');
    message.textContent = '';
    const assets = [];
    for (const n of [1, 2]) {
      const name = byId(`plan-asset${n}-name`).value.trim();
      if (!name) continue;
      assets.push({
        name, kind: 'VESSEL', speedKnots: Number(byId(`plan-asset${n}-speed`).value), enduranceHours: Number(byId(`plan-asset${n}-endurance`).value),
      });
    }
    // Units of the programme's asset register ticked below the helpers: the node knows their capability.
    for (const box of document.querySelectorAll('#plan-register-list input[data-asset-id]:checked')) {
      assets.push({ assetId: box.dataset.assetId });
    }
    const drawn = byId('plan-share').value === 'drawn';
    if (drawn && !this.drawnBox) {
      message.textContent = t('plan.drawFirst');
      return;
    }
    try {
      const plan = await api.post('/api/sar/plan', {
        driftId: this.result.id,
        ...(drawn ? { area: this.drawnBox } : { share: Number(byId('plan-share').value) }),
        pattern: byId('plan-pattern').value,
        object: byId('plan-object').value,
        assets,
        ...(this.sarCase ? { caseId: this.sarCase.reference } : { caseReference: 'JISR SAR' }),
      });
      this.showPlan(plan);
      if (this.sarCase) this.onCaseActivity();
    } catch (e) {
      message.textContent = describeRefusal(e);
    }
  }

  async helpers() {
    const list = byId('plan-helper-list');
    clear(list);
    const last = this.result.summaries[this.result.summaries.length - 1].datum;
    try {
      const answer = await api.get('/api/sar/helpers', { lat: last.lat, lon: last.lon, count: 10 });
      if (!answer.ships.length) list.append(el('li', { text: t('plan.noHelpers') }));
      for (const s of answer.ships) {
        list.append(el('li', { text: t('plan.helper', {
          name: s.name || String(s.mmsi), mmsi: s.mmsi, distance: formatNumber(s.distanceNm, 1), speed: formatNumber(s.speedKnots, 1), minutes: formatNumber(s.minutesToReach),
        }) }));
      }
      document.documentElement.dataset.helpers = String(answer.ships.length);
      const register = byId('plan-register-list');
      clear(register);
      if (!answer.assets.length) register.append(el('li', { text: t('plan.noRegisterUnits') }));
      for (const a of answer.assets) {
        const id = `plan-register-${a.assetId}`;
        register.append(el('li', {},
          el('input', { attrs: { type: 'checkbox', id, 'data-asset-id': a.assetId } }),
          ' ',
          el('label', { attrs: { for: id }, text: t('plan.registerUnit', {
            name: a.name, side: a.owningSide, kind: t(`plan.kind.${a.kind}`), speed: formatNumber(a.speedKnots, 1), hours: formatNumber(a.enduranceHours, 1),
          }) })));
      }
    } catch (e) {
      this.onError(e);
    }
  }

  showPlan(plan) {
    this.lastPlan = plan;
    byId('plan-unsuccessful').hidden = false;
    this.planLayer.clearLayers();
    L.polygon(plan.area, { color: '#000', weight: 2, dashArray: '6 4', fill: false, interactive: false }).addTo(this.planLayer);
    const result = byId('plan-result');
    clear(result);
    const table = el('table', { className: 'plan-table' },
      el('thead', {}, el('tr', {}, ...['plan.unit', 'plan.spacing', 'plan.coverage', 'plan.pod', 'plan.pos', 'plan.hours']
        .map((k) => el('th', { text: t(k), attrs: { scope: 'col' } })))));
    const body = el('tbody');
    plan.assets.forEach((a, i) => {
      L.polyline(a.waypoints, { color: TRACK_COLOURS[i % TRACK_COLOURS.length], weight: 2, interactive: false }).addTo(this.planLayer);
      body.append(el('tr', {},
        el('td', { text: a.name }),
        el('td', { text: t('plan.metres', { value: formatNumber(a.trackSpacingMetres) }) }),
        el('td', { text: formatNumber(a.coverage, 2) }),
        el('td', { text: `${formatNumber(100 * a.probabilityOfDetection)} %` }),
        el('td', { text: `${formatNumber(100 * a.probabilityOfSuccess)} %` }),
        el('td', { text: `${formatNumber(a.hours, 1)}${a.fitsEndurance ? '' : ' ⚠'}` })));
    });
    table.append(body);
    result.append(table, el('p', { text: t('plan.total', { pos: formatNumber(100 * plan.probabilityOfSuccess), poc: formatNumber(100 * plan.probabilityOfContainment) }) }));
    const links = el('p', { className: 'buttons' });
    for (const [file, key] of [['plan.gpx', 'plan.gpx'], ['plan.kml', 'plan.kml'], ['plan.geojson', 'plan.geojson'], ['sitrep?lang=en', 'plan.sitrepEn'], ['sitrep?lang=fr', 'plan.sitrepFr']]) {
      links.append(el('a', { className: 'button-link', text: t(key), attrs: { href: `/api/sar/plan/${encodeURIComponent(plan.id)}/${file}`, download: '', 'data-file': file } }));
    }
    result.append(links);
    this.map.fitBounds(L.latLngBounds(plan.area).pad(0.6));
    result.scrollIntoView({ block: 'nearest' });
    document.documentElement.dataset.planTracks = String(plan.assets.length);
  }
}


function describeRefusal(error) {
  const fields = Object.entries(error.errors ?? {}).map(([name, problems]) => `${name}: ${problems.map((p) => p.message).join(', ')}`);
  return fields.length ? fields.join('; ') : error.message;
}
