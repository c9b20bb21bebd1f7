// renderer (browser build): a one-time hand-over of settings in the URL fragment.
// `npm start` opens `/app/#setup?server=…&token=…` (scripts/lib/browser-setup-url.ts); the
// fragment never reaches the server (so no access log holds the token) and the page removes it
// from the address bar and history at once.
import type { DesktopSettingsPatch } from '../../../electron/contract/desktop-api.ts';

const SETUP_PREFIX = '#setup?';

/** Returns the settings carried in `hash`, or null when it holds none (e.g. a `#/route`). */
export function readSettingsFromFragment(hash: string): DesktopSettingsPatch | null {
  if (!hash.startsWith(SETUP_PREFIX)) return null;
  const params = new URLSearchParams(hash.slice(SETUP_PREFIX.length));
  const patch: DesktopSettingsPatch = {};
  const serverUrl = params.get('server');
  const hostToken = params.get('token');
  if (serverUrl !== null) patch.serverUrl = serverUrl;
  if (hostToken !== null) patch.hostToken = hostToken;
  return Object.keys(patch).length > 0 ? patch : null;
}
