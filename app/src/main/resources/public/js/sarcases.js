// SAR cases: the rescue coordinator's list of cases (filtered by status, period and words), the form that
// opens a case (object, last known position as a point, a line between two fixes or an area drawn or typed,
// persons on board, who reported it), and the case page: its facts, its last known position on the map, its
// status and notes, and its timeline (the case log). While a case is open on the page, the drift and the
// search plans run from it (DriftPanel.useCase) and land in its timeline. A case held here can be edited (a new
// last known position as a point, persons on board), shared with a partner's rescue centre or handed over to it;
// a copy held by a partner's centre is read-only, and its badge says who holds it.
import { L } from './map.js';
import { api } from './api.js';
import { el, byId, clear } from './dom.js';
import { t, formatNumber, formatDateTime } from './i18n.js';

export class SarCasesPanel {
  constructor(map, drift, canWrite, onError) {
    this.map = map;
    this.drift = drift;
    this.onError = onError;
    this.canWrite = canWrite;
    this.partners = [];
    this.current = null;
    this.lkpLayer = L.layerGroup().addTo(map);
    this.drawing = null;
    for (const id of ['sarcase-new', 'sarcase-status-apply', 'sarcase-note-add']) byId(id).hidden = !canWrite;
    byId('sarcase-filter').addEventListener('input', () => this.load());
    byId('sarcase-filter').addEventListener('submit', (e) => e.preventDefault());
    byId('sarcase-new').addEventListener('click', () => {
      byId('sarcase-form').hidden = !byId('sarcase-form').hidden;
    });
    byId('sarcase-kind').addEventListener('change', () => this.toggleKind());
    byId('sarcase-draw-area').addEventListener('click', () => this.drawArea());
    byId('sarcase-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.open();
    });
    byId('sarcase-status-apply').addEventListener('click', () => this.changeStatus());
    byId('sarcase-note-add').addEventListener('click', () => this.addNote());
    byId('sarcase-edit-apply').addEventListener('click', () => this.applyEdit());
    byId('sarcase-share').addEventListener('click', () => this.custody('share'));
    byId('sarcase-handover').addEventListener('click', () => this.custody('handover'));
    byId('sarcase-back').addEventListener('click', () => this.leave());
    drift.onCaseActivity = () => this.refresh();
    this.toggleKind();
  }

  toggleKind() {
    const kind = byId('sarcase-kind').value;
    for (const k of ['point', 'line', 'area']) byId(`sarcase-${k}`).hidden = k !== kind;
  }

  /** Each click on the map adds a vertex to the typed list; a second press of the button stops. */
  drawArea() {
    const container = this.map.getContainer();
    if (this.drawing) {
      this.map.off('click', this.drawing);
      this.drawing = null;
      container.classList.remove('measuring');
      byId('sarcase-draw-area').textContent = t('sarCase.drawArea');
      return;
    }
    container.classList.add('measuring');
    byId('sarcase-draw-area').textContent = t('sarCase.drawStop');
    this.drawing = (e) => {
      const box = byId('sarcase-vertices');
      box.value = `${box.value.trim()}\n${e.latlng.lat.toFixed(5)} ${e.latlng.lng.toFixed(5)}`.trim();
    };
    this.map.on('click', this.drawing);
  }

  filterQuery() {
    const query = {};
    const status = byId('sarcase-filter-status').value;
    const text = byId('sarcase-filter-text').value.trim();
    const from = byId('sarcase-filter-from').value;
    const to = byId('sarcase-filter-to').value;
    if (status) query.status = status;
    if (text) query.q = text;
    if (from) query.from = `${from}T00:00:00Z`;
    // The day chosen is included: the period ends at the next midnight.
    if (to) query.to = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().replace('.000Z', 'Z');
    return query;
  }

  async load() {
    const list = byId('sarcase-list');
    try {
      if (this.canWrite) this.partners = (await api.get('/api/sar/sharing')).partners;
      const answer = await api.get('/api/sar/cases', this.filterQuery());
      clear(list);
      if (!answer.cases.length) list.append(el('li', { text: t('sarCase.none') }));
      for (const c of answer.cases) {
        list.append(el('li', {},
          el('button', {
            className: 'link', text: c.reference, attrs: { type: 'button', 'data-case': c.reference }, on: { click: () => this.show(c.reference) },
          }),
          ` ${t(`sarCase.status.${c.status}`)} · ${c.object.id} ${c.object.key ?? ''} · ${t('sarCase.pobValue', { pob: formatNumber(c.personsOnBoard) })} · ${c.source} · ${formatDateTime(c.openedAt)}`,
          ...custodyBadge(c)));
      }
      document.documentElement.dataset.sarCases = String(answer.cases.length);
    } catch (e) {
      this.onError(e);
    }
  }

  lastKnown() {
    const number = (id) => Number(byId(id).value);
    const time = (id) => `${byId(id).value}:00Z`;
    const kind = byId('sarcase-kind').value;
    if (kind === 'point') {
      return { kind, lat: number('sarcase-lat'), lon: number('sarcase-lon'), time: time('sarcase-time'), radiusMetres: number('sarcase-radius') };
    }
    if (kind === 'line') {
      return {
        kind,
        from: { lat: number('sarcase-from-lat'), lon: number('sarcase-from-lon'), time: time('sarcase-from-time') },
        to: { lat: number('sarcase-to-lat'), lon: number('sarcase-to-lon'), time: time('sarcase-to-time') },
        radiusMetres: number('sarcase-line-radius'),
      };
    }
    const vertices = byId('sarcase-vertices').value.split(/\n|;/).map((l) => l.trim()).filter((l) => l)
      .map((l) => l.split(/[\s,]+/).map(Number));
    return { kind, vertices, time: time('sarcase-area-time') };
  }

  async open() {
    const message = byId('sarcase-message');
    message.textContent = '';
    try {
      const opened = await api.post('/api/sar/cases', {
        source: byId('sarcase-source').value.trim(),
        object: byId('sarcase-object').value,
        personsOnBoard: Math.round(Number(byId('sarcase-pob').value)),
        lastKnown: this.lastKnown(),
      });
      byId('sarcase-form').hidden = true;
      await this.load();
      this.render(opened);
    } catch (e) {
      message.textContent = describeRefusal(e);
    }
  }

  async show(reference) {
    try {
      this.render(await api.get(`/api/sar/cases/${encodeURIComponent(reference)}`));
    } catch (e) {
      this.onError(e);
    }
  }

  async refresh() {
    if (this.current) await this.show(this.current.reference);
    await this.load();
  }

  leave() {
    this.current = null;
    byId('sarcase-page').hidden = true;
    byId('sarcase-browse').hidden = false;
    this.lkpLayer.clearLayers();
    this.drift.useCase(null);
  }

  render(c) {
    // The map moves to the position only when another case opens, not when the same case refreshes
    // after a drift or a plan (which have moved the map to what they show).
    const another = this.current?.reference !== c.reference;
    this.current = c;
    byId('sarcase-browse').hidden = true;
    byId('sarcase-page').hidden = false;
    byId('sarcase-title').textContent = t('sarCase.pageTitle', { reference: c.reference });
    const facts = byId('sarcase-facts');
    clear(facts);
    const rows = [
      ['sarCase.statusLabel', t(`sarCase.status.${c.status}`)],
      ['sarCase.object', `${c.object.id} ${c.object.key ?? ''} — ${c.object.description ?? ''}`],
      ['sarCase.lkp', describeLkp(c.lastKnown)],
      ['sarCase.pob', formatNumber(c.personsOnBoard)],
      ['sarCase.source', c.source],
      ['sarCase.opened', `${formatDateTime(c.openedAt)} (${c.openedBy})`],
    ];
    const custody = describeCustody(c);
    if (custody) rows.push(['sarCase.custody', custody]);
    for (const [key, value] of rows) facts.append(el('dt', { text: t(key) }), el('dd', { text: value }));
    const next = byId('sarcase-status-next');
    next.replaceChildren(...c.allowedStatuses.map((s) => new Option(t(`sarCase.status.${s}`), s)));
    byId('sarcase-status-apply').disabled = !c.allowedStatuses.length;
    // A copy held by a partner's centre is read-only: only its holder changes it.
    const writable = this.canWrite && c.custody.heldHere;
    for (const id of ['sarcase-status-apply', 'sarcase-note-add', 'sarcase-edit']) byId(id).hidden = !writable;
    byId('sarcase-status-next').disabled = !writable;
    byId('sarcase-note').disabled = !writable;
    byId('sarcase-sharing').hidden = !writable || !this.partners.length;
    byId('sarcase-partner').replaceChildren(...this.partners.map((p) => new Option(p, p)));
    this.fillEdit(c);
    byId('sarcase-page-message').textContent = '';
    this.renderTimeline(c);
    this.drawLkp(c.lastKnown, another);
    this.drift.useCase(c);
    document.documentElement.dataset.sarCase = c.reference;
  }

  renderTimeline(c) {
    const timeline = byId('sarcase-timeline');
    clear(timeline);
    for (const entry of [...c.log].reverse()) {
      const item = el('li', { attrs: { 'data-action': entry.action } },
        el('time', { text: formatDateTime(entry.at), attrs: { datetime: entry.at } }),
        ' ',
        el('strong', { text: t(`sarCase.action.${entry.action}`) }),
        ` (${entry.by}): ${entry.text}`);
      if (entry.action === 'DRIFT_RUN' && entry.subject) {
        item.append(' ', el('button', {
          className: 'link', text: t('sarCase.showDrift'), attrs: { type: 'button' }, on: { click: () => this.drift.showRun(entry.subject) },
        }));
      }
      timeline.append(item);
    }
  }

  drawLkp(lkp, fit) {
    this.lkpLayer.clearLayers();
    const style = { color: '#000', weight: 2, fill: false, interactive: false };
    let bounds;
    if (lkp.kind === 'point') {
      const circle = L.circle([lkp.lat, lkp.lon], { ...style, radius: Math.max(lkp.radiusMetres, 50) }).addTo(this.lkpLayer);
      L.circleMarker([lkp.lat, lkp.lon], { ...style, radius: 3, fill: true, fillOpacity: 1 }).addTo(this.lkpLayer);
      bounds = circle.getBounds();
    } else if (lkp.kind === 'line') {
      bounds = L.polyline([[lkp.from.lat, lkp.from.lon], [lkp.to.lat, lkp.to.lon]], { ...style, dashArray: '6 4' })
        .addTo(this.lkpLayer).getBounds();
    } else {
      bounds = L.polygon(lkp.vertices, { ...style, dashArray: '6 4' }).addTo(this.lkpLayer).getBounds();
    }
    if (fit) this.map.fitBounds(bounds.pad(2), { maxZoom: 11 });
  }

  /** The edit form starts from the case: its point (the later fix of a line, the middle of an area) and POB. */
  fillEdit(c) {
    const lkp = c.lastKnown;
    let lat; let lon; let time; let radius = 300;
    if (lkp.kind === 'point') {
      ({ lat, lon, time } = lkp);
      radius = lkp.radiusMetres;
    } else if (lkp.kind === 'line') {
      ({ lat, lon, time } = lkp.to);
      radius = lkp.radiusMetres;
    } else {
      lat = lkp.vertices.reduce((sum, v) => sum + v[0], 0) / lkp.vertices.length;
      lon = lkp.vertices.reduce((sum, v) => sum + v[1], 0) / lkp.vertices.length;
      time = lkp.time;
    }
    byId('sarcase-edit-lat').value = Number(lat.toFixed(5));
    byId('sarcase-edit-lon').value = Number(lon.toFixed(5));
    byId('sarcase-edit-time').value = time.slice(0, 16);
    byId('sarcase-edit-radius').value = radius;
    byId('sarcase-edit-pob').value = c.personsOnBoard;
    this.editStart = this.editValues();
  }

  editValues() {
    return ['lat', 'lon', 'time', 'radius', 'pob'].map((k) => byId(`sarcase-edit-${k}`).value);
  }

  /** Sends only what was changed in the form: the position, the persons on board, or both. */
  async applyEdit() {
    const now = this.editValues();
    const change = {};
    if (now.slice(0, 4).some((v, i) => v !== this.editStart[i])) {
      change.lastKnown = {
        kind: 'point',
        lat: Number(now[0]),
        lon: Number(now[1]),
        time: `${now[2]}:00Z`,
        radiusMetres: Number(now[3]),
      };
    }
    if (now[4] !== this.editStart[4]) change.personsOnBoard = Math.round(Number(now[4]));
    if (!Object.keys(change).length) {
      byId('sarcase-page-message').textContent = t('sarCase.editNothing');
      return;
    }
    try {
      this.render(await api.patch(`/api/sar/cases/${encodeURIComponent(this.current.reference)}`, change));
      this.load();
    } catch (e) {
      byId('sarcase-page-message').textContent = describeRefusal(e);
    }
  }

  /** Shares the case with the chosen partner, or hands it over (`what`: share or handover). */
  async custody(what) {
    try {
      this.render(await api.post(`/api/sar/cases/${encodeURIComponent(this.current.reference)}/${what}`, { partner: byId('sarcase-partner').value }));
      this.load();
    } catch (e) {
      byId('sarcase-page-message').textContent = describeRefusal(e);
    }
  }

  async changeStatus() {
    try {
      this.render(await api.patch(`/api/sar/cases/${encodeURIComponent(this.current.reference)}`, { status: byId('sarcase-status-next').value }));
      this.load();
    } catch (e) {
      byId('sarcase-page-message').textContent = describeRefusal(e);
    }
  }

  async addNote() {
    const text = byId('sarcase-note').value.trim();
    if (!text) return;
    try {
      this.render(await api.post(`/api/sar/cases/${encodeURIComponent(this.current.reference)}/notes`, { text }));
      byId('sarcase-note').value = '';
    } catch (e) {
      byId('sarcase-page-message').textContent = describeRefusal(e);
    }
  }
}

function describeLkp(lkp) {
  const at = (lat, lon) => `${lat.toFixed(4)}, ${lon.toFixed(4)}`;
  if (lkp.kind === 'point') {
    return t('sarCase.lkpPoint', { position: at(lkp.lat, lkp.lon), time: formatDateTime(lkp.time), radius: formatNumber(lkp.radiusMetres) });
  }
  if (lkp.kind === 'line') {
    return t('sarCase.lkpLine', {
      from: at(lkp.from.lat, lkp.from.lon), fromTime: formatDateTime(lkp.from.time), to: at(lkp.to.lat, lkp.to.lon), toTime: formatDateTime(lkp.to.time),
    });
  }
  return t('sarCase.lkpArea', { vertices: formatNumber(lkp.vertices.length), time: formatDateTime(lkp.time) });
}

/** Who holds or follows the case, in words; empty for a case of this node's shared with nobody. */
function describeCustody(c) {
  const custody = c.custody;
  if (!custody) return '';
  if (!custody.heldHere) {
    return custody.origin
      ? t('sarCase.custody.sharedBy', { holder: custody.holder })
      : t('sarCase.custody.handedOverTo', { holder: custody.holder });
  }
  const parts = [];
  if (custody.origin) parts.push(t('sarCase.custody.handedOverFrom', { origin: custody.origin }));
  if (custody.followers.length) parts.push(t('sarCase.custody.sharedWith', { partners: custody.followers.join(', ') }));
  return parts.join('; ');
}

function custodyBadge(c) {
  const text = describeCustody(c);
  return text ? [' ', el('span', { className: 'badge partner-badge', text, attrs: { 'data-custody': c.custody.heldHere ? 'held' : 'copy' } })] : [];
}

function describeRefusal(error) {
  const fields = Object.entries(error.errors ?? {}).map(([name, problems]) => `${name}: ${problems.map((p) => p.message).join(', ')}`);
  return fields.length ? fields.join('; ') : error.message;
}
