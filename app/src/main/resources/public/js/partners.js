// Partners: the state of each federation link with a partner node, from GET /api/federation/links —
// connected or not, how far behind (records and seconds), records applied per second, failed pulls and
// the last error — refreshed while the panel is open. Shown to watch officers and administrators, and
// only on a node that federates (the route answers 404 elsewhere, and the button stays hidden).
import { api, ApiError } from './api.js';
import { el, byId, bindToggle } from './dom.js';
import { t, formatNumber, formatDateTime, onLanguageChange } from './i18n.js';

const REFRESH_MS = 5000;

export class PartnersPanel {
  constructor(onError) {
    this.onError = onError;
    this.answer = null;
    this.updated = null;
    this.timer = 0;
    this.section = byId('partners');
    this.button = byId('toggle-partners');
    bindToggle(this.button, this.section);
    this.button.addEventListener('click', () => {
      clearInterval(this.timer);
      if (!this.section.hidden) {
        this.load();
        this.timer = setInterval(() => this.load(), REFRESH_MS);
      }
    });
    onLanguageChange(() => { if (this.answer) this.render(); });
  }

  /** Shows the button when the node federates; a node without federation answers 404. */
  async probe() {
    try {
      this.answer = await api.get('/api/federation/links');
      this.updated = new Date();
      this.button.hidden = false;
      this.render();
    } catch (e) {
      if (!(e instanceof ApiError && (e.status === 404 || e.status === 403))) this.onError(e);
    }
  }

  async load() {
    try {
      this.answer = await api.get('/api/federation/links');
      this.updated = new Date();
      this.render();
    } catch (e) {
      this.onError(e);
    }
  }

  render() {
    const a = this.answer;
    byId('partners-self').textContent = t('partners.self', { fingerprint: a.fingerprint, port: a.port });
    const list = byId('partners-links');
    list.replaceChildren(...a.links.map((link) => {
      const state = el('span', {
        className: `badge link-state ${link.connected ? 'connected' : 'disconnected'}`,
        text: t(link.connected ? 'partners.connected' : 'partners.disconnected'),
        attrs: { 'data-connected': String(link.connected) },
      });
      const facts = el('dl', { className: 'facts' });
      const rows = [
        ['lag', 'partners.lag', t('partners.lagValue', { records: formatNumber(link.lagRecords), seconds: formatNumber(link.lagSeconds) })],
        ['rate', 'partners.rate', formatNumber(link.recordsPerSecond, 1, 1)],
        ['applied', 'partners.applied', formatNumber(link.applied)],
        ['failures', 'partners.failures', formatNumber(link.failures)],
        ['lastError', 'partners.lastError', link.lastError],
      ];
      for (const [field, key, value] of rows) {
        if (value === null || value === undefined) continue;
        facts.append(el('dt', { text: t(key) }), el('dd', { text: value, attrs: { 'data-field': field } }));
      }
      return el('li', { className: 'partner-link', attrs: { 'data-node': link.node } },
        el('h3', {}, el('span', { text: link.nation }), ' ', el('span', { className: 'partner-node', text: link.node, attrs: { dir: 'ltr' } }), ' ', state),
        facts);
    }));
    if (!a.links.length) list.append(el('li', { text: t('partners.none') }));
    byId('partners-updated').textContent = t('partners.updated', { time: formatDateTime(this.updated.toISOString()) });
  }
}
