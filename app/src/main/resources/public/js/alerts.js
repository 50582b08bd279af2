// Alerts: the list in the side panel (filters, export, acknowledge and close with a comment), the
// toolbar badge of new alerts, a sound when one arrives (if the officer chose it), and "show" which
// opens the vessel with its track around the event. Alerts arrive live on the picture's WebSocket.
import { api } from './api.js';
import { el, byId, clear, bindToggle } from './dom.js';
import { t, formatNumber, formatDateTime, onLanguageChange } from './i18n.js';

const SOUND_KEY = 'jisr.alertSound';
/** Hours of track shown before an event and after its end. */
const TRACK_BEFORE_MS = 3 * 3600e3;
const TRACK_AFTER_MS = 1 * 3600e3;
const OPEN_STATES = ['NEW', 'ACKNOWLEDGED'];

export class AlertsPanel {
  /**
   * @param canHandle whether the signed-in account may acknowledge and close (watch officer, analyst)
   * @param onShow called with an alert to open its vessel and track
   * @param onError reports a failed call
   */
  constructor(canHandle, onShow, onError) {
    this.canHandle = canHandle;
    this.onShow = onShow;
    this.onError = onError;
    this.alerts = new Map();
    this.newCount = 0;
    this.section = byId('alerts');
    this.list = byId('alert-list');
    this.count = byId('alert-count');
    this.badge = byId('alert-badge');
    this.announcer = byId('alert-announcer');
    this.stateFilter = byId('alert-state');
    this.kindFilter = byId('alert-kind');
    this.sound = byId('alert-sound');
    this.sound.checked = localStorage.getItem(SOUND_KEY) === 'on';
    this.sound.addEventListener('change', () => localStorage.setItem(SOUND_KEY, this.sound.checked ? 'on' : 'off'));
    this.stateFilter.addEventListener('change', () => this.load());
    this.kindFilter.addEventListener('change', () => this.load());
    bindToggle(byId('toggle-alerts'), this.section);
    onLanguageChange(() => this.render());
    this.audio = null;
  }

  /** The query of the current filters, for the list and the export links. */
  query() {
    const state = this.stateFilter.value;
    return {
      state: state === 'open' ? OPEN_STATES.join(',') : state === 'all' ? '' : state,
      kind: this.kindFilter.value,
      limit: 500,
    };
  }

  async load() {
    try {
      const answer = await api.get('/api/alerts', this.query());
      this.alerts = new Map(answer.alerts.map((a) => [a.id, a]));
      this.total = answer.total;
      this.setNewCount(answer.newAlerts);
      this.render();
    } catch (e) {
      this.onError(e);
    }
  }

  /** An alert raised or changed, from the live view. */
  received(alert) {
    const before = this.alerts.get(alert.id);
    const isNew = !before && alert.state === 'NEW' && !alert.withdrawal && alert.updates === 0;
    if (before?.state === 'NEW' && alert.state !== 'NEW') this.setNewCount(this.newCount - 1);
    if (isNew) {
      this.setNewCount(this.newCount + 1);
      this.announce(alert);
    }
    if (this.matches(alert)) this.alerts.set(alert.id, alert);
    else this.alerts.delete(alert.id);
    this.render();
  }

  matches(alert) {
    const q = this.query();
    return (!q.state || q.state.split(',').includes(alert.state)) && (!q.kind || q.kind === alert.kind);
  }

  setNewCount(count) {
    this.newCount = Math.max(0, count);
    this.badge.hidden = this.newCount === 0;
    this.badge.textContent = formatNumber(this.newCount);
    this.badge.setAttribute('aria-label', t('alerts.badge', { count: formatNumber(this.newCount) }));
    document.documentElement.dataset.newAlerts = String(this.newCount);
  }

  announce(alert) {
    this.announcer.textContent = t('alerts.announce', { kind: t(`alerts.kind.${alert.kind}`), vessel: vesselsText(alert) });
    if (this.sound.checked) this.beep(alert.severity);
  }

  /** Two short tones, higher for more severe alerts; made here, so no sound file is fetched. */
  beep(severity) {
    try {
      this.audio ??= new AudioContext();
      const pitch = { CRITICAL: 1320, HIGH: 1100, MEDIUM: 880 }[severity] ?? 660;
      for (const start of [0, 0.25]) {
        const tone = this.audio.createOscillator();
        const gain = this.audio.createGain();
        tone.frequency.value = pitch;
        gain.gain.setValueAtTime(0.15, this.audio.currentTime + start);
        gain.gain.exponentialRampToValueAtTime(0.001, this.audio.currentTime + start + 0.2);
        tone.connect(gain).connect(this.audio.destination);
        tone.start(this.audio.currentTime + start);
        tone.stop(this.audio.currentTime + start + 0.2);
      }
    } catch (e) {
      console.warn('could not play the alert sound', e);
    }
  }

  render() {
    const q = this.query();
    const params = new URLSearchParams(Object.entries({ ...q, limit: 10000 }).filter(([, v]) => v !== ''));
    byId('alert-export-csv').href = `/api/alerts?${params}&format=csv`;
    byId('alert-export-geojson').href = `/api/alerts?${params}&format=geojson`;
    const sorted = [...this.alerts.values()].sort((a, b) => b.raisedAt.localeCompare(a.raisedAt) || b.id.localeCompare(a.id));
    this.count.textContent = sorted.length ? t('alerts.count', { count: formatNumber(sorted.length) }) : t('alerts.empty');
    clear(this.list);
    for (const alert of sorted) this.list.append(this.item(alert));
  }

  item(alert) {
    const li = el('li', { className: `alert-item severity-${alert.severity.toLowerCase()}`, attrs: { 'data-alert-id': alert.id, 'data-state': alert.state } });
    li.append(
      el('div', { className: 'alert-head' },
        el('span', { className: 'badge severity', text: t(`alerts.severity.${alert.severity}`) }),
        el('strong', { text: t(`alerts.kind.${alert.kind}`) }),
        el('span', { className: 'alert-state', text: t(`alerts.state.${alert.state}`) }),
        ...alertPartnerBadge(alert.partner)),
      el('div', { className: 'alert-vessels', text: vesselsText(alert) }),
      el('div', { className: 'note', text: describe(alert) }),
      el('div', { className: 'note', text: period(alert) }));
    if (alert.withdrawal) li.append(el('div', { className: 'form-message', text: t('alerts.withdrawn', { reason: alert.withdrawal }) }));
    for (const n of alert.notes) {
      li.append(el('div', { className: 'note', text: t('alerts.note', { by: n.by, time: formatDateTime(n.at), text: n.text }) }));
    }
    const buttons = el('div', { className: 'buttons' },
      el('button', { text: t('alerts.show'), attrs: { type: 'button', 'data-action': 'show' }, on: { click: () => this.onShow(alert) } }));
    if (this.canHandle && alert.state === 'NEW') buttons.append(this.stepButton(li, alert, 'acknowledge'));
    if (this.canHandle && alert.state !== 'CLOSED') buttons.append(this.stepButton(li, alert, 'close'));
    li.append(buttons);
    return li;
  }

  /** A button that asks for the comment, then acknowledges or closes. */
  stepButton(li, alert, step) {
    return el('button', {
      text: t(`alerts.${step}`),
      attrs: { type: 'button', 'data-action': step },
      on: { click: () => li.append(this.commentForm(alert, step)) },
    });
  }

  commentForm(alert, step) {
    const id = `alert-comment-${alert.id}`;
    const message = el('p', { className: 'form-message', attrs: { role: 'alert' } });
    const input = el('textarea', { attrs: { id, rows: 2, maxlength: 2000, required: true } });
    const form = el('form', { className: 'alert-comment', attrs: { novalidate: true } },
      el('label', { text: t('alerts.comment'), attrs: { for: id } }), input, message,
      el('div', { className: 'buttons' },
        el('button', { className: 'primary', text: t(`alerts.${step}`), attrs: { type: 'submit' } }),
        el('button', { text: t('alerts.cancel'), attrs: { type: 'button' }, on: { click: () => form.remove() } })));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (!input.value.trim()) {
        message.textContent = t('alerts.commentRequired');
        return;
      }
      try {
        const changed = await api.post(`/api/alerts/${encodeURIComponent(alert.id)}/${step}`, { comment: input.value });
        this.received(changed);
      } catch (error) {
        message.textContent = error.message;
      }
    });
    setTimeout(() => input.focus(), 0);
    return form;
  }
}

/**
 * The badge of an alert a partner's node raised: the partner's nation, with its node, version and marking
 * in the title. Its lifecycle here is this node's own.
 */
function alertPartnerBadge(partner) {
  if (!partner) return [];
  const label = t('alerts.partnerBadgeLabel', partner);
  return [el('span', {
    className: 'badge partner-badge',
    text: t('alerts.partnerBadge', partner),
    attrs: { 'data-partner': partner.nation, title: label, 'aria-label': label, dir: 'auto' },
  })];
}

/** The track period worth seeing around an alert: some hours before, until an hour after its end. */
export function periodAround(alert) {
  const from = new Date(Date.parse(alert.start) - TRACK_BEFORE_MS);
  const end = alert.end ? Date.parse(alert.end) : Date.parse(alert.updatedAt);
  return { from, to: new Date(Math.max(end, Date.parse(alert.start)) + TRACK_AFTER_MS) };
}

/** When: one moment, a period, or since when it goes on. */
function period(alert) {
  if (alert.end === alert.start) return t('alerts.at', { time: formatDateTime(alert.start) });
  return t(alert.end ? 'alerts.period' : 'alerts.since', { from: formatDateTime(alert.start), to: formatDateTime(alert.end) });
}

function vesselsText(alert) {
  return alert.vessels.map((v) => (v.name ? `${v.name} (${v.mmsi})` : String(v.mmsi))).join(' — ');
}

/** One line of the facts particular to the kind. */
function describe(alert) {
  const d = alert.details ?? {};
  switch (alert.kind) {
    case 'AIS_GAP':
      return t(d.possibleDisabling ? 'alerts.detail.gapDisabling' : 'alerts.detail.gap');
    case 'ENCOUNTER':
      return t('alerts.detail.encounter', { metres: formatNumber(d.closestMetres), knots: formatNumber(d.medianSpeedKnots, 1) });
    case 'LOITERING':
      return t('alerts.detail.loitering', { knots: formatNumber(d.averageSpeedKnots, 1), miles: formatNumber(d.shoreDistanceNauticalMiles) });
    case 'ZONE_VISIT':
      return t('alerts.detail.zone', { zone: d.zoneName ?? '' });
    case 'PORT_VISIT':
      return t('alerts.detail.port', { port: d.port ?? '' });
    case 'IDENTITY_ANOMALY':
      return `${t(`alerts.anomaly.${d.anomaly}`)}: ${d.detail ?? ''}`;
    default:
      return '';
  }
}
