// renderer: picks the platform once: the Electron bridge when the preload exposed it, else the browser.
import { currentBrowserEnvironment } from './browser-environment.ts';
import { createBrowserPlatform } from './browser-platform.ts';
import type { DesktopApi } from '../../../electron/contract/desktop-api.ts';
import { createElectronPlatform } from './electron-platform.ts';
import type { Platform } from './platform.ts';

let current: Platform | null = null;

/** The preload's bridge, if this page runs inside the Electron shell. */
export function findDesktopApi(scope: object): DesktopApi | null {
  const desktop = (scope as { desktop?: unknown }).desktop;
  return typeof desktop === 'object' && desktop !== null ? (desktop as DesktopApi) : null;
}

export function getPlatform(): Platform {
  if (current === null) {
    const desktop = findDesktopApi(globalThis);
    current = desktop ? createElectronPlatform(desktop) : createBrowserPlatform(currentBrowserEnvironment());
  }
  return current;
}
