// Runs anywhere (shared by main, preload and renderer). A host token belongs to the server that
// issued it: a change of server never takes it along. Used by main's settings service and the
// browser platform (setup links and its stored settings).

/** `https://sync.example.com:8443/base` → `https://sync.example.com:8443`; null when not a URL. */
export function serverOriginOf(serverUrl: string): string | null {
  try {
    return new URL(serverUrl).origin;
  } catch {
    return null;
  }
}

export function isSameServerOrigin(a: string, b: string): boolean {
  const originA = serverOriginOf(a);
  return originA !== null && originA === serverOriginOf(b);
}

export interface ServerAndToken {
  serverUrl: string;
  hostToken: string;
}

/**
 * The token left after a change: the patch's own token if it carries one; else the current token
 * when the server stays on its origin; else none.
 */
export function tokenAfterChange(current: ServerAndToken, patch: { serverUrl?: string; hostToken?: string }): string {
  if (patch.hostToken !== undefined) return patch.hostToken;
  if (patch.serverUrl === undefined || isSameServerOrigin(current.serverUrl, patch.serverUrl)) return current.hostToken;
  return '';
}

/** The stored token, if it was stored for this server's origin; `tokenOrigin` null = stored before origins were kept. */
export function tokenBoundTo(serverUrl: string, hostToken: string, tokenOrigin: string | null): string {
  if (tokenOrigin === null) return hostToken;
  return serverOriginOf(serverUrl) === tokenOrigin ? hostToken : '';
}

export type ServerChangeDecision =
  /** Nothing to change. */
  | { kind: 'none' }
  /** Same server (or only a token): apply at once. */
  | { kind: 'apply'; next: ServerAndToken }
  /** Another server: ask the person first; `next` never holds the current token. */
  | { kind: 'confirm'; from: string; to: string; next: ServerAndToken };

/** What a setup link (`#setup?server=…&token=…`) may do to the current connection; URLs already normalized. */
export function decideServerChange(current: ServerAndToken, requested: { serverUrl?: string; hostToken?: string }): ServerChangeDecision {
  if (requested.serverUrl === undefined && requested.hostToken === undefined) return { kind: 'none' };
  const serverUrl = requested.serverUrl ?? current.serverUrl;
  const next = { serverUrl, hostToken: tokenAfterChange(current, requested) };
  if (isSameServerOrigin(current.serverUrl, serverUrl)) return { kind: 'apply', next };
  return { kind: 'confirm', from: current.serverUrl, to: serverUrl, next };
}
