// The analyst desk for incident reports: the form (create, or correct as a new version), the report page
// (every field, grading as "B2", the marking, versions with what each changed, history, links,
// provenance) and the review steps. The server decides who may do what (a second analyst confirms);
// the buttons only offer the steps of the report's status.
import { api } from './api.js';
import { el, byId, clear } from './dom.js';
import { t } from './i18n.js';

const STEPS = {
  DRAFT: ['submit', 'correct'],
  SUBMITTED: ['confirm', 'reject', 'withdraw'],
  CONFIRMED: ['publish'],
  PUBLISHED: ['correct'],
  REJECTED: ['correct'],
};

export class IncidentDesk {
  /** `onChange` runs after a step that may change the map (publication) or the lists. */
  constructor(canWrite, onChange, onError) {
    this.canWrite = canWrite;
    this.onChange = onChange;
    this.onError = onError;
    this.form = byId('incident-form');
    this.page = byId('incident-report');
    this.message = byId('incident-form-message');
    this.correcting = null;
    this.vocabulary = [];
    byId('incident-desk').hidden = !canWrite;
    byId('incident-new').addEventListener('click', () => this.openForm(null));
    byId('incident-f-cancel').addEventListener('click', () => { this.form.hidden = true; });
    byId('incident-f-type').addEventListener('change', () => this.fillSubTypes());
    byId('incident-f-actor-add').addEventListener('click', () => this.addActor());
    this.form.addEventListener('submit', (e) => { e.preventDefault(); this.save(false); });
    byId('incident-f-submit').addEventListener('click', () => this.save(true));
  }

  async loadVocabulary() {
    if (this.vocabulary.length) return;
    this.vocabulary = (await api.get('/api/incidents/vocabulary')).types;
    const types = byId('incident-f-type');
    clear(types);
    for (const v of this.vocabulary) types.append(el('option', { text: t(`incidents.t.${v.type}`), attrs: { value: v.type } }));
    this.fillSubTypes();
  }

  fillSubTypes(chosen) {
    const type = byId('incident-f-type').value;
    const select = byId('incident-f-subType');
    clear(select);
    for (const s of this.vocabulary.find((v) => v.type === type)?.subTypes ?? []) {
      select.append(el('option', { text: t(`incidents.s.${s}`), attrs: { value: s } }));
    }
    if (chosen) select.value = chosen;
  }

  addActor() {
    const input = byId('incident-f-actor-new');
    const name = input.value.trim();
    if (!name) return;
    const actors = byId('incident-f-actors');
    actors.value = actors.value.trim() ? `${actors.value.trim()}\n${name}` : name;
    input.value = '';
  }

  /** Opens the form empty (a new report) or filled with a report's working version (a correction). */
  async openForm(page) {
    try {
      await this.loadVocabulary();
    } catch (e) {
      this.onError(e);
      return;
    }
    this.correcting = page;
    clear(this.message);
    byId('incident-form-title').textContent = page ? t('incidents.correctTitle', { id: page.id }) : t('incidents.formTitle');
    byId('incident-f-reason-box').hidden = !page;
    byId('incident-f-link-box').hidden = Boolean(page);
    byId('incident-f-submit').hidden = Boolean(page);
    byId('incident-f-draft').textContent = page ? t('incidents.saveCorrection') : t('incidents.saveDraft');
    const r = page?.report;
    const set = (id, value) => { byId(id).value = value ?? ''; };
    set('incident-f-date', r?.date);
    set('incident-f-timePrecision', r?.timePrecision ?? 'DAY');
    set('incident-f-place', r?.place);
    set('incident-f-admin1', r?.admin1);
    set('incident-f-admin2', r?.admin2);
    set('incident-f-country', r?.country);
    set('incident-f-latitude', r?.latitude);
    set('incident-f-longitude', r?.longitude);
    set('incident-f-geoPrecision', r?.geoPrecision ?? 'EXACT_PLACE');
    byId('incident-f-type').value = r?.type ?? this.vocabulary[0].type;
    this.fillSubTypes(r?.subType);
    set('incident-f-actors', (r?.actors ?? []).join('\n'));
    set('incident-f-killed', r?.killed);
    set('incident-f-wounded', r?.wounded);
    set('incident-f-kidnapped', r?.kidnapped);
    set('incident-f-narrative', r?.narrative);
    set('incident-f-sources', (r?.sources ?? []).join('\n'));
    set('incident-f-reliability', r ? r.grading[0] : 'F');
    set('incident-f-credibility', r ? r.grading[1] : '6');
    set('incident-f-sourceNation', r?.sourceNation ?? 'DZA');
    set('incident-f-releasability', r?.releasability ?? 'REL TO DZA, USA');
    set('incident-f-handlingNote', r?.handlingNote);
    set('incident-f-linkKind', '');
    set('incident-f-linkTo', '');
    set('incident-f-reason', '');
    this.form.hidden = false;
    this.page.hidden = true;
    byId('incident-f-date').focus();
  }

  /** The form as the API's report; an empty casualty field is unknown (left out), 0 is none. */
  body() {
    const value = (id) => byId(id).value.trim();
    const lines = (id) => byId(id).value.split('\n').map((s) => s.trim()).filter(Boolean);
    const number = (id) => (value(id) === '' ? undefined : Number(value(id)));
    const count = (id) => (value(id) === '' ? undefined : Number(value(id)));
    const body = {
      date: value('incident-f-date') || undefined,
      timePrecision: value('incident-f-timePrecision'),
      place: value('incident-f-place') || undefined,
      admin1: value('incident-f-admin1'),
      admin2: value('incident-f-admin2'),
      country: value('incident-f-country') || undefined,
      latitude: number('incident-f-latitude'),
      longitude: number('incident-f-longitude'),
      geoPrecision: value('incident-f-geoPrecision'),
      subType: value('incident-f-subType'),
      actors: lines('incident-f-actors'),
      killed: count('incident-f-killed'),
      wounded: count('incident-f-wounded'),
      kidnapped: count('incident-f-kidnapped'),
      narrative: value('incident-f-narrative'),
      sources: lines('incident-f-sources'),
      grading: value('incident-f-reliability') + value('incident-f-credibility'),
      sourceNation: value('incident-f-sourceNation') || undefined,
      releasability: value('incident-f-releasability') || undefined,
      handlingNote: value('incident-f-handlingNote'),
    };
    if (this.correcting) body.reason = value('incident-f-reason') || undefined;
    return body;
  }

  async save(submit) {
    clear(this.message);
    try {
      let page;
      if (this.correcting) {
        page = await api.post(`/api/incidents/reports/${encodeURIComponent(this.correcting.id)}/versions`, this.body());
      } else {
        page = await api.post('/api/incidents/reports', this.body());
        const kind = byId('incident-f-linkKind').value;
        const to = byId('incident-f-linkTo').value.trim();
        if (kind && to) page = await api.post(`/api/incidents/reports/${encodeURIComponent(page.id)}/links`, { kind, to });
        if (submit) page = await api.post(`/api/incidents/reports/${encodeURIComponent(page.id)}/submit`);
      }
      this.form.hidden = true;
      this.render(page);
      this.onChange();
    } catch (e) {
      this.showError(this.message, e);
    }
  }

  showError(box, e) {
    clear(box);
    box.append(el('p', { text: e.message }));
    const list = el('ul', { className: 'import-errors' });
    for (const [field, problems] of Object.entries(e.errors ?? {})) {
      for (const p of problems) list.append(el('li', { text: t('incidents.fieldError', { field, message: p.message }) }));
    }
    if (list.childElementCount) box.append(list);
  }

  /** Opens the report page of `id` (from the map, the lists or a link). */
  async show(id) {
    try {
      this.render(await api.get(`/api/incidents/reports/${encodeURIComponent(id)}`));
    } catch (e) {
      this.onError(e);
    }
  }

  render(page) {
    const r = page.report;
    const box = this.page;
    clear(box);
    box.dataset.id = page.id;
    box.dataset.status = page.status;
    const unknown = t('incidents.unknown');
    const count = (n) => (n === undefined || n === null ? unknown : String(n));
    box.append(
      el('p', { className: 'marking', text: r.releasability }),
      el('h3', { text: `${page.id} — ${t(`incidents.s.${r.subType}`)}` }, ...partnerBadge(page.partner)),
      el('p', { className: 'note', text: `${t('incidents.r.status')}: ${t(`incidents.st.${page.status}`)} · ${t('incidents.r.version', { number: page.workingVersion ?? page.publishedVersion })}` }),
      el('p', { className: 'grading', attrs: { 'data-grading': r.grading }, text: r.grading }),
      el('p', { text: t('incidents.r.gradingLine', { code: r.grading, reliability: t(`incidents.rel.${r.grading[0]}`), credibility: t(`incidents.cred.${r.grading[1]}`) }) }),
    );
    const dl = el('dl');
    const row = (label, value) => dl.append(el('dt', { text: label }), el('dd', { text: value }));
    row(t('incidents.r.when'), `${r.date} (${t(`incidents.tp.${r.timePrecision}`)})`);
    row(t('incidents.r.where'), `${r.place}${r.admin2 ? `, ${r.admin2}` : ''}${r.admin1 ? `, ${r.admin1}` : ''}, ${r.country} — ${r.latitude}, ${r.longitude} (${t(`incidents.gp.${r.geoPrecision}`)})`);
    row(t('incidents.r.what'), `${t(`incidents.t.${r.type}`)} / ${t(`incidents.s.${r.subType}`)}`);
    row(t('incidents.r.who'), r.actors.join('; '));
    row(t('incidents.r.casualties'), t('incidents.r.casualtyLine', { killed: count(r.killed), wounded: count(r.wounded), kidnapped: count(r.kidnapped) }));
    row(t('incidents.r.narrative'), r.narrative);
    row(t('incidents.r.sources'), r.sources.join('\n'));
    row(t('incidents.f.handlingNote'), r.handlingNote);
    box.append(dl);

    box.append(el('h4', { text: t('incidents.r.provenance') }));
    const nobody = t('incidents.r.nobody');
    box.append(el('p', {
      className: 'provenance',
      text: page.origin === 'partner'
        ? t('incidents.r.origin.partner', { ...page.partner, sourceNation: r.sourceNation })
        : page.origin === 'import'
        ? t('incidents.r.origin.import', { node: page.node, nation: r.sourceNation })
        : t('incidents.r.origin.workflow', {
          node: page.node, nation: r.sourceNation, author: page.author,
          confirmedBy: page.confirmedBy ?? nobody, publishedBy: page.publishedBy ?? nobody,
        }),
    }));

    box.append(el('h4', { text: t('incidents.r.versions') }));
    const versions = el('ol', { className: 'incident-versions' });
    for (const v of page.versions) {
      const item = el('li', { text: t('incidents.r.versionLine', {
        number: v.number, status: t(`incidents.st.${v.status}`), author: v.author ?? '—', at: v.writtenAt ?? '—', reason: v.reason,
      }) });
      if (v.changed.length) {
        item.append(el('br'), el('span', { text: t('incidents.r.changed', { fields: v.changed.map((f) => t(`incidents.field.${f}`)).join(', ') }) }));
      }
      versions.append(item);
    }
    box.append(versions);

    if (page.history.length) {
      box.append(el('h4', { text: t('incidents.r.history') }));
      const history = el('ul', { className: 'incident-history' });
      for (const h of page.history) {
        history.append(el('li', { text: t('incidents.r.historyLine', { at: h.at, version: h.version, action: t(`incidents.h.${h.action}`), by: h.by }) }));
      }
      box.append(history);
    }

    box.append(el('h4', { text: t('incidents.r.links') }));
    if (!page.links.length) box.append(el('p', { className: 'note', text: t('incidents.r.noLinks') }));
    for (const link of page.links) {
      const other = link.from === page.id ? link.to : link.from;
      box.append(el('p', {}, `${t(`incidents.link.${link.kind}`)} `,
        el('button', { text: other, attrs: { type: 'button', 'data-report': other }, on: { click: () => this.show(other) } })));
    }

    const stepMessage = el('div', { className: 'form-message', attrs: { role: 'alert' } });
    if (this.canWrite && page.origin === 'workflow') {
      const buttons = el('p', { className: 'buttons' });
      for (const step of STEPS[page.status] ?? []) {
        buttons.append(el('button', {
          text: t(`incidents.a.${step}`),
          attrs: { type: 'button', id: `incident-a-${step}` },
          on: { click: () => this.step(page, step, stepMessage) },
        }));
      }
      box.append(buttons);
    }
    box.append(stepMessage, el('p', { className: 'buttons' },
      el('button', { text: t('incidents.close'), attrs: { type: 'button' }, on: { click: () => { box.hidden = true; } } })));
    box.hidden = false;
    box.scrollIntoView({ block: 'nearest' });
  }

  async step(page, step, message) {
    if (step === 'correct') {
      this.openForm(page);
      return;
    }
    try {
      let body;
      if (step === 'reject') {
        const reason = window.prompt(t('incidents.a.rejectReason'));
        if (!reason) return;
        body = { reason };
      }
      this.render(await api.post(`/api/incidents/reports/${encodeURIComponent(page.id)}/${step}`, body));
      this.onChange();
    } catch (e) {
      this.showError(message, e);
    }
  }
}

/**
 * The badge of a report received from a partner ({@code partner} as the API gives it), empty for a report of
 * this node: its nation in the text, its node and marking for screen readers and on hover.
 */
export function partnerBadge(partner) {
  if (!partner) return [];
  const label = t('incidents.partnerBadgeLabel', partner);
  return [' ', el('span', {
    className: 'badge partner-badge',
    text: t('incidents.partnerBadge', partner),
    attrs: { 'data-partner': partner.nation, title: label, 'aria-label': label },
  })];
}
