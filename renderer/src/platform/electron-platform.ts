// renderer: the Platform on top of the Electron preload bridge (`window.desktop`).
import type { DesktopApi } from '../../../electron/contract/desktop-api.ts';
import type { Platform } from './platform.ts';

/** Bridge errors arrive as Errors from main; keep only their message for the UI. */
function onPushFailed(error: unknown): void {
  console.warn('Could not update the tray menu:', error instanceof Error ? error.message : error);
}

export function createElectronPlatform(desktop: DesktopApi): Platform {
  return {
    kind: 'electron',
    capabilities: { tray: true, globalShortcut: true, launchAtLogin: true },
    copyText: (text) => desktop.copyText(text),
    notify: (notification) => desktop.notify(notification),
    openExternal: (url) => desktop.openExternal(url),
    getSettings: () => desktop.getSettings(),
    setSettings: (patch) => desktop.setSettings(patch),
    onTrayRequest: (handler) => desktop.onTrayLinkRequest(handler),
    pushTrayData(data) {
      desktop.pushTrayData(data).catch(onPushFailed);
    },
    pendingServerChange: () => null,
    answerServerChange: () => desktop.getSettings(),
  };
}
