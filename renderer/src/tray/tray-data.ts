// renderer: what the tray menu shows, built from the database and the sync state.
import type { EventTypeDoc, LinkDoc } from '../../../core/schemas/index.ts';
import type { TrayData } from '../../../electron/contract/desktop-api.ts';

export const TRAY_RECENT_LINKS = 5;

export function buildTrayData(eventTypes: readonly EventTypeDoc[], links: readonly LinkDoc[], syncState: string, urlOf: (link: LinkDoc) => string): TrayData {
  const names = new Map(eventTypes.map((e) => [e.id, e.name]));
  return {
    eventTypes: eventTypes
      .filter((e) => !e.archived)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((e) => ({ id: e.id, name: e.name })),
    recentLinks: [...links]
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, TRAY_RECENT_LINKS)
      .map((link) => {
        const eventName = link.overrides.name ?? names.get(link.eventTypeId) ?? 'Link';
        const who = link.contact.name.trim() || link.contact.email.trim();
        return { id: link.id, label: who ? `${eventName} · ${who}` : eventName, url: urlOf(link) };
      }),
    syncState,
  };
}
