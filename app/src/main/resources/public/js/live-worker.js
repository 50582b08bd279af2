// The live view's socket, off the main thread: a busy viewport's update can be megabytes of JSON,
// and parsing it where the map draws would freeze the map. The worker parses, keeps only what the map
// needs, and hands the page small objects.

const FIRST_RETRY_MS = 1000;
const LONGEST_RETRY_MS = 30000;
/** The node's close code for a connection whose session or token has ended (docs/api.md). */
const CLOSE_NOT_ADMITTED = 4401;

let url = null;
let socket = null;
let bbox = null;
let retryMs = FIRST_RETRY_MS;
let retryTimer = 0;
let stopped = false;

/** The map's fields of a vessel, in the shape of the full vessel JSON. */
function slim(v) {
  const p = v.position;
  const vessel = { mmsi: v.mmsi, kind: v.kind, category: v.category, lastSeen: v.lastSeen };
  if (p) {
    vessel.position = { lat: p.lat, lon: p.lon };
    if (p.speedKnots !== undefined) vessel.position.speedKnots = p.speedKnots;
    if (p.courseDegrees !== undefined) vessel.position.courseDegrees = p.courseDegrees;
    if (p.headingDegrees !== undefined) vessel.position.headingDegrees = p.headingDegrees;
  }
  if (v.name !== undefined) vessel.name = v.name;
  if (v.flag) vessel.flag = { iso3: v.flag.iso3 };
  if (v.partners) vessel.partners = v.partners;
  return vessel;
}

function send() {
  if (bbox && socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ bbox }));
}

function connect() {
  if (stopped) return;
  clearTimeout(retryTimer);
  const current = new WebSocket(url);
  socket = current;
  postMessage({ type: 'connecting' });
  current.addEventListener('open', () => {
    retryMs = FIRST_RETRY_MS;
    postMessage({ type: 'open' });
    send();
  });
  current.addEventListener('message', (event) => {
    let message;
    try {
      message = JSON.parse(event.data);
    } catch {
      return;
    }
    const size = event.data.length;
    if (message.type === 'snapshot' || message.type === 'update') {
      postMessage({ type: message.type, vessels: (message.vessels ?? []).map(slim), removed: message.removed ?? [], size });
    } else if (message.type === 'alert') {
      postMessage({ type: 'alert', alert: message.alert, size });
    } else if (message.type === 'error') {
      postMessage({ type: 'refused', message: message.message, size });
    }
  });
  current.addEventListener('close', (event) => {
    if (socket !== current || stopped) return;
    socket = null;
    if (event.code === CLOSE_NOT_ADMITTED) {
      // The session or token ended: reconnecting would be refused; the page goes back to sign-in.
      postMessage({ type: 'ended' });
      return;
    }
    // Jitter keeps a room of consoles from reconnecting in step after a node restart.
    const delay = Math.min(LONGEST_RETRY_MS, retryMs) * (0.8 + Math.random() * 0.4);
    retryMs = Math.min(LONGEST_RETRY_MS, retryMs * 2);
    postMessage({ type: 'closed', retryInMs: delay });
    retryTimer = setTimeout(connect, delay);
  });
}

onmessage = (event) => {
  const command = event.data;
  if (command.type === 'connect') {
    url = command.url;
    connect();
  } else if (command.type === 'viewport') {
    bbox = command.bbox;
    send();
  } else if (command.type === 'stop') {
    stopped = true;
    clearTimeout(retryTimer);
    socket?.close();
    socket = null;
  }
};
