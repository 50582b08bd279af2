// The map: Leaflet on a canvas renderer, the bundled Natural Earth land as the default base layer
// (works with no network), an optional tile server, scale bar and cursor position.
import * as L from '/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js';
import { t, onLanguageChange } from './i18n.js';
import { degreesMinutesPosition } from './format.js';

const LAND_URL = '/basemap/land-50m.geojson';

function cssColour(name) {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

/** A scale bar in kilometres and nautical miles (Leaflet's own offers only miles and feet). */
const NauticalScale = L.Control.Scale.extend({
  _updateImperial(maxMeters) {
    const maxNm = maxMeters / 1852;
    const nm = maxNm >= 1 ? this._getRoundNum(maxNm) : Math.round(maxNm * 10) / 10 || 0.1;
    this._updateScale(this._iScale, t('unit.nm', { value: nm }), nm / maxNm);
  },
});

/**
 * Creates the map in `container`. `uiConfig` is the node's /api/ui-config (tileUrl and
 * tileAttribution optional). Returns {map, setTheme, baseLayers}.
 */
export function createMap(container, uiConfig, baseSelect, cursorOutput) {
  const renderer = L.canvas({ padding: 0.2 });
  const map = L.map(container, {
    renderer,
    preferCanvas: true,
    minZoom: 2,
    maxZoom: 17,
    worldCopyJump: true,
    zoomControl: true,
    attributionControl: true,
  }).setView([30, 10], 3);
  map.attributionControl.setPrefix(false);

  const land = L.geoJSON(null, { renderer, interactive: false, style: () => landStyle() });
  land.addTo(map);
  fetch(LAND_URL, { credentials: 'same-origin' })
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((geojson) => land.addData(geojson))
    .catch((e) => console.warn(`no bundled coastline (${LAND_URL}): ${e.message}`));
  map.attributionControl.addAttribution('Natural Earth');

  const baseLayers = { land };
  if (uiConfig?.tileUrl) {
    baseLayers.tiles = L.tileLayer(uiConfig.tileUrl, { attribution: uiConfig.tileAttribution ?? '', maxZoom: 19 });
    baseSelect.hidden = false;
    const fill = () => {
      baseSelect.replaceChildren(new Option(t('map.baseLand'), 'land'), new Option(t('map.baseTiles'), 'tiles'));
      baseSelect.value = map.hasLayer(baseLayers.tiles) ? 'tiles' : 'land';
    };
    fill();
    onLanguageChange(fill);
    baseSelect.addEventListener('change', () => {
      if (baseSelect.value === 'tiles') {
        map.removeLayer(land);
        baseLayers.tiles.addTo(map);
      } else {
        map.removeLayer(baseLayers.tiles);
        land.addTo(map);
      }
    });
  }

  let scale = new NauticalScale({ metric: true, imperial: true, maxWidth: 160 }).addTo(map);
  onLanguageChange(() => {
    scale.remove();
    scale = new NauticalScale({ metric: true, imperial: true, maxWidth: 160 }).addTo(map);
  });

  map.on('mousemove', (e) => {
    cursorOutput.textContent = degreesMinutesPosition(e.latlng.lat, L.Util.wrapNum(e.latlng.lng, [-180, 180], true));
  });
  map.on('mouseout', () => {
    cursorOutput.textContent = '';
  });

  function landStyle() {
    return { color: cssColour('--coast'), weight: 0.8, fillColor: cssColour('--land'), fillOpacity: 1 };
  }

  return {
    map,
    baseLayers,
    /** Re-reads the theme's colours for the canvas-drawn land (CSS cannot reach canvas paths). */
    setTheme() {
      land.setStyle(landStyle());
    },
  };
}

export { L };
