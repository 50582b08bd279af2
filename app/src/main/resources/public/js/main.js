// Start-up: language, session (login or forced password change), then the map and its panels.
import { api, onUnauthenticated, ApiError } from './api.js';
import { byId, bindToggle } from './dom.js';
import { t, setLanguage, supported, language, onLanguageChange } from './i18n.js';
import { session, currentSession, login, changePassword, logout, savePreferences, fillLanguages, describe } from './session.js';
import { createMap } from './map.js';
import { VesselStore, DEFAULT_STALE_AFTER_MS } from './vessel-store.js';
import { VesselLayer } from './vessel-layer.js';
import { LiveConnection } from './live.js';
import { PictureFeed } from './picture.js';
import { FilterPanel } from './filters.js';
import { SearchBox } from './search.js';
import { VesselList } from './vessel-list.js';
import { VesselPanel } from './vessel-panel.js';
import { TrackView } from './track.js';
import { MeasureTool } from './measure.js';
import { AdminPages } from './admin.js';
import { AlertsPanel, periodAround } from './alerts.js';
import { ZonesPanel } from './zones.js';
import { DriftPanel } from './drift.js';
import { SarCasesPanel } from './sarcases.js';
import { IncidentsPanel } from './incidents.js';
import { ProgrammePanel } from './programme.js';
import { PartnersPanel } from './partners.js';
import { ExchangeAuditPanel } from './exchange-audit.js';
import { AgreementsPanel } from './agreements.js';
import { L } from './map.js';

/** Applies a theme to the page: CSS custom properties switch on data-theme. */
function applyTheme(theme) {
  const chosen = theme === 'dark' ? 'dark' : 'light';
  document.documentElement.dataset.theme = chosen;
  localStorage.setItem('jisr.theme', chosen);
  return chosen;
}

function initialTheme() {
  return localStorage.getItem('jisr.theme') ?? (window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
}

/** Shows an error somewhere the watch officer will see it: the status bar. */
function reportError(error) {
  if (error instanceof ApiError && error.status === 401) return;
  const text = describe(error);
  const status = byId('node-id');
  status.textContent = text;
  status.classList.add('form-message');
  console.warn(error);
}

async function signIn() {
  byId('loading').hidden = true;
  let me = await currentSession();
  if (!me && !session.open) me = await login();
  if (me?.mustChangePassword) me = await changePassword();
  if (me) {
    if (me.language && me.language !== language()) await setLanguage(me.language);
    if (me.theme) applyTheme(me.theme);
  }
  return me;
}

async function startApp() {
  const uiConfig = await api.get('/api/ui-config').catch(() => ({}));
  byId('app-view').hidden = false;
  const me = session.me;
  byId('open-mode').hidden = !session.open;
  const nodeId = byId('node-id');
  if (uiConfig.nodeId) nodeId.textContent = t('status.node', { node: uiConfig.nodeId });

  const { map, setTheme } = createMap(byId('map'), uiConfig, byId('base-layer'), byId('cursor-position'));
  const store = new VesselStore();
  if (uiConfig.staleAfterSeconds) store.staleAfterMs = uiConfig.staleAfterSeconds * 1000;
  else store.staleAfterMs = DEFAULT_STALE_AFTER_MS;
  const layer = new VesselLayer(store).addTo(map);
  layer.on('drawn', (e) => {
    document.documentElement.dataset.vesselsDrawn = String(e.count);
  });

  let feed;
  let alerts;
  const live = new LiveConnection({
    snapshot: (m) => feed.snapshot(m),
    update: (m) => feed.update(m),
    alert: (a) => alerts.received(a),
    open: () => alerts.load(),
  }, byId('connection'), byId('connection-text'));
  feed = new PictureFeed(map, store, live, reportError);
  live.connect();
  onLanguageChange(() => live.refresh());

  const track = new TrackView(map, reportError);
  // The track's period ends at the vessel's last report: follow the freshest the panel shows.
  const panel = new VesselPanel(() => layer.select(null), reportError, (v) => { track.vessel = v; });
  const choose = (vessel, fly) => {
    layer.select(vessel.mmsi);
    track.setVessel(vessel);
    panel.open(vessel.mmsi, vessel);
    if (fly && vessel.position) map.setView([vessel.position.lat, vessel.position.lon], Math.max(map.getZoom(), 10));
  };
  layer.on('vesselclick', (e) => choose(e.vessel, false));

  // An alert opens its main vessel with the track around the event, and rings where it began.
  let alertMarker = null;
  const showAlert = async (alert) => {
    const at = [alert.position.lat, alert.position.lon];
    alertMarker?.remove();
    alertMarker = L.circleMarker(at, { radius: 14, color: '#d33', weight: 3, fill: false, interactive: false }).addTo(map);
    map.setView(at, Math.max(map.getZoom(), 9));
    const mmsi = alert.vessels[0].mmsi;
    try {
      const vessel = await api.get(`/api/vessels/${mmsi}`);
      choose(vessel, false);
      const { from, to } = periodAround(alert);
      await track.showBetween(from, to);
    } catch (e) {
      reportError(e);
    }
  };
  const canHandle = session.open || (me?.roles ?? []).some((r) => r === 'WATCH_OFFICER' || r === 'ANALYST');
  alerts = new AlertsPanel(canHandle, showAlert, reportError);
  const zones = new ZonesPanel(map, canHandle, reportError);
  const incidents = new IncidentsPanel(map, session.open || (me?.roles ?? []).includes('ANALYST'), reportError);
  const drift = new DriftPanel(map, session.open || (me?.roles ?? []).includes('SAR_COORDINATOR'), reportError);
  const sarCases = new SarCasesPanel(map, drift, session.open || (me?.roles ?? []).includes('SAR_COORDINATOR'), reportError);
  // The programme register is the programme officers' (administrators may read it); others never see the button.
  const roles = me?.roles ?? [];
  const programme = session.open || roles.includes('PROGRAMME_OFFICER') || roles.includes('ADMINISTRATOR')
    ? new ProgrammePanel(session.open || roles.includes('PROGRAMME_OFFICER'), reportError)
    : null;
  // The partner links are the watch's and the administrators' (the node refuses the others).
  const partners = session.open || roles.includes('WATCH_OFFICER') || roles.includes('ADMINISTRATOR')
    ? new PartnersPanel(reportError)
    : null;
  // The agreements are the administrators' (the node refuses the others).
  const agreements = session.open || roles.includes('ADMINISTRATOR') ? new AgreementsPanel(map, reportError) : null;
  // So is the exchange audit chain.
  const exchangeAudit = session.open || roles.includes('ADMINISTRATOR') ? new ExchangeAuditPanel(reportError) : null;
  new SearchBox((v) => choose(v, true), reportError);
  const list = new VesselList(map, store, (v) => choose(v, true));
  new MeasureTool(map);

  new FilterPanel((query, predicate) => {
    store.setFilter(predicate);
    feed.setQuery(query);
  });
  bindToggle(byId('toggle-filters'), byId('filters'));

  // User menu: language, theme, pages, sign-out.
  const admin = new AdminPages();
  const userButton = byId('user-button');
  const menu = byId('user-menu');
  userButton.textContent = me ? (me.displayName || me.username) : t('menu.title');
  const toggleMenu = (open) => {
    menu.hidden = !open;
    userButton.setAttribute('aria-expanded', String(open));
  };
  userButton.addEventListener('click', () => toggleMenu(menu.hidden));
  menu.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      toggleMenu(false);
      userButton.focus();
    }
  });
  const languageSelect = byId('menu-language');
  fillLanguages(languageSelect);
  languageSelect.addEventListener('change', async () => {
    await setLanguage(languageSelect.value);
    savePreferences({ language: language() }).catch(reportError);
    if (!me) userButton.textContent = t('menu.title');
  });
  const themeSelect = byId('menu-theme');
  themeSelect.value = document.documentElement.dataset.theme;
  themeSelect.addEventListener('change', () => {
    applyTheme(themeSelect.value);
    setTheme();
    layer.redraw();
    savePreferences({ theme: themeSelect.value }).catch(reportError);
  });
  const isAdmin = me?.roles?.includes('ADMINISTRATOR');
  byId('menu-users').hidden = !isAdmin;
  byId('menu-audit').hidden = !isAdmin;
  byId('menu-tokens').hidden = session.open;
  byId('menu-logout').hidden = session.open;
  byId('menu-map').addEventListener('click', () => { admin.close(); toggleMenu(false); });
  byId('menu-tokens').addEventListener('click', () => { toggleMenu(false); admin.open('tokens'); });
  byId('menu-users').addEventListener('click', () => { toggleMenu(false); admin.open('users'); });
  byId('menu-audit').addEventListener('click', () => { toggleMenu(false); admin.open('audit'); });
  byId('menu-logout').addEventListener('click', async () => {
    live.stop();
    await logout().catch(() => {});
    // A fresh page drops every piece of the previous user's state (map, panels, caches).
    window.location.reload();
  });

  onUnauthenticated(() => {
    live.stop();
    window.location.reload();
  });

  // For the browser tests and for debugging from the console; holds no secrets.
  window.jisr = { map, store, layer, feed, live, list, alerts, zones, drift, sarCases, incidents, programme, partners, agreements, exchangeAudit };
  await feed.initialView();
  feed.load();
  alerts.load();
  zones.load();
  drift.loadObjects();
  sarCases.load();
  partners?.probe();
  agreements?.probe();
  exchangeAudit?.probe();
}

async function main() {
  await setLanguage(localStorage.getItem('jisr.language') ?? supported(navigator.language));
  applyTheme(initialTheme());
  onUnauthenticated(() => window.location.reload());
  try {
    await signIn();
    await startApp();
  } catch (error) {
    const loading = byId('loading');
    loading.hidden = false;
    loading.textContent = `${t('error.start')} ${describe(error)}`;
    console.error(error);
  }
}

main();
