// Runs anywhere (shared by main, preload and renderer). Types only: the shape of `window.desktop`, the bridge the
// Electron preload exposes; main implements it, the renderer wraps it in electron-platform.ts.

/** What the host may change from the UI. The token never sits in plain text on disk when the OS offers encryption. */
export interface DesktopSettings {
  /** Base URL of the sync server, e.g. `http://localhost:8787` (no trailing slash). */
  serverUrl: string;
  /** The host's bearer token for the sync server; '' when none is set. */
  hostToken: string;
  launchAtLogin: boolean;
  /** Event type the global shortcut makes a link for; null = the first one in the tray. */
  defaultEventTypeId: string | null;
  /** Electron accelerator, e.g. `CommandOrControl+Shift+L`; null = no global shortcut. */
  globalShortcut: string | null;
}

/**
 * How the token is kept at rest:
 * - `encrypted`: OS keychain-backed encryption (Electron safeStorage);
 * - `plain`: the OS offers no encryption, so the settings file (mode 0600) holds it as is;
 * - `browser-storage`: the browser build keeps it in localStorage;
 * - `none`: no token set.
 */
export type TokenProtection = 'encrypted' | 'plain' | 'browser-storage' | 'none';

export interface DesktopSettingsView extends DesktopSettings {
  tokenProtection: TokenProtection;
  /** A human-readable problem with the settings (e.g. the shortcut is taken), or null. */
  warning: string | null;
}

export type DesktopSettingsPatch = Partial<DesktopSettings>;

export interface NotificationRequest {
  title: string;
  body: string;
}

export interface TrayEventType {
  id: string;
  name: string;
}

export interface TrayRecentLink {
  id: string;
  label: string;
  url: string;
}

/** Pushed by the renderer whenever its data changes; main rebuilds the tray menu from it. */
export interface TrayData {
  /** Active event types, in menu order. */
  eventTypes: TrayEventType[];
  /** The most recent links, newest first (main shows at most 5). */
  recentLinks: TrayRecentLink[];
  /** online | syncing | offline | error, or any short text. */
  syncState: string;
}

/** Main asks the renderer to create a single-use link (it owns the database). */
export interface TrayLinkRequest {
  eventTypeId: string;
}

export interface TrayLinkResult {
  url: string;
}

/** Everything `window.desktop` offers: named functions only, never `ipcRenderer` itself. */
export interface DesktopApi {
  copyText(text: string): Promise<void>;
  notify(notification: NotificationRequest): Promise<void>;
  openExternal(url: string): Promise<void>;
  getSettings(): Promise<DesktopSettingsView>;
  setSettings(patch: DesktopSettingsPatch): Promise<DesktopSettingsView>;
  pushTrayData(data: TrayData): Promise<void>;
  /** Registers the one handler for tray/shortcut link requests; returns a function that removes it. */
  onTrayLinkRequest(handler: (request: TrayLinkRequest) => Promise<TrayLinkResult>): () => void;
}

/** What crosses IPC: main answers every invoke with an envelope, so errors keep a clean message. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };
