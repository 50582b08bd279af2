// The node's JSON API: one place that adds the CSRF header, reads the error shape and sends a 401
// back to the login screen.

/** An answer other than 2xx, in the API's error shape {code, message, errors}. */
export class ApiError extends Error {
  constructor(status, code, message, errors = {}, retryAfterSeconds = null) {
    super(message);
    this.status = status;
    this.code = code;
    this.errors = errors;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

let csrfToken = null;
let unauthenticated = () => {};

/** Remembers the session's CSRF token; every state-changing request sends it. */
export function setCsrfToken(token) {
  csrfToken = token ?? null;
}

/** Sets what happens when any call answers 401 (other than the login itself). */
export function onUnauthenticated(handler) {
  unauthenticated = handler;
}

function url(path, query) {
  const u = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') u.searchParams.set(name, String(value));
  }
  return u;
}

/**
 * Sends a request and returns the parsed JSON answer (null for 204); throws ApiError otherwise. A
 * `fileText` body (a file's content) is sent as it is, with `contentType`.
 */
export async function request(method, path, { query, body, fileText, contentType, signal } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (fileText !== undefined) headers['Content-Type'] = contentType ?? 'text/plain; charset=utf-8';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const response = await fetch(url(path, query), {
    method,
    headers,
    body: fileText !== undefined ? fileText : body === undefined ? undefined : JSON.stringify(body),
    signal,
    credentials: 'same-origin',
  });
  if (response.status === 204) return null;
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const retry = response.headers.get('Retry-After');
    const error = new ApiError(
      response.status,
      data?.code ?? `HTTP_${response.status}`,
      data?.message ?? response.statusText,
      data?.errors ?? {},
      retry === null ? null : Number(retry));
    // A lapsed session anywhere returns to the login screen; the login call itself reports its own 401.
    // A password reset by an administrator mid-shift (403 PASSWORD_CHANGE_REQUIRED) goes the same way:
    // the start-up flow then shows the password change.
    if ((response.status === 401 && path !== '/api/session')
        || (response.status === 403 && error.code === 'PASSWORD_CHANGE_REQUIRED')) {
      unauthenticated(error);
    }
    throw error;
  }
  return data;
}

export const api = {
  get: (path, query, options = {}) => request('GET', path, { ...options, query }),
  post: (path, body) => request('POST', path, { body }),
  postText: (path, fileText, query, contentType) => request('POST', path, { fileText, query, contentType }),
  patch: (path, body) => request('PATCH', path, { body }),
  put: (path, body) => request('PUT', path, { body }),
  delete: (path) => request('DELETE', path),
};
