// main: the tray menu as a plain template (what Menu.buildFromTemplate takes), from renderer data.
import type { TrayData, TrayEventType, TrayRecentLink } from '../../contract/desktop-api.ts';

/** A structural subset of Electron's MenuItemConstructorOptions, so this file needs no Electron. */
export interface TrayMenuItem {
  id?: string;
  label?: string;
  type?: 'normal' | 'separator' | 'submenu';
  enabled?: boolean;
  toolTip?: string;
  submenu?: TrayMenuItem[];
  click?: () => void;
}

export interface TrayMenuActions {
  createLink(eventType: TrayEventType): void;
  copyRecentLink(link: TrayRecentLink): void;
  openWindow(): void;
  quit(): void;
}

export const MAX_RECENT_LINKS = 5;
const MAX_LABEL_LENGTH = 60;

/** Menus treat `&` as a mnemonic marker on Windows and Linux; `&&` shows one ampersand. */
export function menuLabel(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const short = oneLine.length > MAX_LABEL_LENGTH ? `${oneLine.slice(0, MAX_LABEL_LENGTH - 1)}…` : oneLine;
  return short.replace(/&/g, '&&');
}

const SYNC_STATE_LABELS: Readonly<Record<string, string>> = {
  online: 'Synced',
  syncing: 'Syncing…',
  offline: 'Offline: changes are kept on this computer',
  error: 'Sync error: open the app for details',
};

export function syncStateLabel(syncState: string): string {
  return SYNC_STATE_LABELS[syncState] ?? menuLabel(syncState);
}

function disabled(label: string): TrayMenuItem {
  return { label, enabled: false };
}

/** `data` is null until the renderer has loaded and pushed its first snapshot. */
export function buildTrayMenuTemplate(data: TrayData | null, actions: TrayMenuActions, appName: string): TrayMenuItem[] {
  const newLinkItems: TrayMenuItem[] =
    data === null
      ? [disabled('Loading event types…')]
      : data.eventTypes.length === 0
        ? [disabled('No event types yet: create one in the app')]
        : data.eventTypes.map((eventType) => ({
            id: `new-link:${eventType.id}`,
            label: menuLabel(eventType.name),
            click: () => actions.createLink(eventType),
          }));

  const recent = data?.recentLinks.slice(0, MAX_RECENT_LINKS) ?? [];
  const recentItems: TrayMenuItem[] =
    recent.length === 0
      ? [disabled('No links yet')]
      : recent.map((link) => ({
          id: `recent-link:${link.id}`,
          label: menuLabel(link.label),
          toolTip: link.url,
          click: () => actions.copyRecentLink(link),
        }));

  return [
    { id: 'new-link', label: 'New single-use link', type: 'submenu', submenu: newLinkItems },
    { id: 'recent-links', label: 'Recent links', type: 'submenu', submenu: recentItems },
    { type: 'separator' },
    { id: 'open', label: `Open ${appName}`, click: () => actions.openWindow() },
    { id: 'sync-state', label: data === null ? 'Starting…' : syncStateLabel(data.syncState), enabled: false },
    { type: 'separator' },
    { id: 'quit', label: 'Quit', click: () => actions.quit() },
  ];
}
