// Agreements: the sharing agreements this node applies, for administrators, from
// GET /api/federation/agreements — each with its status, dates and a readable table of its annexes
// (category, from → to, area names, subjects, delay, precision, marking, retention), the annexes' polygons
// drawn on the map, the stored versions with what changed, a Suspend button (with a reason and a
// confirmation: nothing more leaves once the node answers) and Reinstate, and forms that save a new
// version: the agreement's status and dates, an annex's fields, adding and removing an annex. The node
// validates every version and names the problems; a version saved meanwhile by someone else is a conflict.
import { L } from './map.js';
import { api, ApiError } from './api.js';
import { el, byId, bindToggle } from './dom.js';
import { t, formatDateTime, onLanguageChange } from './i18n.js';

const CATEGORIES = ['vessel-positions', 'vessel-static', 'detections-and-alerts', 'incident-reports', 'sar-cases', 'programme-records'];
const STATUSES = ['draft', 'in-force', 'suspended', 'expired'];
const COLOURS = ['#1f6fb2', '#c2410c', '#15803d', '#7e22ce', '#b45309', '#0f766e'];

function areaName(area, annex) {
  if (area === 'everywhere') return t('agreements.everywhere');
  if (area.zone) return t('agreements.zone', { zone: area.zone });
  return area.name || annex.id;
}

function subjectsText(s) {
  if (!s) return t('agreements.allSubjects');
  const parts = [];
  if (s.shipTypes?.length) parts.push(t('agreements.shipTypes', { types: s.shipTypes.join(', ') }));
  if (s.flags?.length) parts.push(t('agreements.flags', { flags: s.flags.join(', ') }));
  if (s.excludeReleasersGovernmentVessels) parts.push(t('agreements.noGovernment'));
  if (s.eventTypes?.length) parts.push(t('agreements.eventTypes', { types: s.eventTypes.join(', ') }));
  if (s.minimumGrading) parts.push(t('agreements.minimumGrading', { grading: s.minimumGrading }));
  return parts.length ? parts.join('; ') : t('agreements.allSubjects');
}

function precisionText(p) {
  return !p || p === 'exact' ? t('agreements.exact') : t('agreements.grid', { degrees: p });
}

function day(iso) {
  return (iso ?? '').slice(0, 10);
}

export class AgreementsPanel {
  constructor(map, onError) {
    this.map = map;
    this.onError = onError;
    this.answer = null;
    this.layer = L.layerGroup();
    this.section = byId('agreements');
    this.button = byId('toggle-agreements');
    bindToggle(this.button, this.section);
    this.button.addEventListener('click', () => {
      if (this.section.hidden) {
        this.layer.remove();
      } else {
        this.layer.addTo(this.map);
        this.load(true);
      }
      // The side panel changes width with this panel; the map fills what is left.
      requestAnimationFrame(() => this.map.invalidateSize());
    });
    onLanguageChange(() => { if (this.answer) this.render(); });
  }

  /** Shows the button to administrators of a node that federates (404 elsewhere, 403 to others). */
  async probe() {
    try {
      this.answer = await api.get('/api/federation/agreements');
      this.button.hidden = false;
    } catch (e) {
      if (!(e instanceof ApiError && (e.status === 404 || e.status === 403))) this.onError(e);
    }
  }

  async load(fit = false) {
    try {
      this.answer = await api.get('/api/federation/agreements');
      this.render();
      if (fit) {
        this.map.invalidateSize();
        this.fit();
      }
    } catch (e) {
      this.onError(e);
    }
  }

  fit() {
    const bounds = L.latLngBounds([]);
    this.layer.eachLayer((l) => bounds.extend(l.getBounds()));
    if (bounds.isValid()) this.map.fitBounds(bounds, { padding: [20, 20] });
  }

  render() {
    const list = byId('agreements-list');
    this.layer.clearLayers();
    list.replaceChildren(...this.answer.agreements.map((v, i) => this.card(v, i)));
    if (!this.answer.agreements.length) list.append(el('p', { className: 'note', text: t('agreements.none') }));
  }

  /** Draws the polygons of an agreement's annexes, one colour per annex. */
  draw(agreement) {
    agreement.annexes.forEach((annex, i) => {
      for (const area of annex.areas) {
        if (!area.polygon) continue;
        const colour = COLOURS[i % COLOURS.length];
        L.polygon(area.polygon, { color: colour, weight: 2, fillOpacity: 0.08, className: 'agreement-area' })
          .bindTooltip(`${annex.id} · ${area.name || ''} · ${annex.category} ${annex.from} → ${annex.to}`)
          .addTo(this.layer);
      }
    });
  }

  card(version, index) {
    const a = version.agreement;
    this.draw(a);
    const message = el('div', { className: 'form-message', attrs: { role: 'alert' } });
    const status = el('span', {
      className: `badge agreement-status status-${a.status}`,
      text: t(`agreements.status.${a.status}`),
      attrs: { 'data-status': a.status },
    });
    const facts = el('dl', { className: 'facts' },
      el('dt', { text: t('agreements.version') }), el('dd', { text: String(a.version), attrs: { 'data-field': 'version' } }),
      el('dt', { text: t('agreements.validity') }), el('dd', { text: `${day(a.validity.from)} → ${day(a.validity.until)}`, attrs: { dir: 'ltr' } }),
      el('dt', { text: t('agreements.reference') }), el('dd', { text: [a.reference?.memorandum, a.reference?.implementingArrangement].filter(Boolean).join(' · ') }),
      el('dt', { text: t('agreements.saved') }), el('dd', { text: t('agreements.savedBy', { who: version.savedBy, time: formatDateTime(version.savedAt), reason: version.reason }) }));

    const head = el('tr', {}, ...['annex', 'category', 'fromTo', 'areas', 'subjects', 'delay', 'precision', 'marking', 'retention', 'actions']
      .map((k) => el('th', { text: t(`agreements.col.${k}`), attrs: { scope: 'col' } })));
    const editor = el('div', { className: 'agreement-editor' });
    const rows = a.annexes.map((annex) => el('tr', { attrs: { 'data-annex': annex.id } },
      el('th', { text: annex.id, attrs: { scope: 'row' } }),
      el('td', { text: annex.category }),
      el('td', { text: `${annex.from} → ${annex.to}`, attrs: { dir: 'ltr' } }),
      el('td', { text: annex.areas.map((ar) => areaName(ar, annex)).join(', '), attrs: { 'data-field': 'areas' } }),
      el('td', { text: subjectsText(annex.subjects) }),
      el('td', { text: annex.delay, attrs: { dir: 'ltr', 'data-field': 'delay' } }),
      el('td', { text: precisionText(annex.precision), attrs: { 'data-field': 'precision' } }),
      el('td', { text: annex.marking, attrs: { dir: 'ltr' } }),
      el('td', { text: annex.retention, attrs: { dir: 'ltr' } }),
      el('td', {},
        el('button', { attrs: { type: 'button' }, className: 'annex-edit', text: t('agreements.edit'), on: { click: () => this.annexForm(editor, version, annex, message) } }),
        ' ',
        el('button', { attrs: { type: 'button' }, className: 'annex-remove', text: t('agreements.remove'), on: { click: () => this.removeAnnex(version, annex, message) } }))));
    const table = el('div', { className: 'table-scroll' },
      el('table', { className: 'annex-table' }, el('caption', { text: t('agreements.annexes') }), el('thead', {}, head), el('tbody', {}, ...rows)));

    const reason = el('input', { className: 'agreement-reason', attrs: { id: `agreement-reason-${index}`, maxlength: 2000, required: true } });
    const suspended = a.status === 'suspended';
    const statusButton = el('button', {
      attrs: { type: 'button' },
      className: suspended ? 'agreement-reinstate primary' : 'agreement-suspend danger',
      text: t(suspended ? 'agreements.reinstate' : 'agreements.suspend'),
      on: { click: () => this.changeStatus(version, !suspended, reason, message) },
    });
    const actions = el('div', { className: 'agreement-actions' },
      el('label', { text: t('agreements.reason'), attrs: { for: `agreement-reason-${index}` } }), reason,
      statusButton,
      el('button', { attrs: { type: 'button' }, className: 'agreement-edit', text: t('agreements.editAgreement'), on: { click: () => this.agreementForm(editor, version, message) } }),
      el('button', { attrs: { type: 'button' }, className: 'annex-add', text: t('agreements.addAnnex'), on: { click: () => this.addForm(editor, version, message) } }),
      el('button', { attrs: { type: 'button' }, className: 'agreement-versions', text: t('agreements.versions'), on: { click: () => this.versions(versionsList, a.id) } }));
    const versionsList = el('ol', { className: 'agreement-history' });
    return el('article', { className: 'agreement', attrs: { 'data-agreement': a.id } },
      el('h3', {}, el('span', { text: a.title || a.id }), ' ', status),
      el('p', { className: 'note', text: a.id, attrs: { dir: 'ltr' } }),
      facts, table, actions, message, editor, versionsList);
  }

  reasonOf(input, message) {
    const reason = input.value.trim();
    if (!reason) {
      message.textContent = t('agreements.reasonRequired');
      input.focus();
      return null;
    }
    return reason;
  }

  async changeStatus(version, suspend, input, message) {
    const reason = this.reasonOf(input, message);
    if (!reason) return;
    const a = version.agreement;
    if (suspend && !window.confirm(t('agreements.confirmSuspend', { id: a.id, reason }))) return;
    try {
      await api.post(`/api/federation/agreements/${encodeURIComponent(a.id)}/${suspend ? 'suspend' : 'reinstate'}`,
        { reason, version: a.version });
      message.textContent = '';
      await this.load();
    } catch (e) {
      this.showError(e, message);
    }
  }

  /** Saves `agreement` as the version after `version`, with a reason asked for in the editor. */
  async save(version, agreement, reason, message) {
    try {
      await api.put(`/api/federation/agreements/${encodeURIComponent(version.agreement.id)}`,
        { version: version.agreement.version, reason, agreement });
      message.textContent = '';
      await this.load();
    } catch (e) {
      this.showError(e, message);
    }
  }

  showError(e, message) {
    if (!(e instanceof ApiError)) {
      this.onError(e);
      return;
    }
    if (e.status === 409) {
      message.textContent = t('agreements.conflict');
      return;
    }
    const problems = Object.entries(e.errors ?? {}).flatMap(([where, list]) => list.map((p) => `${where}: ${p.message}`));
    message.textContent = problems.length ? problems.join('\n') : e.message;
  }

  copy(version) {
    return JSON.parse(JSON.stringify(version.agreement));
  }

  form(editor, title, fields, onSave) {
    const reasonId = 'agreement-form-reason';
    const reason = el('input', { attrs: { id: reasonId, maxlength: 2000, required: true } });
    const formMessage = el('div', { className: 'form-message', attrs: { role: 'alert' } });
    const form = el('form', { className: 'agreement-form' },
      el('h4', { text: title }),
      ...fields.map(([id, label, input]) => el('div', {}, el('label', { text: label, attrs: { for: id } }), input)),
      el('div', {}, el('label', { text: t('agreements.reason'), attrs: { for: reasonId } }), reason),
      formMessage,
      el('button', { attrs: { type: 'submit' }, className: 'primary', text: t('agreements.save') }),
      ' ',
      el('button', { attrs: { type: 'button' }, text: t('agreements.cancel'), on: { click: () => editor.replaceChildren() } }));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const why = this.reasonOf(reason, formMessage);
      if (!why) return;
      try {
        onSave(why, formMessage);
      } catch (e) {
        formMessage.textContent = e.message;
      }
    });
    editor.replaceChildren(form);
    form.querySelector('input, select, textarea')?.focus();
  }

  input(id, value, attrs = {}) {
    return el('input', { attrs: { id, value: value ?? '', dir: 'ltr', ...attrs } });
  }

  json(id, value) {
    const area = el('textarea', { attrs: { id, rows: 4, dir: 'ltr', spellcheck: 'false' } });
    area.value = JSON.stringify(value);
    return area;
  }

  annexForm(editor, version, annex, message) {
    const f = {
      delay: this.input('annex-delay', annex.delay),
      precision: this.input('annex-precision', annex.precision),
      marking: this.input('annex-marking', annex.marking),
      retention: this.input('annex-retention', annex.retention),
      areas: this.json('annex-areas', annex.areas),
      subjects: this.json('annex-subjects', annex.subjects ?? {}),
    };
    this.form(editor, t('agreements.editAnnex', { id: annex.id }), [
      ['annex-delay', t('agreements.col.delay'), f.delay],
      ['annex-precision', t('agreements.col.precision'), f.precision],
      ['annex-marking', t('agreements.col.marking'), f.marking],
      ['annex-retention', t('agreements.col.retention'), f.retention],
      ['annex-areas', t('agreements.areasJson'), f.areas],
      ['annex-subjects', t('agreements.subjectsJson'), f.subjects],
    ], (reason, formMessage) => {
      const next = this.copy(version);
      const target = next.annexes.find((x) => x.id === annex.id);
      target.delay = f.delay.value.trim();
      target.precision = f.precision.value.trim();
      target.marking = f.marking.value.trim();
      target.retention = f.retention.value.trim();
      target.areas = JSON.parse(f.areas.value);
      target.subjects = JSON.parse(f.subjects.value);
      this.save(version, next, reason, formMessage);
    });
  }

  agreementForm(editor, version, message) {
    const a = version.agreement;
    const status = el('select', { attrs: { id: 'agreement-status' } },
      ...STATUSES.map((s) => el('option', { text: t(`agreements.status.${s}`), attrs: { value: s, selected: s === a.status } })));
    const from = this.input('agreement-from', day(a.validity.from), { type: 'date' });
    const until = this.input('agreement-until', day(a.validity.until), { type: 'date' });
    this.form(editor, t('agreements.editAgreement'), [
      ['agreement-status', t('agreements.statusLabel'), status],
      ['agreement-from', t('agreements.from'), from],
      ['agreement-until', t('agreements.until'), until],
    ], (reason, formMessage) => {
      const next = this.copy(version);
      next.status = status.value;
      // An unchanged date keeps its instant; a changed one is midnight UTC of that day.
      if (from.value !== day(a.validity.from)) next.validity.from = from.value;
      if (until.value !== day(a.validity.until)) next.validity.until = until.value;
      this.save(version, next, reason, formMessage);
    });
  }

  addForm(editor, version, message) {
    const a = version.agreement;
    const parties = a.parties.map((p) => p.nation);
    const select = (id, values, chosen) => el('select', { attrs: { id } },
      ...values.map((v) => el('option', { text: v, attrs: { value: v, selected: v === chosen } })));
    const f = {
      id: this.input('new-annex-id', ''),
      category: select('new-annex-category', CATEGORIES, 'vessel-positions'),
      from: select('new-annex-from', parties, parties[0]),
      to: select('new-annex-to', parties, parties[1]),
      marking: this.input('new-annex-marking', `REL TO ${parties.join(', ')}`),
      retention: this.input('new-annex-retention', 'P30D'),
      areas: this.json('new-annex-areas', ['everywhere']),
    };
    this.form(editor, t('agreements.addAnnex'), [
      ['new-annex-id', t('agreements.col.annex'), f.id],
      ['new-annex-category', t('agreements.col.category'), f.category],
      ['new-annex-from', t('agreements.from'), f.from],
      ['new-annex-to', t('agreements.to'), f.to],
      ['new-annex-marking', t('agreements.col.marking'), f.marking],
      ['new-annex-retention', t('agreements.col.retention'), f.retention],
      ['new-annex-areas', t('agreements.areasJson'), f.areas],
    ], (reason, formMessage) => {
      const next = this.copy(version);
      next.annexes.push({
        id: f.id.value.trim(),
        category: f.category.value,
        from: f.from.value,
        to: f.to.value,
        areas: JSON.parse(f.areas.value),
        marking: f.marking.value.trim(),
        retention: f.retention.value.trim(),
      });
      this.save(version, next, reason, formMessage);
    });
  }

  removeAnnex(version, annex, message) {
    const reason = window.prompt(t('agreements.confirmRemove', { id: annex.id }));
    if (!reason || !reason.trim()) return;
    const next = this.copy(version);
    next.annexes = next.annexes.filter((x) => x.id !== annex.id);
    this.save(version, next, reason.trim(), message);
  }

  async versions(list, id) {
    try {
      const answer = await api.get(`/api/federation/agreements/${encodeURIComponent(id)}/versions`);
      list.replaceChildren(...answer.versions.slice().reverse().map((v) => el('li', { attrs: { 'data-version': v.agreement.version } },
        el('span', { text: t('agreements.versionLine', { version: v.agreement.version, who: v.savedBy, time: formatDateTime(v.savedAt), reason: v.reason }) }),
        v.changes.length ? el('ul', { className: 'agreement-changes' }, ...v.changes.map((c) => el('li', {
          text: c.before === '' ? t('agreements.added', { where: c.where, after: c.after })
            : c.after === '' ? t('agreements.removed', { where: c.where, before: c.before })
              : t('agreements.changed', { where: c.where, before: c.before, after: c.after }),
          attrs: { dir: 'ltr' },
        }))) : null)));
    } catch (e) {
      this.onError(e);
    }
  }
}
