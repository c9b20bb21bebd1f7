// renderer (browser build): the Platform on plain web APIs, used when the UI is served at /app/.
import { copyTextWithTextarea } from './copy-text-with-textarea.ts';
import { loadBrowserSettings, saveBrowserSettings } from './browser-settings-store.ts';
import type { BrowserEnvironment } from './browser-environment.ts';
import { parseAllowedExternalUrl } from '../../../electron/contract/is-allowed-external-url.ts';
import type { Platform } from './platform.ts';
import { readSettingsFromFragment } from './read-settings-from-fragment.ts';
import { validateSettingsPatch } from '../../../electron/contract/validate-settings-patch.ts';

/** The sync server serves the UI at /app/, so the page's own origin is the server by default. */
function defaultServerUrl(env: BrowserEnvironment): string {
  return env.location.origin;
}

/** Moves settings handed over in the URL fragment into storage and drops them from the address bar. */
function adoptFragmentSettings(env: BrowserEnvironment): void {
  const handedOver = readSettingsFromFragment(env.location.hash);
  if (handedOver === null) return;
  env.replaceUrl(`${env.location.pathname}${env.location.search}`);
  try {
    saveBrowserSettings(env.storage, defaultServerUrl(env), validateSettingsPatch(handedOver));
  } catch (error) {
    console.warn('Ignoring settings in the URL fragment:', error instanceof Error ? error.message : error);
  }
}

export function createBrowserPlatform(env: BrowserEnvironment): Platform {
  adoptFragmentSettings(env);
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
      return saveBrowserSettings(env.storage, defaultServerUrl(env), validateSettingsPatch(patch));
    },

    onTrayRequest: () => () => undefined,
    pushTrayData: () => undefined,
  };
}
