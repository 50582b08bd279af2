// Programme: the programme officers' cooperation register — the dashboard (instruments in force and
// expiring, next meetings, overdue actions per owner, late and coming milestones), the action items with
// "mark done", the meetings with their PDF report, the calendar download, and the forms that register an
// instrument (and attach its signed PDF), create a working group and record a meeting with its decisions
// and action items. Everything shown comes from /api/programme; nothing is computed here.
import { api } from './api.js';
import { el, byId, clear, bindToggle } from './dom.js';
import { t, onLanguageChange } from './i18n.js';

export class ProgrammePanel {
  constructor(canWrite, onError) {
    this.canWrite = canWrite;
    this.onError = onError;
    this.register = null;
    this.section = byId('programme');
    this.message = byId('programme-message');
    byId('toggle-programme').hidden = false;
    byId('programme-forms').hidden = !canWrite;
    bindToggle(byId('toggle-programme'), this.section);
    byId('toggle-programme').addEventListener('click', () => { if (!this.section.hidden) this.load(); });
    byId('programme-instrument-form').addEventListener('submit', (e) => { e.preventDefault(); this.registerInstrument(); });
    byId('programme-text-form').addEventListener('submit', (e) => { e.preventDefault(); this.attachText(); });
    byId('programme-group-form').addEventListener('submit', (e) => { e.preventDefault(); this.createGroup(); });
    byId('programme-meeting-form').addEventListener('submit', (e) => { e.preventDefault(); this.holdMeeting(); });
    byId('meeting-add-action').addEventListener('click', () => this.addActionRow());
    onLanguageChange(() => { if (this.register) this.render(); });
  }

  async load() {
    try {
      const [register, dashboard] = await Promise.all([
        api.get('/api/programme'),
        api.get('/api/programme/dashboard'),
      ]);
      this.register = register;
      this.dashboard = dashboard;
      if (register.side) {
        // A federating node keeps its own nation's records only: the side is not a choice.
        byId('programme-side').value = register.side;
        byId('programme-side').disabled = true;
      }
      this.render();
    } catch (e) {
      this.onError(e);
    }
  }

  render() {
    byId('programme-day').textContent = t('programme.day', { day: this.dashboard.day, days: this.dashboard.horizonDays });
    this.renderDashboard();
    this.renderActions();
    this.renderMeetings();
    this.renderInstruments();
    this.renderGroups();
    fillSelect(byId('text-instrument'), this.register.instruments.map((i) => [i.id, i.title]));
    fillSelect(byId('meeting-group'), this.register.groups.map((g) => [g.id, g.name]));
  }

  renderDashboard() {
    const d = this.dashboard;
    const box = byId('programme-dashboard');
    clear(box);
    const block = (key, items, line, className) => {
      box.append(el('h3', { text: t(key, { count: items.length }) }));
      const list = el('ul', { className: `programme-list ${className ?? ''}` });
      if (!items.length) list.append(el('li', { className: 'note', text: t('programme.none') }));
      for (const item of items) list.append(line(item));
      box.append(list);
    };
    block('programme.inForce', d.inForce, (i) => el('li', {
      text: t('programme.instrumentLine', { title: i.title, status: t(`programme.s.${i.status}`), end: i.currentTermEnd ?? '—' }),
    }));
    block('programme.expiring', d.expiring, (i) => el('li', {
      className: 'warning', text: t('programme.expiringLine', { title: i.title, days: i.daysLeft }),
    }));
    block('programme.denunciationDue', d.denunciationDue, (i) => el('li', {
      className: 'warning', text: t('programme.denunciationLine', { title: i.title, day: i.denunciationDeadline }),
    }));
    block('programme.nextMeetings', d.nextMeetings, (m) => el('li', {
      text: t('programme.meetingLine', { title: m.title, start: m.start.replace('T', ' '), zone: m.zone, place: m.place }),
    }));
    const overdue = Object.entries(d.overdue).flatMap(([who, items]) => items.map((a) => ({ who, a })));
    block('programme.overdue', overdue, ({ who, a }) => el('li', {
      className: 'overdue', attrs: { 'data-action': a.id },
      text: t('programme.overdueLine', { who, title: a.title, due: a.due }),
    }), 'overdue-list');
    block('programme.lateMilestones', d.lateMilestones, (m) => el('li', {
      className: 'overdue', text: t('programme.milestoneLine', { name: m.name, title: m.caseTitle, day: m.planned }),
    }));
    block('programme.comingMilestones', d.comingMilestones, (m) => el('li', {
      text: t('programme.milestoneLine', { name: m.name, title: m.caseTitle, day: m.planned }),
    }));
    document.documentElement.dataset.programmeOverdue = String(overdue.length);
  }

  renderActions() {
    const list = byId('programme-actions');
    clear(list);
    if (!this.register.actions.length) list.append(el('li', { className: 'note', text: t('programme.none') }));
    for (const a of this.register.actions) {
      const pending = a.status === 'OPEN' || a.status === 'IN_PROGRESS';
      const item = el('li', { className: a.overdue ? 'overdue' : '', attrs: { 'data-action': a.id, 'data-status': a.status } },
        el('span', { text: t('programme.actionLine', {
          title: a.title, who: a.assignee, side: a.side, due: a.due, status: t(`programme.a.${a.status}`),
        }) }),
        a.overdue ? el('span', { className: 'badge overdue-badge', text: t('programme.overdueBadge') }) : null,
        pending && this.canWrite
          ? el('button', { text: t('programme.markDone'), attrs: { type: 'button', 'data-done': a.id }, on: { click: () => this.markDone(a.id) } })
          : null);
      list.append(item);
    }
  }

  renderMeetings() {
    const list = byId('programme-meetings');
    clear(list);
    if (!this.register.meetings.length) list.append(el('li', { className: 'note', text: t('programme.none') }));
    for (const m of this.register.meetings) {
      list.append(el('li', {},
        el('span', { text: t('programme.meetingLine', { title: m.title, start: m.start.replace('T', ' '), zone: m.zone, place: m.place }) }),
        ' ',
        el('a', {
          className: 'button-link', text: t('programme.report'),
          attrs: { href: `/api/programme/meetings/${encodeURIComponent(m.id)}/report.pdf`, download: true, 'data-report': m.id },
        })));
    }
  }

  renderInstruments() {
    const list = byId('programme-instruments');
    clear(list);
    if (!this.register.instruments.length) list.append(el('li', { className: 'note', text: t('programme.none') }));
    for (const i of this.register.instruments) {
      list.append(el('li', { attrs: { 'data-instrument': i.id } },
        el('span', { text: t('programme.instrumentFull', {
          title: i.title, kind: t(`programme.k.${i.kind}`), status: t(`programme.s.${i.status}`), parties: i.parties.join(', '),
        }) }),
        i.text ? ' ' : null,
        i.text ? el('a', {
          className: 'button-link', text: t('programme.text'),
          attrs: { href: `/api/programme/instruments/${encodeURIComponent(i.id)}/text`, download: true },
        }) : null));
    }
  }

  renderGroups() {
    const list = byId('programme-groups');
    clear(list);
    if (!this.register.groups.length) list.append(el('li', { className: 'note', text: t('programme.none') }));
    for (const g of this.register.groups) {
      list.append(el('li', { attrs: { 'data-group': g.id }, text: t('programme.groupLine', {
        name: g.name, chairs: g.coChairs.map((c) => `${c.name} (${c.side})`).join(', '),
      }) }));
    }
  }

  side() {
    return byId('programme-side').value.trim().toUpperCase();
  }

  async submit(call, done) {
    this.message.className = 'form-message';
    this.message.textContent = '';
    try {
      const answer = await call();
      this.message.className = 'form-message ok';
      this.message.textContent = done(answer);
      await this.load();
      return true;
    } catch (e) {
      this.message.textContent = describeRefusal(e);
      return false;
    }
  }

  async registerInstrument() {
    const renewal = byId('instrument-renewal').value;
    const body = {
      owningSide: this.side(),
      kind: byId('instrument-kind').value,
      title: byId('instrument-title').value,
      parties: byId('instrument-parties').value.split(',').map((p) => p.trim().toUpperCase()).filter(Boolean),
      signed: byId('instrument-signed').value || undefined,
      entryIntoForce: byId('instrument-in-force').value || undefined,
      initial: `P${byId('instrument-years').value}Y`,
      renewal: renewal ? `P${renewal}Y` : undefined,
      notice: `P${byId('instrument-notice').value || 0}M`,
    };
    if (await this.submit(() => api.post('/api/programme/instruments', body), (i) => t('programme.registered', { id: i.id }))) {
      byId('programme-instrument-form').reset();
    }
  }

  async attachText() {
    const file = byId('text-file').files[0];
    const id = byId('text-instrument').value;
    if (!file || !id) {
      this.message.className = 'form-message';
      this.message.textContent = t('programme.choosePdf');
      return;
    }
    await this.submit(
      () => api.postText(`/api/programme/instruments/${encodeURIComponent(id)}/text`, file, { fileName: file.name }, 'application/pdf'),
      (i) => t('programme.attached', { id: i.id }));
  }

  async createGroup() {
    const side = this.side();
    const body = {
      owningSide: side,
      name: byId('group-name').value,
      coChairs: [
        { name: byId('group-chair-own').value, side },
        { name: byId('group-chair-partner').value, side: byId('group-partner').value.trim().toUpperCase() },
      ],
      termsOfReference: byId('group-terms').value,
    };
    if (await this.submit(() => api.post('/api/programme/groups', body), (g) => t('programme.created', { id: g.id }))) {
      for (const id of ['group-name', 'group-chair-own', 'group-chair-partner', 'group-terms']) byId(id).value = '';
    }
  }

  addActionRow() {
    const rows = byId('meeting-action-rows');
    const n = rows.children.length + 1;
    const field = (key, className, attrs = {}) => {
      const id = `meeting-action-${n}-${className}`;
      return el('div', {},
        el('label', { text: t(key), attrs: { for: id } }),
        el('input', { className, attrs: { id, ...attrs } }));
    };
    rows.append(el('fieldset', { className: 'action-row' },
      el('legend', { text: t('programme.actionNumber', { n }) }),
      el('div', { className: 'pair' },
        field('programme.actionDecision', 'action-decision', { type: 'number', min: 1, value: 1 }),
        field('programme.actionDue', 'action-due', { type: 'date' })),
      field('programme.actionTitle', 'action-title'),
      el('div', { className: 'pair' },
        field('programme.actionAssignee', 'action-assignee'),
        field('programme.actionSide', 'action-side', { value: this.side(), maxlength: 3 }))));
  }

  async holdMeeting() {
    const lines = (id) => byId(id).value.split('\n').map((l) => l.trim()).filter(Boolean);
    const attendees = lines('meeting-attendees').map((l) => {
      const at = l.lastIndexOf(',');
      return at < 0 ? { name: l, side: '' } : { name: l.slice(0, at).trim(), side: l.slice(at + 1).trim().toUpperCase() };
    });
    const actions = [...byId('meeting-action-rows').querySelectorAll('.action-row')].map((row) => ({
      decision: Number(row.querySelector('.action-decision').value),
      title: row.querySelector('.action-title').value,
      assignee: row.querySelector('.action-assignee').value,
      side: row.querySelector('.action-side').value.trim().toUpperCase(),
      due: row.querySelector('.action-due').value,
    }));
    const body = {
      owningSide: this.side(),
      workingGroupId: byId('meeting-group').value,
      title: byId('meeting-title').value,
      start: byId('meeting-start').value,
      zone: byId('meeting-zone').value.trim(),
      durationMinutes: Number(byId('meeting-minutes-long').value),
      place: byId('meeting-place').value,
      agenda: lines('meeting-agenda'),
      attendees,
      minutes: byId('meeting-minutes').value,
      decisions: lines('meeting-decisions'),
      actions,
    };
    const held = await this.submit(
      () => api.post('/api/programme/meetings', body),
      (m) => t('programme.held', { id: m.id, decisions: m.decisions.length, actions: m.actions.length }));
    if (held) {
      for (const id of ['meeting-title', 'meeting-start', 'meeting-place', 'meeting-agenda', 'meeting-attendees', 'meeting-minutes', 'meeting-decisions']) byId(id).value = '';
      clear(byId('meeting-action-rows'));
    }
  }

  async markDone(id) {
    await this.submit(
      () => api.post(`/api/programme/actions/${encodeURIComponent(id)}/status`, { status: 'DONE' }),
      (a) => t('programme.done', { id: a.id }));
  }
}

function fillSelect(select, options) {
  const chosen = select.value;
  clear(select);
  for (const [value, label] of options) select.append(el('option', { text: label, attrs: { value } }));
  if (options.some(([value]) => value === chosen)) select.value = chosen;
}

/** The refusal with every field the server named, so the officer sees which input to correct. */
function describeRefusal(error) {
  const fields = Object.entries(error.errors ?? {}).map(([name, problems]) => `${name}: ${problems.map((p) => p.message).join(', ')}`);
  return fields.length ? fields.join('; ') : error.message;
}
