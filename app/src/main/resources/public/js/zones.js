// Zones: the territorial seas, EEZs, SAR regions and operators' areas the detectors watch. Drawn on the
// map as outlines, listed with where they come from; watch officers and analysts import GeoJSON or KML
// files and remove the zones they imported (configured zones change in jisr.yaml).
import { L } from './map.js';
import { api } from './api.js';
import { el, byId, clear, bindToggle } from './dom.js';
import { t, formatNumber, onLanguageChange } from './i18n.js';

const KIND_COLOURS = {
  TERRITORIAL_SEA: '#c0392b',
  CONTIGUOUS_ZONE: '#d35400',
  EXCLUSIVE_ECONOMIC_ZONE: '#8e44ad',
  SEARCH_AND_RESCUE_REGION: '#16a085',
  PORT: '#2c3e50',
};

export class ZonesPanel {
  constructor(map, canEdit, onError) {
    this.map = map;
    this.canEdit = canEdit;
    this.onError = onError;
    this.features = [];
    this.layer = L.geoJSON(null, {
      interactive: true,
      style: (f) => ({ color: KIND_COLOURS[f.properties.kind] ?? '#b7950b', weight: 2, fill: true, fillOpacity: 0.05, dashArray: f.properties.source === 'OPERATOR' ? '6 4' : null }),
      onEachFeature: (f, layer) => layer.bindTooltip(() => zoneLabel(f.properties), { sticky: true }),
    });
    this.section = byId('zones');
    this.list = byId('zone-list');
    this.count = byId('zone-count');
    this.message = byId('zone-message');
    this.show = byId('zone-show');
    this.show.checked = localStorage.getItem('jisr.zones') !== 'off';
    this.show.addEventListener('change', () => {
      localStorage.setItem('jisr.zones', this.show.checked ? 'on' : 'off');
      this.draw();
    });
    byId('zone-import').hidden = !canEdit;
    byId('zone-import').addEventListener('submit', (e) => {
      e.preventDefault();
      this.importFile();
    });
    bindToggle(byId('toggle-zones'), this.section);
    onLanguageChange(() => this.render());
  }

  async load() {
    try {
      const collection = await api.get('/api/zones');
      this.features = collection.features;
      this.render();
      this.draw();
    } catch (e) {
      this.onError(e);
    }
  }

  draw() {
    this.layer.clearLayers();
    if (this.show.checked) {
      this.layer.addData({ type: 'FeatureCollection', features: this.features });
      if (!this.map.hasLayer(this.layer)) this.layer.addTo(this.map);
    } else {
      this.layer.remove();
    }
    document.documentElement.dataset.zonesDrawn = String(this.show.checked ? this.features.length : 0);
  }

  render() {
    this.count.textContent = t('zones.count', { count: formatNumber(this.features.length) });
    clear(this.list);
    for (const f of this.features) {
      const p = f.properties;
      const li = el('li', { className: 'zone-item', attrs: { 'data-zone-id': p.id } },
        swatch(KIND_COLOURS[p.kind] ?? '#b7950b'),
        el('span', { className: 'zone-name', text: zoneLabel(p) }),
        el('span', { className: 'note', text: p.source === 'OPERATOR' ? t('zones.byOperator', { by: p.addedBy ?? '' }) : t('zones.configured') }));
      if (this.canEdit && p.source === 'OPERATOR') {
        li.append(el('button', {
          text: t('zones.remove'),
          attrs: { type: 'button', 'data-action': 'remove' },
          on: { click: () => this.remove(p.id) },
        }));
      }
      this.list.append(li);
    }
  }

  async importFile() {
    const file = byId('zone-file').files[0];
    this.message.textContent = '';
    if (!file) {
      this.message.textContent = t('zones.chooseFile');
      return;
    }
    const format = /\.kml$/i.test(file.name) ? 'kml' : 'geojson';
    try {
      const text = await file.text();
      const answer = await api.postText('/api/zones', text, { format, kind: byId('zone-kind').value });
      this.message.textContent = t('zones.imported', { count: formatNumber(answer.imported.length) });
      byId('zone-file').value = '';
      await this.load();
    } catch (e) {
      this.message.textContent = e.message;
    }
  }

  async remove(id) {
    try {
      await api.delete(`/api/zones/${encodeURIComponent(id)}`);
      await this.load();
    } catch (e) {
      this.message.textContent = e.message;
    }
  }
}

/** A colour sample; set through the CSSOM, which the page's Content Security Policy allows. */
function swatch(colour) {
  const node = el('span', { className: 'swatch' });
  node.style.background = colour;
  return node;
}

function zoneLabel(p) {
  return `${p.name} (${t(`zones.kind.${p.kind}`)})`;
}
