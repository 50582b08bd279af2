// The live view: a WebSocket to /api/live (run by live-worker.js, off the main thread) that follows
// the map's viewport, reconnects by itself with back-off, and says in the connection indicator how
// current the picture is.
import { t, formatNumber } from './i18n.js';
import { api } from './api.js';

/** Without any message for this long the indicator says so (the node pushes only on change). */
const QUIET_AFTER_MS = 20000;

export class LiveConnection {
  /**
   * @param handlers {snapshot(message), update(message), alert(alert)} called with each message of
   *     that type; vessels carry the map's fields only
   * @param indicator the element whose data-state shows the connection
   * @param indicatorText the element that says it in words
   */
  constructor(handlers, indicator, indicatorText) {
    this.handlers = handlers;
    this.indicator = indicator;
    this.indicatorText = indicatorText;
    this.worker = null;
    this.open = false;
    this.lastMessageAt = 0;
    this.retryAt = 0;
    this.state = 'connecting';
    /** Messages and characters received, for the performance test and the curious. */
    this.stats = { messages: 0, characters: 0 };
    this.ticker = setInterval(() => this.tick(), 1000);
  }

  /** Starts the worker and its socket. */
  connect() {
    const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    this.worker = new Worker('/js/live-worker.js', { type: 'module' });
    this.worker.addEventListener('message', (event) => this.received(event.data));
    this.worker.postMessage({ type: 'connect', url: `${scheme}//${window.location.host}/api/live` });
  }

  received(message) {
    switch (message.type) {
      case 'connecting':
        if (this.state !== 'reconnecting') this.show('connecting');
        break;
      case 'open':
        this.open = true;
        this.lastMessageAt = Date.now();
        this.show('live');
        // Whatever was pushed while the socket was down is fetched again (alerts, for one).
        this.handlers.open?.();
        break;
      case 'ended':
        this.open = false;
        this.show('reconnecting');
        // Any API call now answers 401, which takes the page back to the sign-in screen.
        api.get('/api/ui-config').catch(() => {});
        break;
      case 'closed':
        this.open = false;
        this.retryAt = Date.now() + message.retryInMs;
        this.show('reconnecting');
        break;
      case 'alert':
        this.lastMessageAt = Date.now();
        this.handlers.alert?.(message.alert);
        break;
      case 'snapshot':
      case 'update':
      case 'refused':
        this.lastMessageAt = Date.now();
        this.stats.messages++;
        this.stats.characters += message.size;
        if (this.state !== 'live') this.show('live');
        if (message.type === 'snapshot') this.handlers.snapshot(message);
        else if (message.type === 'update') this.handlers.update(message);
        else console.warn('the live view refused a message:', message.message);
        break;
      default:
        break;
    }
  }

  /** Follows a new viewport: [south, west, north, east]. */
  setViewport(bbox) {
    this.worker?.postMessage({ type: 'viewport', bbox });
  }

  /** Closes for good (logout). */
  stop() {
    clearInterval(this.ticker);
    this.worker?.postMessage({ type: 'stop' });
  }

  tick() {
    if (this.state === 'reconnecting') this.show('reconnecting');
    else if (this.open && Date.now() - this.lastMessageAt > QUIET_AFTER_MS) this.show('quiet');
  }

  /** Re-renders the indicator, for example after a language change. */
  refresh() {
    this.show(this.state);
  }

  show(state) {
    this.state = state;
    this.indicator.dataset.state = state;
    let text;
    if (state === 'live') text = t('live.connected');
    else if (state === 'quiet') {
      text = t('live.quiet', { seconds: formatNumber(Math.round((Date.now() - this.lastMessageAt) / 1000)) });
    } else if (state === 'reconnecting') {
      text = t('live.reconnecting', { seconds: formatNumber(Math.max(0, Math.ceil((this.retryAt - Date.now()) / 1000))) });
    } else text = t('live.connecting');
    this.indicatorText.textContent = text;
  }
}
