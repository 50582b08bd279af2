// The filter panel: the same filters as GET /api/vessels, sent to the node for the viewport's answer
// and applied in the browser to live updates, so both agree.
import { el, byId } from './dom.js';
import { t, onLanguageChange } from './i18n.js';
import { CATEGORIES, categoryColour } from './symbols.js';

const AGE_MS = { '10m': 600e3, '1h': 3600e3, '6h': 6 * 3600e3, '1d': 86400e3 };

export class FilterPanel {
  /** `apply(query, predicate)` receives the API parameters and the equivalent test of one vessel. */
  constructor(apply) {
    this.apply = apply;
    this.form = byId('filter-form');
    this.categories = byId('filter-categories');
    this.message = byId('filter-message');
    this.renderCategories();
    onLanguageChange(() => this.renderCategories());
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit();
    });
    this.form.addEventListener('reset', () => setTimeout(() => this.submit(), 0));
  }

  renderCategories() {
    const checked = new Set(this.selectedCategories());
    this.categories.replaceChildren(...CATEGORIES.map((c) => {
      const swatch = el('span', { className: 'swatch' });
      swatch.style.background = categoryColour(c);
      return el('label', {},
        el('input', { attrs: { type: 'checkbox', value: c, checked: checked.has(c) } }),
        swatch,
        t(`category.${c}`));
    }));
  }

  selectedCategories() {
    return Array.from(this.categories.querySelectorAll('input:checked'), (i) => i.value);
  }

  submit() {
    const categories = this.selectedCategories();
    const flags = byId('filter-flag').value.split(/[\s,]+/).filter(Boolean).map((f) => f.toUpperCase());
    const minSpeed = byId('filter-min-speed').value;
    const maxSpeed = byId('filter-max-speed').value;
    const movement = byId('filter-movement').value;
    const maxAge = byId('filter-max-age').value;
    const bad = flags.find((f) => !/^[A-Z]{3}$/.test(f));
    if (bad) {
      this.message.textContent = t('filters.badFlag', { value: bad });
      return;
    }
    if (minSpeed !== '' && maxSpeed !== '' && Number(minSpeed) > Number(maxSpeed)) {
      this.message.textContent = t('filters.badSpeed');
      return;
    }
    this.message.textContent = '';
    const query = {
      category: categories.join(','),
      flag: flags.join(','),
      minSpeed,
      maxSpeed,
      movement: movement === 'any' ? '' : movement,
      maxAge,
    };
    const min = minSpeed === '' ? null : Number(minSpeed);
    const max = maxSpeed === '' ? null : Number(maxSpeed);
    const ageMs = AGE_MS[maxAge] ?? null;
    const predicate = (v) => {
      if (categories.length && !categories.includes(v.category)) return false;
      if (flags.length && !flags.includes(v.flag?.iso3)) return false;
      const speed = v.position?.speedKnots;
      if ((min !== null || max !== null) && speed === undefined) return false;
      if (min !== null && speed < min) return false;
      if (max !== null && speed > max) return false;
      if (movement === 'moving' && !(speed >= 0.5)) return false;
      if (movement === 'stationary' && !(speed < 0.5)) return false;
      // The node counts maxAge from its wall clock, as this does (see docs/api.md).
      if (ageMs !== null && Date.now() - Date.parse(v.lastSeen) > ageMs) return false;
      return true;
    };
    this.apply(query, predicate);
  }
}
