// The search box: an ARIA combobox over GET /api/search (name, MMSI, IMO, call sign), driven by the
// keyboard (up, down, enter, escape) as well as the mouse.
import { api } from './api.js';
import { el, byId } from './dom.js';
import { t } from './i18n.js';
import { vesselName } from './format.js';

const DEBOUNCE_MS = 200;

export class SearchBox {
  constructor(onChoose, onError) {
    this.onChoose = onChoose;
    this.onError = onError;
    this.input = byId('search-input');
    this.list = byId('search-results');
    this.results = [];
    this.active = -1;
    this.timer = 0;
    this.controller = null;
    this.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.search(), DEBOUNCE_MS);
    });
    this.input.addEventListener('keydown', (e) => this.key(e));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  async search() {
    const q = this.input.value.trim();
    this.controller?.abort();
    if (!q) {
      this.close();
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    try {
      const answer = await api.get('/api/search', { q: q.slice(0, 100), limit: 20 }, { signal: controller.signal });
      this.show(answer.vessels);
    } catch (e) {
      if (e.name !== 'AbortError') this.onError(e);
    }
  }

  show(vessels) {
    this.results = vessels;
    this.active = vessels.length ? 0 : -1;
    if (!vessels.length) {
      this.list.replaceChildren(el('li', { className: 'empty', text: t('search.none'), attrs: { role: 'option', 'aria-disabled': 'true' } }));
    } else {
      this.list.replaceChildren(...vessels.map((v, i) => el('li', {
        attrs: { id: `search-option-${i}`, role: 'option', 'aria-selected': i === this.active ? 'true' : 'false', 'data-mmsi': v.mmsi },
        on: { mousedown: (e) => { e.preventDefault(); this.choose(i); } },
      }, el('span', { text: vesselName(v) }), el('span', { className: 'secondary', text: secondary(v) }))));
    }
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.highlight();
  }

  highlight() {
    this.list.querySelectorAll('[role=option]').forEach((li, i) => li.setAttribute('aria-selected', i === this.active ? 'true' : 'false'));
    if (this.active >= 0) {
      this.input.setAttribute('aria-activedescendant', `search-option-${this.active}`);
      document.getElementById(`search-option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  key(e) {
    if (e.key === 'ArrowDown' && this.results.length) {
      e.preventDefault();
      if (this.list.hidden) this.show(this.results);
      else this.active = (this.active + 1) % this.results.length;
      this.highlight();
    } else if (e.key === 'ArrowUp' && this.results.length) {
      e.preventDefault();
      this.active = (this.active - 1 + this.results.length) % this.results.length;
      this.highlight();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      clearTimeout(this.timer);
      if (this.active >= 0 && !this.list.hidden) this.choose(this.active);
      else this.search();
    } else if (e.key === 'Escape') {
      if (!this.list.hidden) {
        e.preventDefault();
        this.close();
      } else {
        this.input.value = '';
      }
    }
  }

  choose(index) {
    const vessel = this.results[index];
    this.close();
    if (vessel) this.onChoose(vessel);
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}

function secondary(v) {
  const parts = [String(v.mmsi)];
  if (v.callSign) parts.push(v.callSign);
  if (v.imo) parts.push(`IMO ${v.imo}`);
  return parts.join(' · ');
}
