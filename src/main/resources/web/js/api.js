// The one way the application talks to the server. Every call carries the access token when one
// is known; a 401 asks the user for a token (once, however many calls were refused), keeps it for
// this browser tab only, and retries the call.

export const TOKEN_KEY = 'advisor.accessToken';
const MAX_TOKEN_ATTEMPTS = 3;

/** A refused or failed call, in the server's one error shape: status, message and the field at fault. */
export class ApiError extends Error {
  constructor(status, message, field) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.field = field || null;
  }
}

let askForToken = null;
let pendingAsk = null;

/**
 * Sets how a token is asked for: a function given a message (null the first time, the reason when
 * a token was refused) that resolves to the token, or rejects if the user gives up.
 */
export function setTokenPrompt(prompt) {
  askForToken = prompt;
}

function token() {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

/** Concurrent 401s share one prompt, so the user is asked once. */
function promptOnce(message) {
  if (!pendingAsk) {
    pendingAsk = Promise.resolve(askForToken(message)).finally(() => { pendingAsk = null; });
  }
  return pendingAsk;
}

/**
 * Calls the API: api('/api/v1/portfolio'), api(path, {method: 'POST', body: {...}}).
 * Resolves to the parsed JSON (or the text, for non-JSON answers; with binary, the blob and its file name; with withVersion,
 * { body, version }: the body and the rules version the server names it by, its ETag); rejects with an ApiError.
 */
export async function api(path, { method = 'GET', body, accept = 'application/json', binary = false, withVersion = false } = {}) {
  for (let attempt = 0; ; attempt += 1) {
    const sent = token();
    const headers = { Accept: accept };
    if (sent) headers.Authorization = `Bearer ${sent}`;
    const init = { method, headers, credentials: 'same-origin' };
    // Every request that changes data is declared JSON, body or not: the server refuses the others,
    // which is what keeps a form on another site from acting in the user's name.
    if (method !== 'GET') headers['Content-Type'] = 'application/json';
    if (body !== undefined) init.body = JSON.stringify(body);
    let response;
    try {
      response = await fetch(path, init);
    } catch {
      throw new ApiError(0, 'The advisor cannot be reached. Check that the server is running, then try again.');
    }
    if (response.status === 401 && askForToken && attempt < MAX_TOKEN_ATTEMPTS) {
      const refused = await errorOf(response);
      // Another call may have obtained a fresh token while this one was in flight.
      if (token() && token() !== sent) continue;
      try { sessionStorage.removeItem(TOKEN_KEY); } catch { /* storage unavailable */ }
      const given = await promptOnce(sent ? `That access token was not accepted: ${refused.message}` : null);
      try { sessionStorage.setItem(TOKEN_KEY, given); } catch { /* storage unavailable */ }
      continue;
    }
    if (!response.ok) throw await errorOf(response);
    if (response.status === 204) return null;
    // A file to download (a PDF): its bytes and the name the server gives it.
    if (binary) return { blob: await response.blob(), fileName: fileNameOf(response) };
    const type = response.headers.get('Content-Type') || '';
    const read = type.includes('json') ? response.json() : response.text();
    if (withVersion) return { body: await read, version: (response.headers.get('ETag') || '').replace(/^W\//, '').replace(/"/g, '') || null };
    return read;
  }
}

/** The file name of Content-Disposition: attachment; filename="...". */
function fileNameOf(response) {
  const found = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') || '');
  return found ? found[1] : 'download';
}

async function errorOf(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    // not the JSON error shape: fall back to the status line
  }
  const message = body && typeof body.message === 'string' ? body.message : `${response.status} ${response.statusText}`.trim();
  return new ApiError(response.status, stripField(message, body && body.field), body && body.field);
}

/** The server prefixes messages with the field ("alliance.purpose: is required"); next to the field that is noise. */
function stripField(message, field) {
  return field && message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}

export function forgetToken() {
  try { sessionStorage.removeItem(TOKEN_KEY); } catch { /* storage unavailable */ }
}
