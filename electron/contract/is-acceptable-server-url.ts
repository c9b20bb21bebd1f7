// Runs anywhere (shared by main, preload and renderer). Which sync-server URLs may carry the host
// token: https anywhere, plain http only to this computer, where no network sees the traffic.

const LOOPBACK_V4 = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** `hostname` as URL parses it: 127.0.0.0/8, `[::1]` or `localhost`. */
export function isLoopbackHostname(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'localhost' || host === '[::1]' || LOOPBACK_V4.test(host);
}

export interface ServerUrlOptions {
  /**
   * An http origin accepted anyway: the browser build served over plain http by the sync server
   * itself (a LAN address) already sends everything, the page included, unencrypted to that origin.
   */
  alsoAllowedOrigin?: string;
}

/** Why `serverUrl` must not carry the token, or null when it may. `serverUrl` must parse as a URL. */
export function serverUrlTransportProblem(serverUrl: string, options: ServerUrlOptions = {}): string | null {
  const url = new URL(serverUrl);
  if (url.protocol === 'https:') return null;
  if (url.protocol !== 'http:') return 'must start with https:// (or http:// for this computer)';
  if (isLoopbackHostname(url.hostname) || url.origin === options.alsoAllowedOrigin) return null;
  return `plain http:// is accepted only for this computer (localhost, 127.x.x.x, ::1): the token would travel unencrypted; use https://${url.host}${url.pathname === '/' ? '' : url.pathname}`;
}

export function isAcceptableServerUrl(serverUrl: string, options: ServerUrlOptions = {}): boolean {
  try {
    return serverUrlTransportProblem(serverUrl, options) === null;
  } catch {
    return false;
  }
}
