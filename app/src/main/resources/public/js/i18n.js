// Strings and formats per language. Each language is one JSON file of keys; the page's static text
// carries data-i18n attributes; numbers and dates go through Intl for the chosen locale.

export const LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
];

const catalogs = new Map();
let current = 'en';
const listeners = new Set();

async function load(code) {
  if (!catalogs.has(code)) {
    const response = await fetch(`/i18n/${code}.json`, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`cannot load language ${code}: HTTP ${response.status}`);
    catalogs.set(code, await response.json());
  }
  return catalogs.get(code);
}

/** Returns a supported language code for `wanted` (a code or a browser locale), English otherwise. */
export function supported(wanted) {
  const base = String(wanted ?? '').slice(0, 2).toLowerCase();
  return LANGUAGES.some((l) => l.code === base) ? base : 'en';
}

/** Returns the current language code. */
export function language() {
  return current;
}

/** Switches language: loads its strings, sets lang and dir on <html>, re-translates the page. */
export async function setLanguage(code) {
  const chosen = supported(code);
  await load('en');
  await load(chosen);
  current = chosen;
  const html = document.documentElement;
  html.lang = chosen;
  html.dir = LANGUAGES.find((l) => l.code === chosen).dir;
  localStorage.setItem('jisr.language', chosen);
  translate(document);
  document.title = t('app.name');
  for (const listener of listeners) listener(chosen);
}

/** Calls `listener(code)` after every language change. */
export function onLanguageChange(listener) {
  listeners.add(listener);
}

/** Translates `key`, replacing {name} placeholders from `params`; falls back to English, then the key. */
export function t(key, params = {}) {
  const text = catalogs.get(current)?.[key] ?? catalogs.get('en')?.[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** Whether the current catalogue (or English) has `key`. */
export function has(key) {
  return key in (catalogs.get(current) ?? {}) || key in (catalogs.get('en') ?? {});
}

/** Fills every data-i18n* element below `root` (text, placeholder, aria-label, title). */
export function translate(root) {
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
  for (const node of root.querySelectorAll('[data-i18n-aria-label]')) node.setAttribute('aria-label', t(node.dataset.i18nAriaLabel));
  for (const node of root.querySelectorAll('[data-i18n-title]')) node.title = t(node.dataset.i18nTitle);
}

const numberFormats = new Map();

/**
 * Formats a number for the current locale with at most `digits` decimals, at least `minimumDigits`
 * decimals and at least `integerDigits` digits before the separator (zero-padded in the locale's digits).
 */
export function formatNumber(value, digits = 0, minimumDigits = 0, integerDigits = 1) {
  const key = `${current}/${digits}/${minimumDigits}/${integerDigits}`;
  if (!numberFormats.has(key)) {
    numberFormats.set(key, new Intl.NumberFormat(current, {
      maximumFractionDigits: digits, minimumFractionDigits: minimumDigits, minimumIntegerDigits: integerDigits, useGrouping: integerDigits === 1,
    }));
  }
  return numberFormats.get(key).format(value);
}

const dateFormats = new Map();

/**
 * Formats an ISO time for the current locale, in UTC: the watch works in UTC whatever the browser's
 * zone, and the API's times are UTC.
 */
export function formatDateTime(iso) {
  if (!iso) return '';
  if (!dateFormats.has(current)) {
    dateFormats.set(current, new Intl.DateTimeFormat(current, {
      year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit',
      hourCycle: 'h23', timeZone: 'UTC', timeZoneName: 'short',
    }));
  }
  return dateFormats.get(current).format(new Date(iso));
}

/** Formats how long ago `iso` was before `nowMs`, such as "5 min" or "3 h", for the current locale. */
const relativeFormats = new Map();

export function formatAge(iso, nowMs) {
  const seconds = Math.max(0, (nowMs - Date.parse(iso)) / 1000);
  // Building an Intl formatter costs far more than using one: one per language.
  if (!relativeFormats.has(current)) {
    relativeFormats.set(current, new Intl.RelativeTimeFormat(current, { numeric: 'always', style: 'narrow' }));
  }
  const rtf = relativeFormats.get(current);
  if (seconds < 60) return rtf.format(-Math.round(seconds), 'second');
  if (seconds < 3600) return rtf.format(-Math.round(seconds / 60), 'minute');
  if (seconds < 86400) return rtf.format(-Math.round(seconds / 3600), 'hour');
  return rtf.format(-Math.round(seconds / 86400), 'day');
}
