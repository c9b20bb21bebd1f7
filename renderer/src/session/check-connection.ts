// renderer: "Connect": checks a server URL and host token by asking GET /api/me, and says in
// one sentence what is wrong: a URL that is not a sync server, a token it refuses, or no answer.
import { serverUrlTransportProblem } from '../../../electron/contract/is-acceptable-server-url.ts';
import { checkToken, normalizeServerUrl } from '../sync/check-sync-target.ts';
import { isHostProfile, profileOf, type HostProfile } from './host-profile.ts';

export type ConnectionProblem = 'bad-url' | 'wrong-url' | 'wrong-token' | 'unreachable' | 'server-error';

export type ConnectionCheck =
  | { ok: true; serverUrl: string; token: string; profile: HostProfile }
  | { ok: false; problem: ConnectionProblem; field: 'serverUrl' | 'hostToken' | null; message: string };

export interface CheckConnectionOptions {
  fetch?: typeof fetch;
  /** No answer for this long counts as unreachable. Default 10 s. */
  timeoutMs?: number;
  /** The page's own origin: plain http is accepted for the server that served the page. Default: `location.origin`. */
  pageOrigin?: string;
}

function currentPageOrigin(): string | undefined {
  return typeof location === 'undefined' ? undefined : location.origin;
}

function stripPrefix(message: string, prefix: string): string {
  return message.startsWith(prefix) ? message.slice(prefix.length).trim() : message;
}

export async function checkConnection(rawUrl: string, rawToken: string, options: CheckConnectionOptions = {}): Promise<ConnectionCheck> {
  let serverUrl: string;
  try {
    serverUrl = normalizeServerUrl(rawUrl);
  } catch (error) {
    return { ok: false, problem: 'bad-url', field: 'serverUrl', message: `Server URL ${stripPrefix((error as Error).message, 'serverUrl:')}` };
  }
  // Before anything is sent: the token must not cross a network in the clear.
  const insecure = serverUrlTransportProblem(serverUrl, { alsoAllowedOrigin: options.pageOrigin ?? currentPageOrigin() });
  if (insecure !== null) return { ok: false, problem: 'bad-url', field: 'serverUrl', message: `Server URL: ${insecure}` };
  let token: string;
  try {
    token = checkToken(rawToken);
  } catch (error) {
    return { ok: false, problem: 'wrong-token', field: 'hostToken', message: `Host token ${stripPrefix((error as Error).message, 'token:')}` };
  }

  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await fetchFn(`${serverUrl}/api/me`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  } catch {
    return {
      ok: false,
      problem: 'unreachable',
      field: null,
      message: `Cannot reach a server at ${serverUrl}. Check that the server is running and that this computer is online.`,
    };
  }
  if (response.status === 401) {
    return { ok: false, problem: 'wrong-token', field: 'hostToken', message: 'The server does not accept this host token. Copy it again from the output of create-host or rotate-token.' };
  }
  if (response.status >= 500) {
    return { ok: false, problem: 'server-error', field: null, message: `The server at ${serverUrl} failed (HTTP ${response.status}). Try again in a moment.` };
  }
  const body: unknown = response.ok ? await response.json().catch(() => null) : null;
  if (!response.ok || !isHostProfile(body)) {
    return {
      ok: false,
      problem: 'wrong-url',
      field: 'serverUrl',
      message: `${serverUrl} answered, but it is not a sync server (GET /api/me gave ${response.ok ? 'an unexpected answer' : `HTTP ${response.status}`}). Check the URL.`,
    };
  }
  return { ok: true, serverUrl, token, profile: profileOf(body) };
}
