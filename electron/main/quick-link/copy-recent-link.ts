// main: a "Recent links" tray entry copies that link's URL and says so.
import type { TrayRecentLink } from '../../contract/desktop-api.ts';
import type { QuickLinkDeps, QuickLinkOutcome } from './run-quick-link.ts';

export async function copyRecentLink(
  link: TrayRecentLink,
  deps: Pick<QuickLinkDeps, 'writeClipboard' | 'notify'>,
): Promise<QuickLinkOutcome> {
  try {
    await deps.writeClipboard(link.url);
    deps.notify({ title: `Link copied: ${link.label}`, body: link.url });
    return { ok: true, url: link.url };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    deps.notify({ title: 'Could not copy the link', body: message });
    return { ok: false, error: message };
  }
}
