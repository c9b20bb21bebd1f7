// main: owns the tray icon and rebuilds its menu whenever the renderer pushes new data.
import type { TrayData } from '../../contract/desktop-api.ts';
import { buildTrayMenuTemplate, type TrayMenuActions, type TrayMenuItem } from './build-tray-menu-template.ts';

/** The part of Electron's Tray this needs; `Menu` is whatever buildMenu returns. */
export interface TrayLike<Menu> {
  setContextMenu(menu: Menu | null): void;
  setToolTip(text: string): void;
  on(event: 'click', listener: () => void): unknown;
}

export interface TrayControllerDeps<Menu> {
  tray: TrayLike<Menu>;
  buildMenu(template: TrayMenuItem[]): Menu;
  actions: TrayMenuActions;
  appName: string;
  /** process.platform: a left click opens the window on Windows; elsewhere it shows the menu. */
  platform: string;
}

export interface TrayController {
  update(data: TrayData): void;
  current(): TrayData | null;
}

export function createTrayController<Menu>(deps: TrayControllerDeps<Menu>): TrayController {
  let data: TrayData | null = null;
  const render = (): void => {
    // Linux shows no icon at all without a context menu, so one is always set, even before data.
    deps.tray.setContextMenu(deps.buildMenu(buildTrayMenuTemplate(data, deps.actions, deps.appName)));
    deps.tray.setToolTip(data === null ? deps.appName : `${deps.appName}: ${data.syncState}`);
  };
  if (deps.platform === 'win32') deps.tray.on('click', () => deps.actions.openWindow());
  render();
  return {
    update(next) {
      data = next;
      render();
    },
    current: () => data,
  };
}
