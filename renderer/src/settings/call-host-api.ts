// renderer: one request to the host's own endpoints on the server (the outbox and webhooks panels
// of Settings), with the host's token, answered at once, like save-host-profile.ts: not through
// the sync client, since these need the server now. Every outcome is a value, with a sentence
// the panel can show as it is.
export type HostApiAnswer<T> =
  | { ok: true; status: number; body: T }
  /** The server refused the input (400): messages by field, as the server names them. */
  | { ok: false; problem: 'invalid'; fields: Record<string, string>; message: string }
  | { ok: false; problem: 'not_found' | 'unreachable' | 'unauthorized' | 'server'; message: string };

export interface HostApiOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** What came back from one request: the status and parsed JSON body (null when none), or nothing when the server was not reached. */
export type HostResponse = { reached: true; status: number; ok: boolean; body: unknown } | { reached: false };

/** Sends one request with the host's token; `payload` is the body and its content type. */
export async function requestHostApi(serverUrl: string, token: string, method: string, path: string, payload: { body: BodyInit; contentType: string } | undefined, options: HostApiOptions = {}): Promise<HostResponse> {
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  try {
    const response = await fetchFn(`${serverUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...(payload ? { 'content-type': payload.contentType } : {}) },
      body: payload?.body,
      cache: 'no-store',
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    const body = response.status === 204 ? null : await response.json().catch(() => null);
    return { reached: true, status: response.status, ok: response.ok, body };
  } catch {
    return { reached: false };
  }
}

export async function callHostApi<T>(serverUrl: string, token: string, method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown, options: HostApiOptions = {}): Promise<HostApiAnswer<T>> {
  const payload = body === undefined ? undefined : { body: JSON.stringify(body), contentType: 'application/json' };
  const response = await requestHostApi(serverUrl, token, method, path, payload, options);
  if (!response.reached) {
    return { ok: false, problem: 'unreachable', message: `Cannot reach the server at ${serverUrl}; this needs a connection.` };
  }
  const parsed = response.body;
  if (response.ok) return { ok: true, status: response.status, body: parsed as T };
  if (response.status === 400) {
    const fields: Record<string, string> = {};
    const list = (parsed as { fields?: unknown } | null)?.fields;
    for (const item of Array.isArray(list) ? list : []) {
      const { field, message } = (item ?? {}) as { field?: unknown; message?: unknown };
      if (typeof field === 'string') fields[field] = typeof message === 'string' ? message : 'is not accepted';
    }
    const message = Object.entries(fields).map(([field, text]) => `${field} ${text}`).join('; ') || 'The server refused the request.';
    return { ok: false, problem: 'invalid', fields, message };
  }
  if (response.status === 401) return { ok: false, problem: 'unauthorized', message: 'The server does not accept this host token. Check the connection below.' };
  if (response.status === 404) return { ok: false, problem: 'not_found', message: 'The server has no such item any more; the list is refreshed.' };
  return { ok: false, problem: 'server', message: `The server could not do it (HTTP ${response.status}). Try again in a moment.` };
}
