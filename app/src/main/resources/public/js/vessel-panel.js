// The vessel panel: everything the node knows about one station, kept current while it is open.
import { api } from './api.js';
import { el, byId } from './dom.js';
import { t, has, formatNumber, formatDateTime, onLanguageChange } from './i18n.js';
import { decimalPosition, degreesMinutesPosition, knots, degrees, vesselName } from './format.js';

const REFRESH_MS = 5000;

export class VesselPanel {
  /** `onShow(vessel)` is called with each version of the vessel the panel shows. */
  constructor(onClose, onError, onShow) {
    this.onClose = onClose;
    this.onError = onError;
    this.onShow = onShow;
    this.panel = byId('vessel-panel');
    this.title = byId('vessel-title');
    this.details = byId('vessel-details');
    this.vessel = null;
    this.timer = 0;
    byId('vessel-close').addEventListener('click', () => this.close());
    this.panel.addEventListener('keydown', (e) => { if (e.key === 'Escape') this.close(); });
    onLanguageChange(() => { if (this.vessel) this.render(this.vessel); });
  }

  /** Opens the panel on station `mmsi`, showing `known` (if any) until the node answers. */
  async open(mmsi, known) {
    clearInterval(this.timer);
    if (known) this.render(known);
    this.panel.hidden = false;
    await this.refresh(mmsi);
    this.timer = setInterval(() => this.refresh(mmsi), REFRESH_MS);
  }

  async refresh(mmsi) {
    try {
      const vessel = await api.get(`/api/vessels/${encodeURIComponent(mmsi)}`);
      if (!this.panel.hidden) this.render(vessel);
    } catch (e) {
      this.onError(e);
    }
  }

  close() {
    clearInterval(this.timer);
    this.panel.hidden = true;
    this.vessel = null;
    this.onClose();
  }

  isOpen() {
    return !this.panel.hidden;
  }

  render(v) {
    this.vessel = v;
    this.title.textContent = vesselName(v);
    const p = v.position;
    const rows = [
      ['vessel.mmsi', String(v.mmsi)],
      ['vessel.kind', t(`kind.${v.kind}`)],
      ['vessel.callSign', v.callSign],
      ['vessel.imo', v.imo === undefined ? undefined : `${v.imo}${v.imoValid ? '' : ` (${t('vessel.imoInvalid')})`}`],
      ['vessel.flag', v.flag ? `${v.flag.name} (${v.flag.iso3})` : undefined],
      ['vessel.type', v.shipType ? `${t(`category.${v.shipType.category}`)} — ${v.shipType.text} (${v.shipType.code})` : t(`category.${v.category}`)],
      ['vessel.dimensions', dimensions(v.dimensions)],
      ['vessel.draught', v.draughtMetres === undefined ? undefined : t('unit.metres', { value: formatNumber(v.draughtMetres, 1, 1) })],
      ['vessel.destination', v.destination],
      ['vessel.eta', eta(v.eta)],
      ['vessel.position', p ? decimalPosition(p.lat, p.lon) : undefined],
      ['vessel.positionDm', p ? degreesMinutesPosition(p.lat, p.lon) : undefined],
      ['vessel.positionTime', p ? formatDateTime(p.time) : undefined],
      ['vessel.speed', p ? knots(p.speedKnots) : undefined],
      ['vessel.course', p ? degrees(p.courseDegrees) : undefined],
      ['vessel.heading', p ? degrees(p.headingDegrees, 0) : undefined],
      ['vessel.status', p?.status ? navigationStatus(p.status) : undefined],
      ['vessel.accuracy', p ? t(p.highAccuracy ? 'vessel.accuracyHigh' : 'vessel.accuracyLow') : undefined],
      ['vessel.firstSeen', formatDateTime(v.firstSeen)],
      ['vessel.lastSeen', formatDateTime(v.lastSeen)],
      ['vessel.reports', formatNumber(v.reports)],
    ];
    const facts = el('dl', { className: 'facts' });
    for (const [key, value] of rows) {
      if (value === undefined || value === null || value === '') continue;
      const name = key.slice('vessel.'.length);
      // Positions read left to right in every language; isolating them keeps Arabic from reordering the parts.
      const dir = name === 'position' || name === 'positionDm' ? 'ltr' : undefined;
      facts.append(el('dt', { text: t(key) }), el('dd', { text: value, attrs: { 'data-field': name, dir } }));
    }
    const receivers = el('ul', { className: 'receivers' },
      ...(v.heardBy ?? []).map((r) => el('li', { text: t('vessel.heardAt', { receiver: r.receiver, time: formatDateTime(r.lastHeard) }) })));
    // Received from a partner node (federation): say so above everything else, naming the partner.
    const partners = (v.partners ?? []).length
      ? el('p', { className: 'partner-sources' }, ...v.partners.map((node) => partnerBadge(node, 'vessel.fromPartner')))
      : null;
    this.details.replaceChildren(...[partners, facts, el('h3', { text: t('vessel.heardBy') }), receivers].filter(Boolean));
    this.onShow(v);
  }
}

/** A badge naming the partner node a vessel was received from (`key` takes {node}). */
export function partnerBadge(node, key) {
  return el('span', {
    className: 'badge partner-source',
    text: t(key, { node }),
    attrs: { 'data-partner': node, title: t('vessel.fromPartnerTitle', { node }), dir: 'auto' },
  });
}

function navigationStatus(status) {
  const key = `navStatus.${status.code}`;
  return has(key) ? t(key) : status.text;
}

function dimensions(d) {
  if (!d) return undefined;
  if (d.length !== undefined && d.beam !== undefined) {
    return t('vessel.lengthBeam', { length: formatNumber(d.length), beam: formatNumber(d.beam) });
  }
  return t('vessel.offsets', { bow: d.toBow, stern: d.toStern, port: d.toPort, starboard: d.toStarboard });
}

function eta(e) {
  if (!e) return undefined;
  const two = (n) => (n === undefined ? '--' : formatNumber(n, 0, 0, 2));
  // AIS sends no year; show the parts as sent rather than inventing one.
  return t('vessel.etaValue', { day: two(e.day), month: two(e.month), hour: two(e.hour), minute: two(e.minute) });
}
