// The live view: a WebSocket to /api/live that follows the map's viewport, reconnects by itself with
// back-off, and says in the connection indicator how current the picture is.
import { t, formatNumber } from './i18n.js';

const FIRST_RETRY_MS = 1000;
const LONGEST_RETRY_MS = 30000;
/** Without any message for this long the indicator says so (the node pushes only on change). */
const QUIET_AFTER_MS = 20000;

export class LiveConnection {
  /**
   * @param handlers {snapshot(message), update(message)} called with each message of that type
   * @param indicator the element whose data-state and text show the connection
   */
  constructor(handlers, indicator, indicatorText) {
    this.handlers = handlers;
    this.indicator = indicator;
    this.indicatorText = indicatorText;
    this.socket = null;
    this.bbox = null;
    this.retryMs = FIRST_RETRY_MS;
    this.retryTimer = 0;
    this.lastMessageAt = 0;
    this.state = 'connecting';
    this.stopped = false;
    this.retryAt = 0;
    this.ticker = setInterval(() => this.tick(), 1000);
  }

  /** Opens the socket (again). */
  connect() {
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(`${scheme}//${window.location.host}/api/live`);
    this.socket = socket;
    this.show('connecting');
    socket.addEventListener('open', () => {
      this.retryMs = FIRST_RETRY_MS;
      this.lastMessageAt = Date.now();
      this.show('live');
      if (this.bbox) this.send();
    });
    socket.addEventListener('message', (event) => {
      this.lastMessageAt = Date.now();
      if (this.state !== 'live') this.show('live');
      let message;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      if (message.type === 'snapshot') this.handlers.snapshot(message);
      else if (message.type === 'update') this.handlers.update(message);
      else if (message.type === 'error') console.warn('live view refused a message:', message.message);
    });
    socket.addEventListener('close', () => {
      if (this.socket !== socket || this.stopped) return;
      this.socket = null;
      this.scheduleRetry();
    });
  }

  scheduleRetry() {
    // Jitter keeps a room of consoles from reconnecting in step after a node restart.
    const delay = Math.min(LONGEST_RETRY_MS, this.retryMs) * (0.8 + Math.random() * 0.4);
    this.retryMs = Math.min(LONGEST_RETRY_MS, this.retryMs * 2);
    this.retryAt = Date.now() + delay;
    this.show('reconnecting');
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  /** Follows a new viewport: [south, west, north, east]. */
  setViewport(bbox) {
    this.bbox = bbox;
    this.send();
  }

  send() {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify({ bbox: this.bbox }));
  }

  /** Closes for good (logout). */
  stop() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.ticker);
    this.socket?.close();
    this.socket = null;
  }

  tick() {
    if (this.state === 'reconnecting') this.show('reconnecting');
    else if (this.socket?.readyState === WebSocket.OPEN && Date.now() - this.lastMessageAt > QUIET_AFTER_MS) this.show('quiet');
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
