// Programme: the programme officers' cooperation register — the dashboard (instruments in force and
// expiring, next meetings, overdue actions per owner, late and coming milestones), the action items with
// "mark done", the meetings with their PDF report, the calendar download, and the forms that register an
// instrument (and attach its signed PDF), create a working group, record a meeting with its decisions
// and action items, open an acquisition case with its equipment lines and record a delivery (whose units
// become assets of the register, which the drift panel's search plan can assign). Everything shown comes
// from /api/programme; nothing is computed here.
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
    byId('programme-case-form').addEventListener('submit', (e) => { e.preventDefault(); this.openCase(); });
    byId('case-add-line').addEventListener('click', () => this.addLineRow());
    byId('programme-delivery-form').addEventListener('submit', (e) => { e.preventDefault(); this.deliver(); });
    byId('delivery-case').addEventListener('change', () => this.fillLines());
    byId('programme-step-form').addEventListener('submit', (e) => { e.preventDefault(); this.addStep(); });
    byId('programme-milestone-form').addEventListener('submit', (e) => { e.preventDefault(); this.markReached(); });
    byId('milestone-case').addEventListener('change', () => this.fillMilestones());
    byId('programme-instrument-change-form').addEventListener('submit', (e) => { e.preventDefault(); this.changeInstrument(); });
    byId('programme-reschedule-form').addEventListener('submit', (e) => { e.preventDefault(); this.reschedule(); });
    byId('programme-reassign-form').addEventListener('submit', (e) => { e.preventDefault(); this.reassign(); });
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
    this.renderCases();
    this.renderAssets();
    fillSelect(byId('delivery-case'), this.register.cases.map((c) => [c.id, c.title]));
    this.fillLines();
    fillSelect(byId('step-case'), this.register.cases.map((c) => [c.id, c.title]));
    // The letter of request opens a case; later steps are these.
    fillSelect(byId('step-kind'), ['OFFER', 'ACCEPTANCE', 'AMENDMENT'].map((k) => [k, t(`programme.step.${k}`)]));
    fillSelect(byId('milestone-case'), this.register.cases.map((c) => [c.id, c.title]));
    this.fillMilestones();
    fillSelect(byId('change-instrument'), this.register.instruments.filter((i) => this.owns(i.owningSide)).map((i) => [i.id, i.title]));
    fillSelect(byId('change-kind'), CHANGES.map((k) => [k, t(`programme.c.${k}`)]));
    // Only this side's open or in-progress items can move.
    const movable = this.register.actions
      .filter((a) => this.owns(a.side) && (a.status === 'OPEN' || a.status === 'IN_PROGRESS'))
      .map((a) => [a.id, `${a.id} — ${a.title} (${a.assignee}, ${a.due})`]);
    fillSelect(byId('reschedule-action'), movable);
    fillSelect(byId('reassign-action'), movable);
  }

  /** Sends the fields the chosen change uses, nothing else: the server names any that do not fit. */
  async changeInstrument() {
    const id = byId('change-instrument').value;
    const change = byId('change-kind').value;
    const value = (input) => byId(input).value.trim();
    const years = (input) => (value(input) ? `P${value(input)}Y` : undefined);
    const body = { change };
    if (change === 'SIGN' || change === 'DENOUNCE' || change === 'TERMINATE') body.date = value('change-date');
    if (change === 'SIGN') body.entryIntoForce = value('change-in-force');
    if (change === 'RENEW' && value('change-renew-years')) body.period = years('change-renew-years');
    if (change === 'AMEND') {
      body.initial = years('change-years') ?? '';
      if (value('change-renewal')) body.renewal = years('change-renewal');
      if (value('change-notice')) body.notice = `P${value('change-notice')}M`;
    }
    await this.submit(
      () => api.post(`/api/programme/instruments/${encodeURIComponent(id)}/status`, body),
      (i) => t('programme.instrumentChanged', { title: i.title, change: t(`programme.c.${change}`), status: t(`programme.s.${i.status}`) }));
  }

  async reschedule() {
    const id = byId('reschedule-action').value;
    const body = { due: byId('reschedule-due').value, reason: byId('reschedule-reason').value.trim() };
    if (await this.submit(
      () => api.post(`/api/programme/actions/${encodeURIComponent(id)}/due`, body),
      (a) => t('programme.rescheduled', { id: a.id, due: a.due }))) {
      byId('reschedule-reason').value = '';
    }
  }

  async reassign() {
    const id = byId('reassign-action').value;
    const body = { assignee: byId('reassign-assignee').value.trim() };
    const side = byId('reassign-side').value.trim().toUpperCase();
    if (side) body.side = side;
    if (await this.submit(
      () => api.post(`/api/programme/actions/${encodeURIComponent(id)}/assignee`, body),
      (a) => (a.takenOver
        ? t('programme.handedOver', { id: a.id, side: a.takenOver.side, newId: a.takenOver.id, who: a.takenOver.assignee })
        : t('programme.reassigned', { id: a.id, who: a.assignee })))) {
      byId('reassign-assignee').value = '';
      byId('reassign-side').value = '';
    }
  }

  fillMilestones() {
    const c = this.register?.cases.find((x) => x.id === byId('milestone-case').value);
    fillSelect(byId('milestone-name'), (c?.milestones ?? []).filter((m) => !m.actual).map((m) => [m.name, `${m.name} (${m.planned})`]));
  }

  async addStep() {
    const id = byId('step-case').value;
    const body = { kind: byId('step-kind').value, date: byId('step-date').value, reference: byId('step-reference').value.trim() };
    if (await this.submit(
      () => api.post(`/api/programme/cases/${encodeURIComponent(id)}/steps`, body),
      (c) => t('programme.stepAdded', { id: c.id, step: t(`programme.step.${body.kind}`) }))) {
      byId('step-reference').value = '';
    }
  }

  async markReached() {
    const id = byId('milestone-case').value;
    const body = { name: byId('milestone-name').value, reached: byId('milestone-reached').value };
    await this.submit(
      () => api.post(`/api/programme/cases/${encodeURIComponent(id)}/milestones`, body),
      (c) => t('programme.milestoneReached', { id: c.id, name: body.name, day: body.reached }));
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
        this.partnerBadge(a.side),
        pending && this.canWrite && this.owns(a.side)
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
      const own = this.owns(m.owningSide);
      list.append(el('li', { attrs: { 'data-meeting': m.id } },
        el('span', { text: t('programme.meetingLine', { title: m.title, start: m.start.replace('T', ' '), zone: m.zone, place: m.place }) }),
        ' ',
        this.partnerBadge(m.owningSide),
        own ? el('a', {
          className: 'button-link', text: t('programme.report'),
          attrs: { href: `/api/programme/meetings/${encodeURIComponent(m.id)}/report.pdf`, download: true, 'data-report': m.id },
        }) : null,
        !own && this.canWrite ? this.attendeesForm(m) : null));
    }
  }

  /** Whether this node's side owns a record: on a node without federation every record is its own. */
  owns(side) {
    return !this.register.side || this.register.side === side;
  }

  /** A badge naming the partner that owns a record this node shows but does not own. */
  partnerBadge(side) {
    return this.owns(side) ? null : el('span', { className: 'badge partner-badge', text: t('programme.partnerBadge', { side }) });
  }

  /**
   * On a partner's meeting, the one thing this side writes: the people it sends (names separated by commas).
   * Everything else of the meeting belongs to the partner and is read-only here.
   */
  attendeesForm(m) {
    const side = this.register.side;
    const input = el('input', { attrs: {
      type: 'text', 'aria-label': t('programme.ourAttendees', { side }), placeholder: t('programme.ourAttendees', { side }),
      'data-attendees': m.id,
    } });
    input.value = m.attendees.filter((p) => p.side === side).map((p) => p.name).join(', ');
    const form = el('form', { className: 'inline-form' }, input,
      el('button', { text: t('programme.sendAttendees'), attrs: { type: 'submit' } }));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const attendees = input.value.split(',').map((n) => n.trim()).filter((n) => n).map((name) => ({ name, side }));
      this.submit(
        () => api.post(`/api/programme/meetings/${encodeURIComponent(m.id)}/attendees`, { attendees }),
        () => t('programme.attendeesSent', { id: m.id }));
    });
    return form;
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
        ' ',
        this.partnerBadge(i.owningSide),
        // The signed text's bytes stay on the node of the side that owns the instrument.
        i.text && this.owns(i.owningSide) ? ' ' : null,
        i.text && this.owns(i.owningSide) ? el('a', {
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
      list.append(el('li', { attrs: { 'data-group': g.id } },
        el('span', { text: t('programme.groupLine', {
          name: g.name, chairs: g.coChairs.map((c) => `${c.name} (${c.side})`).join(', '),
        }) }),
        ' ',
        this.partnerBadge(g.owningSide)));
    }
  }

  renderCases() {
    const list = byId('programme-cases');
    clear(list);
    if (!this.register.cases.length) list.append(el('li', { className: 'note', text: t('programme.none') }));
    for (const c of this.register.cases) {
      const step = c.steps[c.steps.length - 1];
      list.append(el('li', { attrs: { 'data-case': c.id } },
        el('span', { text: t('programme.caseLine', {
          title: c.title, requesting: c.requestingSide, providing: c.providingSide,
          step: t(`programme.step.${step.kind}`), day: step.date,
          totals: Object.entries(c.totals).map(([cur, amount]) => `${amount} ${cur}`).join(', ') || '—',
        }) }),
        el('ul', {}, ...c.lines.map((l) => el('li', { text: t('programme.lineLine', {
          id: l.id, description: l.description, delivered: l.delivered, quantity: l.quantity,
        }) })), ...(c.milestones ?? []).map((m) => el('li', { attrs: { 'data-milestone': m.name }, text: m.actual
          ? t('programme.milestoneDone', { name: m.name, planned: m.planned, actual: m.actual })
          : t('programme.milestoneOpen', { name: m.name, planned: m.planned }) })))));
    }
  }

  renderAssets() {
    const list = byId('programme-assets');
    clear(list);
    if (!this.register.assets.length) list.append(el('li', { className: 'note', text: t('programme.none') }));
    for (const a of this.register.assets) {
      list.append(el('li', { attrs: { 'data-asset': a.id }, text: t('programme.assetLine', {
        name: a.name, registration: a.registration, kind: t(`programme.asset.${a.kind}`), side: a.owningSide, day: a.delivered,
      }) }));
    }
  }

  fillLines() {
    const c = this.register?.cases.find((x) => x.id === byId('delivery-case').value);
    fillSelect(byId('delivery-line'), (c?.lines ?? []).map((l) => [l.id, `${l.id} — ${l.description}`]));
  }

  addLineRow() {
    const rows = byId('case-line-rows');
    const n = rows.children.length + 1;
    const id = (name) => `case-line-${n}-${name}`;
    const labelled = (key, name, control) => el('div', {}, el('label', { text: t(key), attrs: { for: id(name) } }), control);
    const select = (name, values, prefix, empty) => {
      const s = el('select', { className: `line-${name}`, attrs: { id: id(name) } });
      if (empty) s.append(el('option', { text: t(empty), attrs: { value: '' } }));
      for (const v of values) s.append(el('option', { text: t(`${prefix}.${v}`), attrs: { value: v } }));
      return s;
    };
    rows.append(el('fieldset', { className: 'line-row' },
      el('legend', { text: t('programme.lineNumber', { n }) }),
      labelled('programme.category', 'category', select('category', CATEGORIES, 'programme.cat')),
      labelled('programme.description', 'description', el('input', { className: 'line-description', attrs: { id: id('description') } })),
      el('div', { className: 'pair' },
        labelled('programme.quantity', 'quantity', el('input', { className: 'line-quantity', attrs: { id: id('quantity'), type: 'number', min: 1, value: 1 } })),
        labelled('programme.unitValue', 'value', el('input', { className: 'line-value', attrs: { id: id('value'), inputmode: 'decimal' } }))),
      el('div', { className: 'pair' },
        labelled('programme.currency', 'currency', el('input', { className: 'line-currency', attrs: { id: id('currency'), value: 'EUR', maxlength: 3 } })),
        labelled('programme.trackable', 'trackable', select('trackable', ASSET_KINDS, 'programme.asset', 'programme.notTracked')))));
  }

  async openCase() {
    const steps = [['LETTER_OF_REQUEST', 'lor'], ['OFFER', 'offer'], ['ACCEPTANCE', 'acceptance']]
      .filter(([kind, name]) => kind === 'LETTER_OF_REQUEST' || byId(`case-${name}-date`).value)
      .map(([kind, name]) => ({ kind, date: byId(`case-${name}-date`).value, reference: byId(`case-${name}-ref`).value }));
    const lines = [...byId('case-line-rows').querySelectorAll('.line-row')].map((row) => ({
      category: row.querySelector('.line-category').value,
      description: row.querySelector('.line-description').value,
      quantity: Number(row.querySelector('.line-quantity').value),
      unitValue: row.querySelector('.line-value').value.trim(),
      currency: row.querySelector('.line-currency').value.trim().toUpperCase(),
      trackable: row.querySelector('.line-trackable').value || undefined,
    }));
    const milestone = byId('case-milestone').value.trim();
    const body = {
      owningSide: this.side(),
      requestingSide: byId('case-requesting').value.trim().toUpperCase(),
      providingSide: byId('case-providing').value.trim().toUpperCase(),
      title: byId('case-title').value,
      steps,
      lines,
      milestones: milestone ? [{ name: milestone, planned: byId('case-milestone-date').value }] : [],
    };
    if (await this.submit(() => api.post('/api/programme/cases', body), (c) => t('programme.caseOpened', { id: c.id, lines: c.lines.length }))) {
      byId('programme-case-form').reset();
      clear(byId('case-line-rows'));
    }
  }

  async deliver() {
    const id = byId('delivery-case').value;
    const speed = byId('delivery-speed').value;
    const units = byId('delivery-units').value.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
      const at = l.lastIndexOf(',');
      const unit = at < 0 ? { name: l, registration: '' } : { name: l.slice(0, at).trim(), registration: l.slice(at + 1).trim() };
      if (speed) {
        unit.searchSpeedKnots = Number(speed);
        unit.enduranceHours = Number(byId('delivery-endurance').value);
        unit.searchHeightMetres = Number(byId('delivery-height').value || 0);
      }
      return unit;
    });
    const body = {
      line: byId('delivery-line').value,
      date: byId('delivery-date').value,
      quantity: Number(byId('delivery-quantity').value),
      units,
    };
    if (await this.submit(
      () => api.post(`/api/programme/cases/${encodeURIComponent(id)}/deliveries`, body),
      (c) => t('programme.delivered', { id: c.id, assets: c.assets.map((a) => a.id).join(', ') || '—' }))) {
      for (const f of ['delivery-units', 'delivery-speed', 'delivery-endurance']) byId(f).value = '';
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

const CATEGORIES = ['MUNITIONS', 'TRANSPORT_AIRCRAFT', 'HELICOPTERS', 'PATROL_VESSELS', 'COMMUNICATION_EQUIPMENT',
  'SENSORS', 'VEHICLES', 'SPARE_PARTS', 'TRAINING', 'OTHER'];
const ASSET_KINDS = ['PATROL_VESSEL', 'FIXED_WING_AIRCRAFT', 'HELICOPTER', 'RADIO_STATION', 'RADAR_STATION', 'VEHICLE'];

/** The changes an instrument can go through after it is registered, in the order offered. */
const CHANGES = ['SIGN', 'DENOUNCE', 'TERMINATE', 'RENEW', 'AMEND'];

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
