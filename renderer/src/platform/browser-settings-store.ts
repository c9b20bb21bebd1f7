// renderer (browser build): settings kept in localStorage.
//
// Trade-off: localStorage is readable by any script on this origin, so an XSS bug would expose the
// host token. The page is served by the host's own sync server with a strict CSP (scripts from
// 'self' only) and the browser build is the fallback UI for machines where Electron cannot run,
// so we accept it; the desktop build keeps the token in main, encrypted with the OS keychain.
//
// The token is stored with the origin of the server it was saved for (`tokenOrigin`) and handed out
// for no other: a change of server never takes it along (decide-server-change.ts in electron/contract/).
import { serverOriginOf, tokenAfterChange, tokenBoundTo } from '../../../electron/contract/decide-server-change.ts';
import type { DesktopSettings, DesktopSettingsPatch, DesktopSettingsView } from '../../../electron/contract/desktop-api.ts';

export const BROWSER_SETTINGS_KEY = 'onetime-scheduler.settings.v1';

export interface SettingsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function defaults(serverUrl: string): DesktopSettings {
  return { serverUrl, hostToken: '', launchAtLogin: false, defaultEventTypeId: null, globalShortcut: null };
}

/** Picks only well-typed known fields, so a hand-edited or older entry cannot break the app. */
function readStored(storage: SettingsStorage): Partial<DesktopSettings> & { tokenOrigin?: string | null } {
  const raw = storage.getItem(BROWSER_SETTINGS_KEY);
  if (raw === null) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const value = parsed as Record<string, unknown>;
  const out: Partial<DesktopSettings> & { tokenOrigin?: string | null } = {};
  // Missing in entries saved before origins were kept: such a token was saved with its server.
  out.tokenOrigin = typeof value.tokenOrigin === 'string' ? value.tokenOrigin : null;
  if (typeof value.serverUrl === 'string' && value.serverUrl !== '') out.serverUrl = value.serverUrl;
  if (typeof value.hostToken === 'string') out.hostToken = value.hostToken;
  if (typeof value.launchAtLogin === 'boolean') out.launchAtLogin = value.launchAtLogin;
  if (typeof value.defaultEventTypeId === 'string' || value.defaultEventTypeId === null) out.defaultEventTypeId = value.defaultEventTypeId;
  if (typeof value.globalShortcut === 'string' || value.globalShortcut === null) out.globalShortcut = value.globalShortcut;
  return out;
}

/** The server that served this page is the default server: the sync server hosts the UI at /app/. */
function current(storage: SettingsStorage, defaultServerUrl: string): DesktopSettings {
  const { tokenOrigin = null, ...stored } = readStored(storage);
  const settings = { ...defaults(defaultServerUrl), ...stored };
  return { ...settings, hostToken: tokenBoundTo(settings.serverUrl, settings.hostToken, tokenOrigin) };
}

export function loadBrowserSettings(storage: SettingsStorage, defaultServerUrl: string): DesktopSettingsView {
  const settings = current(storage, defaultServerUrl);
  return {
    ...settings,
    tokenProtection: settings.hostToken === '' ? 'none' : 'browser-storage',
    warning: null,
  };
}

/** `patch` must already be validated (validateSettingsPatch). */
export function saveBrowserSettings(
  storage: SettingsStorage,
  defaultServerUrl: string,
  patch: DesktopSettingsPatch,
): DesktopSettingsView {
  const before = current(storage, defaultServerUrl);
  const next: DesktopSettings = { ...before, ...patch, hostToken: tokenAfterChange(before, patch) };
  storage.setItem(BROWSER_SETTINGS_KEY, JSON.stringify({ ...next, tokenOrigin: next.hostToken === '' ? null : serverOriginOf(next.serverUrl) }));
  return loadBrowserSettings(storage, defaultServerUrl);
}
