// The vessels in the viewport as a sortable table. At most ROWS rows are built (100; each refresh rebuilds them, and 200 cost a long task on a busy machine) (with the count of the
// rest): a table of 20,000 rows would cost more than the map.
import { el, byId } from './dom.js';
import { t, formatNumber, formatAge, onLanguageChange } from './i18n.js';
import { vesselName } from './format.js';
import { partnerBadge } from './vessel-panel.js';

const ROWS = 100;
const REFRESH_MS = 2000;

const KEYS = {
  name: (e) => (e.vessel.name ?? '\uffff').toLowerCase(),
  mmsi: (e) => e.mmsi,
  flag: (e) => e.vessel.flag?.iso3 ?? '\uffff',
  speed: (e) => e.vessel.position.speedKnots ?? -1,
  lastSeen: (e) => e.lastSeenMs,
};

export class VesselList {
  constructor(map, store, onChoose) {
    this.map = map;
    this.store = store;
    this.onChoose = onChoose;
    this.rows = byId('vessel-rows');
    this.count = byId('vessel-count');
    this.sortKey = 'lastSeen';
    this.descending = true;
    this.timer = 0;
    this.lastRender = 0;
    for (const button of document.querySelectorAll('#vessel-table th button')) {
      button.addEventListener('click', () => this.sortBy(button.dataset.sort));
    }
    store.onChange(() => this.schedule());
    map.on('moveend', () => this.schedule());
    onLanguageChange(() => this.render());
    this.markSort();
  }

  sortBy(key) {
    if (this.sortKey === key) this.descending = !this.descending;
    else {
      this.sortKey = key;
      this.descending = key === 'speed' || key === 'lastSeen';
    }
    this.markSort();
    this.render();
  }

  markSort() {
    for (const button of document.querySelectorAll('#vessel-table th button')) {
      const th = button.parentElement;
      if (button.dataset.sort === this.sortKey) {
        th.setAttribute('aria-sort', this.descending ? 'descending' : 'ascending');
        button.setAttribute('aria-sort', 'true');
        button.dataset.direction = this.descending ? 'descending' : 'ascending';
      } else {
        th.removeAttribute('aria-sort');
        button.removeAttribute('aria-sort');
        delete button.dataset.direction;
      }
    }
  }

  /** Live updates arrive every second; the table follows at most every REFRESH_MS. */
  schedule() {
    if (this.timer) return;
    const wait = Math.max(0, REFRESH_MS - (performance.now() - this.lastRender));
    this.timer = setTimeout(() => {
      this.timer = 0;
      this.render();
    }, wait);
  }

  render() {
    this.lastRender = performance.now();
    const bounds = this.map.getBounds();
    const south = bounds.getSouth();
    const north = bounds.getNorth();
    const west = bounds.getWest();
    const east = bounds.getEast();
    // The view may lie across the antimeridian (longitudes beyond 180): try each copy of the world.
    const visible = ({ lat, lon }) => lat >= south && lat <= north
      && ((lon >= west && lon <= east) || (lon + 360 >= west && lon + 360 <= east) || (lon - 360 >= west && lon - 360 <= east));
    const inView = this.store.list().filter((e) => visible(e.vessel.position));
    const key = KEYS[this.sortKey];
    const sign = this.descending ? -1 : 1;
    // The store keeps the most recently heard first already: the default order needs no sort.
    if (!(this.sortKey === 'lastSeen' && this.descending)) inView.sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      return ka < kb ? -sign : ka > kb ? sign : 0;
    });
    const now = this.store.pictureTimeMs();
    const shown = inView.slice(0, ROWS);
    this.count.dataset.count = String(inView.length);
    this.count.textContent = inView.length > ROWS
      ? t('list.countCapped', { shown: formatNumber(ROWS), total: formatNumber(inView.length) })
      : t('list.count', { total: formatNumber(inView.length) });
    this.rows.replaceChildren(...shown.map((e) => {
      const v = e.vessel;
      const row = el('tr', {
        className: this.store.isStale(e, now) ? 'stale' : '',
        attrs: { tabindex: '0', 'data-mmsi': v.mmsi },
        on: {
          click: () => this.onChoose(v),
          keydown: (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); this.onChoose(v); } },
        },
      },
      el('td', { className: 'name', attrs: { title: v.name ?? '' } },
        // The partner's badge first: a long name is cut at the cell's end, the badge must stay visible.
        ...(v.partners ?? []).map((node) => partnerBadge(node, 'list.fromPartner')), vesselName(v)),
      el('td', { text: String(v.mmsi) }),
      el('td', { text: v.flag?.iso3 ?? '' }),
      el('td', { text: v.position.speedKnots === undefined ? '' : formatNumber(v.position.speedKnots, 1, 1) }),
      el('td', { text: formatAge(v.lastSeen, now), attrs: { title: v.lastSeen } }));
      return row;
    }));
  }
}
