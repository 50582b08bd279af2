// Signing in and out against /api/session, and the forced password change.
import { api, ApiError, setCsrfToken } from './api.js';
import { byId } from './dom.js';
import { t, formatNumber, LANGUAGES, language, setLanguage } from './i18n.js';

/** The signed-in user (the node's "me" JSON), or null; `open` when the node has no accounts. */
export const session = { me: null, open: false };

/** Fills a language <select> with the three languages in their own names. */
export function fillLanguages(select) {
  select.replaceChildren(...LANGUAGES.map((l) => {
    const option = new Option(l.name, l.code);
    option.lang = l.code;
    return option;
  }));
  select.value = language();
}

/**
 * Asks the node who is signed in. Resolves to the me JSON, or null when nobody is (401). A node
 * without accounts (no /api/session, 404) is "open": the UI runs without sign-in and says so.
 */
export async function currentSession() {
  try {
    const me = await api.get('/api/session');
    adopt(me);
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      session.open = true;
      return null;
    }
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

function adopt(me) {
  session.me = me;
  setCsrfToken(me?.csrfToken);
}

/** An error's text for the user: the node's own message, or what a rate limit asks. */
export function describe(error) {
  if (error instanceof ApiError) {
    if (error.code === 'RATE_LIMITED') {
      return error.retryAfterSeconds
        ? t('login.rateLimitedFor', { seconds: formatNumber(error.retryAfterSeconds) })
        : t('login.rateLimited');
    }
    if (error.status === 0 || error.status >= 500) return t('error.server');
    return error.message || t('error.generic');
  }
  return t('error.network');
}

/** Shows the login form; resolves with the me JSON once the user is signed in. */
export function login() {
  const view = byId('login-view');
  const form = byId('login-form');
  const message = byId('login-message');
  const languageSelect = byId('login-language');
  fillLanguages(languageSelect);
  languageSelect.onchange = () => setLanguage(languageSelect.value);
  view.hidden = false;
  byId('login-username').focus();
  return new Promise((resolve) => {
    form.onsubmit = async (e) => {
      e.preventDefault();
      message.textContent = '';
      const username = byId('login-username').value.trim();
      const password = byId('login-password').value;
      if (!username || !password) {
        message.textContent = t('login.missing');
        return;
      }
      byId('login-submit').disabled = true;
      try {
        const me = await api.post('/api/session', { username, password });
        adopt(me);
        byId('login-password').value = '';
        // The language chosen on this screen wins over the one saved for the user.
        if (me.language !== languageSelect.value) {
          try {
            adopt(await api.patch('/api/me', { language: languageSelect.value }));
          } catch {
            // Keeping the saved language is harmless; the user can change it in the menu.
          }
        }
        view.hidden = true;
        resolve(session.me);
      } catch (error) {
        message.textContent = error instanceof ApiError && error.status === 401 ? t('login.failed') : describe(error);
      } finally {
        byId('login-submit').disabled = false;
      }
    };
  });
}

/** Shows the forced password change; resolves once the node accepted a new password. */
export function changePassword() {
  const view = byId('password-view');
  const form = byId('password-form');
  const message = byId('password-message');
  view.hidden = false;
  byId('password-current').focus();
  return new Promise((resolve) => {
    form.onsubmit = async (e) => {
      e.preventDefault();
      const currentPassword = byId('password-current').value;
      const newPassword = byId('password-new').value;
      if (newPassword !== byId('password-confirm').value) {
        message.textContent = t('password.mismatch');
        return;
      }
      try {
        await api.post('/api/session/password', { currentPassword, newPassword });
        form.reset();
        view.hidden = true;
        adopt(await api.get('/api/session'));
        resolve(session.me);
      } catch (error) {
        message.textContent = describe(error);
      }
    };
  });
}

/** Signs out on the node (best effort) and forgets the session here. */
export async function logout() {
  try {
    await api.delete('/api/session');
  } finally {
    adopt(null);
  }
}

/** Saves language and/or theme for the signed-in user; without accounts, only in this browser. */
export async function savePreferences(changes) {
  if (session.me) adopt(await api.patch('/api/me', changes));
}
