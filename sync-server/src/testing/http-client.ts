// Runs in tests (server side). Small fetch wrappers for talking to a test server over HTTP.
export interface HttpResult<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export async function request<T = unknown>(url: string, init: RequestInit & { token?: string; json?: unknown } = {}): Promise<HttpResult<T>> {
  const headers = new Headers(init.headers);
  if (init.token !== undefined) headers.set('authorization', `Bearer ${init.token}`);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(init.json);
  }
  const response = await fetch(url, { ...init, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed as T, headers: response.headers };
}

/** Requests as one host: `get('/api/me')`, `post('/sync/links/push', rows)`. */
export function hostClient(baseUrl: string, token: string) {
  return {
    get: <T = unknown>(path: string) => request<T>(`${baseUrl}${path}`, { token }),
    post: <T = unknown>(path: string, json: unknown) => request<T>(`${baseUrl}${path}`, { method: 'POST', token, json }),
  };
}
