// Runs anywhere (shared by main, preload and renderer). Which URLs may be handed to the OS browser or mail client.

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MAX_URL_LENGTH = 2048;

/**
 * Parses `raw` and returns the normalized href when it is an http(s) URL with a host, or a mailto:
 * URL; otherwise null. Credentials in the URL are refused: `https://bank.example@evil.test` is a
 * classic way to make a link look like somewhere it is not.
 */
export function parseAllowedExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'mailto:') return url.pathname.length > 0 ? url.href : null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}

export function isAllowedExternalUrl(raw: unknown): boolean {
  return parseAllowedExternalUrl(raw) !== null;
}
