// renderer (browser build): the Platform on plain web APIs, used when the UI is served at /app/.
import { copyTextWithTextarea } from './copy-text-with-textarea.ts';
import { loadBrowserSettings, saveBrowserSettings } from './browser-settings-store.ts';
import type { BrowserEnvironment } from './browser-environment.ts';
import { decideServerChange, type ServerAndToken } from '../../../electron/contract/decide-server-change.ts';
import { parseAllowedExternalUrl } from '../../../electron/contract/is-allowed-external-url.ts';
import type { PendingServerChange, Platform } from './platform.ts';
import { readSettingsFromFragment } from './read-settings-from-fragment.ts';
import { validateSettingsPatch } from '../../../electron/contract/validate-settings-patch.ts';

/** The sync server serves the UI at /app/, so the page's own origin is the server by default. */
function defaultServerUrl(env: BrowserEnvironment): string {
  return env.location.origin;
}

/** Plain http is fine for the server that served this page: everything already travels that way. */
function serverUrlOptions(env: BrowserEnvironment) {
  return { alsoAllowedOrigin: env.location.origin };
}

interface PendingChange extends PendingServerChange {
  next: ServerAndToken;
}

/**
 * Takes the settings handed over in the URL fragment and drops them from the address bar. A link
 * for the current server applies at once; one for another server waits for the person's yes and
 * never takes the stored token along: a link anyone can send must not carry it to their server.
 */
function adoptFragmentSettings(env: BrowserEnvironment): PendingChange | null {
  const handedOver = readSettingsFromFragment(env.location.hash);
  if (handedOver === null) return null;
  env.replaceUrl(`${env.location.pathname}${env.location.search}`);
  try {
    const requested = validateSettingsPatch(handedOver, serverUrlOptions(env));
    const decision = decideServerChange(loadBrowserSettings(env.storage, defaultServerUrl(env)), requested);
    if (decision.kind === 'apply') saveBrowserSettings(env.storage, defaultServerUrl(env), decision.next);
    if (decision.kind !== 'confirm') return null;
    return { from: decision.from, to: decision.to, bringsToken: decision.next.hostToken !== '', next: decision.next };
  } catch (error) {
    console.warn('Ignoring settings in the URL fragment:', error instanceof Error ? error.message : error);
    return null;
  }
}

export function createBrowserPlatform(env: BrowserEnvironment): Platform {
  let pending = adoptFragmentSettings(env);
  return {
    kind: 'browser',
    capabilities: { tray: false, globalShortcut: false, launchAtLogin: false },

    async copyText(text) {
      if (typeof text !== 'string') throw new TypeError('copyText: text must be a string');
      if (env.clipboard) {
        try {
          await env.clipboard.writeText(text);
          return;
        } catch {
          // Denied (no user gesture, no focus): the textarea route often still works.
        }
      }
      copyTextWithTextarea(env.copyDocument, text);
    },

    async notify({ title, body }) {
      const notifications = env.notifications;
      if (!notifications) return;
      let permission = notifications.permission();
      if (permission === 'default') permission = await notifications.requestPermission();
      if (permission === 'granted') notifications.show(title, body);
    },

    async openExternal(url) {
      const allowed = parseAllowedExternalUrl(url);
      if (allowed === null) throw new Error(`openExternal: only http(s) and mailto URLs can be opened (got "${String(url)}")`);
      env.openWindow(allowed, '_blank', 'noopener,noreferrer');
    },

    async getSettings() {
      return loadBrowserSettings(env.storage, defaultServerUrl(env));
    },

    async setSettings(patch) {
      return saveBrowserSettings(env.storage, defaultServerUrl(env), validateSettingsPatch(patch, serverUrlOptions(env)));
    },

    pendingServerChange: () => (pending === null ? null : { from: pending.from, to: pending.to, bringsToken: pending.bringsToken }),

    async answerServerChange(accept) {
      const answered = pending;
      pending = null;
      if (accept && answered !== null) return saveBrowserSettings(env.storage, defaultServerUrl(env), answered.next);
      return loadBrowserSettings(env.storage, defaultServerUrl(env));
    },

    onTrayRequest: () => () => undefined,
    pushTrayData: () => undefined,
  };
}
