// renderer: the one interface the UI uses for everything outside the page (clipboard, OS, tray, settings).
import type {
  DesktopSettingsPatch,
  DesktopSettingsView,
  NotificationRequest,
  TrayData,
  TrayLinkRequest,
  TrayLinkResult,
} from '../../../electron/contract/desktop-api.ts';

export type {
  DesktopSettings,
  DesktopSettingsPatch,
  DesktopSettingsView,
  NotificationRequest,
  TokenProtection,
  TrayData,
  TrayEventType,
  TrayLinkRequest,
  TrayLinkResult,
  TrayRecentLink,
} from '../../../electron/contract/desktop-api.ts';

export type PlatformKind = 'electron' | 'browser';

/** What this platform can really do, so the UI hides settings that would have no effect. */
export interface PlatformCapabilities {
  tray: boolean;
  globalShortcut: boolean;
  launchAtLogin: boolean;
}

export type PlatformSettings = DesktopSettingsView;

/** A setup link asked to switch to another sync server; nothing has changed yet. */
export interface PendingServerChange {
  from: string;
  to: string;
  /** The link carries a token for the new server; otherwise the person signs in there afresh. */
  bringsToken: boolean;
}

export interface Platform {
  readonly kind: PlatformKind;
  readonly capabilities: PlatformCapabilities;
  /** Puts text on the system clipboard (through main in Electron, where the renderer has no clipboard). */
  copyText(text: string): Promise<void>;
  /** Shows a system notification; resolves quietly when the user has notifications turned off. */
  notify(notification: NotificationRequest): Promise<void>;
  /** Opens an http(s) or mailto URL outside the app; rejects any other URL. */
  openExternal(url: string): Promise<void>;
  getSettings(): Promise<PlatformSettings>;
  /** Validates and saves a partial change; rejects with a message naming the field. */
  setSettings(patch: DesktopSettingsPatch): Promise<PlatformSettings>;
  /**
   * The tray (or the global shortcut) asks for a new single-use link for an event type; the
   * handler creates it (offline too) and returns its URL. Returns a function that unregisters.
   * A no-op in the browser, which has no tray.
   */
  onTrayRequest(handler: (request: TrayLinkRequest) => Promise<TrayLinkResult>): () => void;
  /** Sends the tray its data (event types, recent links, sync state). A no-op in the browser. */
  pushTrayData(data: TrayData): void;
  /**
   * A setup link (browser build) that points at another server: the UI asks the person before
   * anything changes. Always null in Electron, which takes no setup links.
   */
  pendingServerChange(): PendingServerChange | null;
  /** The person's answer: yes switches (never with the current token), no keeps the current server. */
  answerServerChange(accept: boolean): Promise<PlatformSettings>;
}
