// Pages over the map: the user's API tokens, and for administrators the users and the audit log.
import { api } from './api.js';
import { el, byId } from './dom.js';
import { t, formatDateTime } from './i18n.js';
import { describe } from './session.js';

const ROLES = ['VIEWER', 'WATCH_OFFICER', 'SAR_COORDINATOR', 'ANALYST', 'PROGRAMME_OFFICER', 'ADMINISTRATOR'];

export class AdminPages {
  constructor() {
    this.view = byId('admin-view');
    this.title = byId('admin-title');
    this.body = byId('admin-body');
    this.message = byId('admin-message');
    this.current = null;
    byId('admin-close').addEventListener('click', () => this.close());
    this.view.addEventListener('keydown', (e) => { if (e.key === 'Escape') this.close(); });
  }

  close() {
    this.view.hidden = true;
    this.current = null;
  }

  async open(page) {
    this.current = page;
    this.view.hidden = false;
    this.message.textContent = '';
    this.message.classList.remove('ok');
    this.title.textContent = t(`admin.${page}`);
    this.body.replaceChildren(el('p', { text: t('app.loading') }));
    try {
      if (page === 'tokens') await this.tokens();
      else if (page === 'users') await this.users();
      else if (page === 'audit') await this.audit({});
    } catch (e) {
      this.fail(e);
    }
    byId('admin-close').focus();
  }

  fail(error) {
    this.message.classList.remove('ok');
    this.message.textContent = describe(error);
  }

  ok(text) {
    this.message.classList.add('ok');
    this.message.textContent = text;
  }

  async tokens() {
    const { tokens } = await api.get('/api/tokens');
    const name = el('input', { attrs: { id: 'token-name', required: true, maxlength: 100 } });
    const days = el('input', { attrs: { id: 'token-days', type: 'number', min: 1, max: 3650, value: 90 } });
    const created = el('div', { attrs: { id: 'token-created' } });
    const form = el('form', { className: 'inline' },
      el('label', { text: t('tokens.name'), attrs: { for: 'token-name' } }), name,
      el('label', { text: t('tokens.days'), attrs: { for: 'token-days' } }), days,
      el('button', { className: 'primary', text: t('tokens.create'), attrs: { type: 'submit' } }));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        const token = await api.post('/api/tokens', { name: name.value.trim(), expiresInDays: days.value ? Number(days.value) : undefined });
        await this.tokens();
        // The secret is shown once: the node keeps only a hash of it.
        const secret = el('p', { className: 'secret', text: token.token, attrs: { id: 'token-secret' } });
        const copy = el('button', { text: t('tokens.copy'), attrs: { type: 'button' } });
        copy.addEventListener('click', async () => {
          try {
            await navigator.clipboard.writeText(token.token);
            this.ok(t('tokens.copied'));
          } catch {
            window.getSelection().selectAllChildren(secret);
          }
        });
        byId('token-created').replaceChildren(el('p', { text: t('tokens.once') }), secret, copy);
      } catch (error) {
        this.fail(error);
      }
    });
    const rows = tokens.map((tk) => el('tr', {},
      el('td', { text: tk.name }),
      el('td', { text: formatDateTime(tk.created) }),
      el('td', { text: tk.expires ? formatDateTime(tk.expires) : t('tokens.never') }),
      el('td', { text: tk.lastUsed ? formatDateTime(tk.lastUsed) : '—' }),
      el('td', { className: 'actions' }, el('button', {
        text: t('tokens.revoke'),
        attrs: { type: 'button' },
        on: { click: async () => {
          if (!window.confirm(t('tokens.confirmRevoke', { name: tk.name }))) return;
          try {
            await api.delete(`/api/tokens/${encodeURIComponent(tk.id)}`);
            await this.tokens();
          } catch (error) {
            this.fail(error);
          }
        } },
      }))));
    this.body.replaceChildren(form, created, table(['tokens.name', 'tokens.created', 'tokens.expires', 'tokens.lastUsed', 'admin.actions'], rows));
  }

  async users() {
    const { users } = await api.get('/api/users');
    const username = el('input', { attrs: { id: 'new-username', required: true, autocomplete: 'off' } });
    const displayName = el('input', { attrs: { id: 'new-display-name', autocomplete: 'off' } });
    const password = el('input', { attrs: { id: 'new-password', type: 'password', required: true, autocomplete: 'new-password' } });
    const role = roleSelect('new-role', ['WATCH_OFFICER']);
    const form = el('form', { className: 'inline' },
      el('label', { text: t('users.username'), attrs: { for: 'new-username' } }), username,
      el('label', { text: t('users.displayName'), attrs: { for: 'new-display-name' } }), displayName,
      el('label', { text: t('users.roles'), attrs: { for: 'new-role' } }), role,
      el('label', { text: t('users.password'), attrs: { for: 'new-password' } }), password,
      el('button', { className: 'primary', text: t('users.create'), attrs: { type: 'submit' } }));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        await api.post('/api/users', {
          username: username.value.trim(),
          displayName: displayName.value.trim() || undefined,
          roles: selected(role),
          password: password.value,
        });
        await this.users();
        this.ok(t('users.created'));
      } catch (error) {
        this.fail(error);
      }
    });
    const rows = users.map((u) => {
      const roles = roleSelect(`roles-${u.username}`, u.roles);
      roles.setAttribute('aria-label', t('users.rolesOf', { user: u.username }));
      const act = (label, action) => el('button', { text: t(label), attrs: { type: 'button' }, on: { click: async () => {
        try {
          await action();
          await this.users();
          this.ok(t('users.saved'));
        } catch (error) {
          this.fail(error);
        }
      } } });
      return el('tr', { className: u.disabled ? 'stale' : '' },
        el('td', { text: u.username }),
        el('td', { text: u.displayName ?? '' }),
        el('td', {}, roles),
        el('td', { text: u.disabled ? t('users.disabled') : u.mustChangePassword ? t('users.mustChange') : t('users.active') }),
        el('td', { text: formatDateTime(u.created) }),
        el('td', { className: 'actions' },
          act('users.saveRoles', () => api.patch(`/api/users/${encodeURIComponent(u.username)}`, { roles: selected(roles) })),
          act(u.disabled ? 'users.enable' : 'users.disable', () => api.patch(`/api/users/${encodeURIComponent(u.username)}`, { disabled: !u.disabled })),
          this.resetForm(u)));
    });
    this.body.replaceChildren(form, table(['users.username', 'users.displayName', 'users.roles', 'users.state', 'users.createdAt', 'admin.actions'], rows));
  }

  /** A password field for resetting one user's password: masked, unlike a browser prompt. */
  resetForm(u) {
    const field = el('input', { attrs: {
      id: `reset-${u.username}`, type: 'password', required: true, autocomplete: 'new-password',
      'aria-label': t('users.newPasswordFor', { user: u.username }),
      placeholder: t('users.newPasswordFor', { user: u.username }),
    } });
    const form = el('form', { className: 'inline reset-password' }, field,
      el('button', { text: t('users.resetPassword'), attrs: { type: 'submit' } }));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        await api.post(`/api/users/${encodeURIComponent(u.username)}/password`, { newPassword: field.value });
        await this.users();
        this.ok(t('users.saved'));
      } catch (error) {
        this.fail(error);
      }
    });
    return form;
  }

  async audit(filters) {
    const { entries } = await api.get('/api/audit', { ...filters, limit: 500 });
    const input = (id, label, type = 'text', value = '') => [
      el('label', { text: t(label), attrs: { for: id } }),
      el('input', { attrs: { id, type, value } }),
    ];
    const form = el('form', { className: 'inline' },
      ...input('audit-actor', 'audit.actor', 'text', filters.actor ?? ''),
      ...input('audit-action', 'audit.action', 'text', filters.action ?? ''),
      ...input('audit-from', 'audit.from', 'datetime-local'),
      ...input('audit-to', 'audit.to', 'datetime-local'),
      el('button', { className: 'primary', text: t('audit.apply'), attrs: { type: 'submit' } }));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      // datetime-local has no zone; the watch works in UTC, so the fields are read as UTC.
      const utc = (id) => {
        const v = byId(id).value;
        return !v ? '' : v.length === 16 ? `${v}:00Z` : `${v}Z`;
      };
      try {
        await this.audit({ actor: byId('audit-actor').value.trim(), action: byId('audit-action').value.trim(), from: utc('audit-from'), to: utc('audit-to') });
      } catch (error) {
        this.fail(error);
      }
    });
    const rows = entries.map((a) => el('tr', {},
      el('td', { text: formatDateTime(a.time) }),
      el('td', { text: a.actor ?? '' }),
      el('td', { text: a.action ?? '' }),
      el('td', { text: a.target ?? '' }),
      el('td', { text: typeof a.detail === 'string' ? a.detail : JSON.stringify(a.detail ?? '') }),
      el('td', { text: a.remoteAddress ?? '' })));
    this.body.replaceChildren(form, table(['audit.time', 'audit.actor', 'audit.action', 'audit.target', 'audit.detail', 'audit.remoteAddress'], rows));
  }
}

function table(headings, rows) {
  return el('table', {},
    el('thead', {}, el('tr', {}, ...headings.map((h) => el('th', { text: t(h), attrs: { scope: 'col' } })))),
    el('tbody', {}, ...rows));
}

function roleSelect(id, chosen) {
  return el('select', { attrs: { id, multiple: true, size: 3 } },
    ...ROLES.map((r) => el('option', { text: t(`role.${r}`), attrs: { value: r, selected: chosen.includes(r) } })));
}

function selected(select) {
  return Array.from(select.selectedOptions, (o) => o.value);
}
