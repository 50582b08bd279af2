// Exchange audit: the federation's hash-chained audit, for administrators, from GET /api/federation/audit —
// every batch released to a partner and received from one (partner, categories with counts, cursor range,
// time) and every agreement version, newest first, filtered by partner, kind and time, a page at a time
// ("Older" follows nextBefore), with the chain verified by the node when the panel loads or a filter is
// applied: intact (entries, head hash) or broken at the first entry that fails.
import { api, ApiError } from './api.js';
import { el, byId, bindToggle } from './dom.js';
import { t, formatNumber, formatDateTime, onLanguageChange } from './i18n.js';

const PAGE = 50;
const KINDS = ['batch-released', 'batch-received', 'agreement-changed'];

export class ExchangeAuditPanel {
  constructor(onError) {
    this.onError = onError;
    this.filters = {};
    this.entries = [];
    this.nextBefore = null;
    this.verified = null;
    this.head = null;
    // Each load or page counts; an answer to an older request than the latest is dropped.
    this.request = 0;
    this.section = byId('exchange-audit');
    this.button = byId('toggle-exchange-audit');
    bindToggle(this.button, this.section);
    this.button.addEventListener('click', () => {
      if (!this.section.hidden) this.load();
    });
    const kind = byId('exchange-audit-kind');
    kind.replaceChildren(el('option', { attrs: { value: '' } }), ...KINDS.map((k) => el('option', { attrs: { value: k } })));
    byId('exchange-audit-form').addEventListener('submit', (e) => {
      e.preventDefault();
      // datetime-local has no zone; the watch works in UTC, so the fields are read as UTC.
      const utc = (id) => {
        const v = byId(id).value;
        return !v ? '' : v.length === 16 ? `${v}:00Z` : `${v}Z`;
      };
      this.filters = {
        partner: byId('exchange-audit-partner').value.trim(),
        kind: byId('exchange-audit-kind').value,
        from: utc('exchange-audit-from'),
        to: utc('exchange-audit-to'),
      };
      this.load();
    });
    byId('exchange-audit-older').addEventListener('click', () => this.older());
    onLanguageChange(() => this.render());
    this.render();
  }

  /** Shows the button to administrators of a node that federates (404 elsewhere, 403 to others). */
  async probe() {
    try {
      await api.get('/api/federation/audit', { limit: 1, verify: false });
      this.button.hidden = false;
    } catch (e) {
      if (!(e instanceof ApiError && (e.status === 404 || e.status === 403))) this.onError(e);
    }
  }

  /** The first page for the filters, with the chain verified now. */
  async load() {
    const message = byId('exchange-audit-message');
    message.textContent = '';
    const request = ++this.request;
    try {
      const answer = await api.get('/api/federation/audit', { ...this.filters, limit: PAGE });
      if (request !== this.request) return;
      this.entries = answer.entries;
      this.nextBefore = answer.nextBefore;
      this.verified = answer.verified;
      this.head = answer.head;
      this.render();
    } catch (e) {
      if (request !== this.request) return;
      if (e instanceof ApiError && e.status === 400) message.textContent = e.message;
      else this.onError(e);
    }
  }

  /** The next older page, appended; the verification shown stays the one made at load. */
  async older() {
    if (this.nextBefore === null) return;
    const request = ++this.request;
    try {
      const answer = await api.get('/api/federation/audit',
        { ...this.filters, limit: PAGE, before: this.nextBefore, verify: false });
      if (request !== this.request) return;
      this.entries = this.entries.concat(answer.entries);
      this.nextBefore = answer.nextBefore;
      this.render();
    } catch (e) {
      this.onError(e);
    }
  }

  render() {
    for (const option of byId('exchange-audit-kind').options) {
      option.textContent = option.value ? t(`exchangeAudit.kind.${option.value}`) : t('exchangeAudit.allKinds');
    }
    const status = byId('exchange-audit-verified');
    const v = this.verified;
    status.dataset.ok = v ? String(v.ok) : '';
    if (!v) {
      status.textContent = '';
    } else if (v.ok) {
      status.replaceChildren(
        el('span', { className: 'badge chain-ok', text: t('exchangeAudit.intact') }), ' ',
        t('exchangeAudit.intactDetail', { entries: formatNumber(v.entries) }), ' ',
        el('code', { className: 'hash', text: v.head, attrs: { dir: 'ltr' } }));
    } else {
      status.replaceChildren(
        el('span', { className: 'badge chain-broken', text: t('exchangeAudit.broken') }), ' ',
        t('exchangeAudit.brokenDetail', { index: v.brokenAt }), ' ',
        el('span', { className: 'broken-message', text: v.message, attrs: { dir: 'ltr' } }));
    }
    const rows = this.entries.map((e) => el('tr', { attrs: { 'data-index': e.index, 'data-kind': e.kind } },
      el('td', { text: e.index }),
      el('td', { text: e.time ? formatDateTime(e.time) : '' }),
      el('td', { text: KINDS.includes(e.kind) ? t(`exchangeAudit.kind.${e.kind}`) : t('exchangeAudit.malformed') }),
      el('td', { text: e.partner ? `${e.partner.nation} ${e.partner.node}` : '', attrs: { dir: 'ltr' } }),
      el('td', { attrs: { 'data-field': 'detail' } }, ...detail(e)),
      el('td', {}, el('code', { text: e.hash.slice(0, 12), attrs: { title: e.hash, dir: 'ltr' } }))));
    byId('exchange-audit-rows').replaceChildren(...rows);
    byId('exchange-audit-empty').hidden = this.entries.length > 0 || !this.verified;
    byId('exchange-audit-older').hidden = this.nextBefore === null;
  }
}

/** What an entry says, as text nodes and elements for its Detail cell. */
function detail(e) {
  if (e.kind === 'batch-released' || e.kind === 'batch-received') {
    const categories = e.categories.map((c) => `${c.category} ${formatNumber(c.count)}`).join(', ');
    return [
      el('span', { text: t('exchangeAudit.records', { records: formatNumber(e.records) }) }), ' ',
      el('span', { className: 'categories', text: categories, attrs: { dir: 'ltr' } }), ' ',
      el('span', { className: 'range', text: t('exchangeAudit.range', { after: e.after, upTo: e.upTo }) }),
    ];
  }
  if (e.kind === 'agreement-changed') {
    return [
      el('span', { text: t('exchangeAudit.agreement', { agreement: e.agreement, version: e.version, actor: e.actor }) }),
      el('ul', { className: 'changes' }, ...e.changes.map((c) => el('li', { text: c, attrs: { dir: 'auto' } }))),
    ];
  }
  return [el('span', { text: e.problem ?? '' })];
}
