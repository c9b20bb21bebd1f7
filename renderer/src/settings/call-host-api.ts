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

export async function callHostApi<T>(serverUrl: string, token: string, method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown, options: HostApiOptions = {}): Promise<HostApiAnswer<T>> {
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  let parsed: unknown = null;
  try {
    response = await fetchFn(`${serverUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    if (response.status !== 204) parsed = await response.json().catch(() => null);
  } catch {
    return { ok: false, problem: 'unreachable', message: `Cannot reach the server at ${serverUrl}; this needs a connection.` };
  }
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
