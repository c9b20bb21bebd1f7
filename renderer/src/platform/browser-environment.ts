// renderer (browser build): the page APIs the browser platform uses, behind one small seam for tests.
import type { CopyDocument } from './copy-text-with-textarea.ts';
import type { SettingsStorage } from './browser-settings-store.ts';

export interface NotificationPort {
  permission(): NotificationPermission;
  requestPermission(): Promise<NotificationPermission>;
  show(title: string, body: string): void;
}

export interface BrowserEnvironment {
  storage: SettingsStorage;
  location: { origin: string; hash: string; pathname: string; search: string };
  replaceUrl(url: string): void;
  /** Missing on insecure origins (plain HTTP on a LAN address). */
  clipboard: { writeText(text: string): Promise<void> } | undefined;
  copyDocument: CopyDocument;
  openWindow(url: string, target: string, features: string): unknown;
  /** Missing where the browser has no Notification API. */
  notifications: NotificationPort | undefined;
}

export function currentBrowserEnvironment(): BrowserEnvironment {
  const hasNotifications = typeof Notification !== 'undefined';
  return {
    storage: window.localStorage,
    location: window.location,
    replaceUrl: (url) => window.history.replaceState(window.history.state, '', url),
    clipboard: window.isSecureContext && navigator.clipboard ? navigator.clipboard : undefined,
    copyDocument: document,
    openWindow: (url, target, features) => window.open(url, target, features),
    notifications: hasNotifications
      ? {
          permission: () => Notification.permission,
          requestPermission: () => Notification.requestPermission(),
          show: (title, body) => {
            new Notification(title, { body });
          },
        }
      : undefined,
  };
}
