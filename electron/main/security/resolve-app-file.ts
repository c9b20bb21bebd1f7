// main: maps an app:// request to a file inside the built renderer, refusing anything outside it.
import { extname, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Returns the absolute path for `requestUrl` under `rootDir`, or null when the URL is not ours or
 * would escape the root (`..`, encoded `%2e%2e` or `%2f`, backslashes, NUL). Paths without an
 * extension fall back to index.html so client-side routes survive a reload.
 */
export function resolveAppFile(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;

  const relative = segments.length === 0 || extname(segments[segments.length - 1] ?? '') === '' ? ['index.html'] : segments;
  const root = resolve(rootDir);
  const file = resolve(root, ...relative);
  return file.startsWith(root + sep) ? file : null;
}
