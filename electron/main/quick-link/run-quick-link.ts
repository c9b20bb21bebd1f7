// main: the tray's two-click flow: the renderer creates a link, main copies it and says so.
import type { NotificationRequest, TrayEventType } from '../../contract/desktop-api.ts';
import { parseAllowedExternalUrl } from '../../contract/is-allowed-external-url.ts';

export interface QuickLinkDeps {
  requestLink(eventTypeId: string): Promise<string>;
  /** Electron >= 44: `clipboard.writeText` returns a Promise; older ones return void. */
  writeClipboard(text: string): Promise<void> | void;
  notify(notification: NotificationRequest): void;
}

export type QuickLinkOutcome = { ok: true; url: string } | { ok: false; error: string };

export async function runQuickLink(eventType: TrayEventType, deps: QuickLinkDeps): Promise<QuickLinkOutcome> {
  try {
    const url = await deps.requestLink(eventType.id);
    const checked = parseAllowedExternalUrl(url);
    if (checked === null || checked.startsWith('mailto:')) throw new Error(`the app returned an invalid link URL "${url}"`);
    await deps.writeClipboard(url);
    deps.notify({ title: `Link copied: ${eventType.name}`, body: url });
    return { ok: true, url };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    deps.notify({ title: 'Could not create a link', body: `${eventType.name}: ${message}` });
    return { ok: false, error: message };
  }
}
