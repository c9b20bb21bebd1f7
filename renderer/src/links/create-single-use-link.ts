// renderer: "Create & Copy Link" and the tray's request: the link is written to the local
// database first (so it works offline), then its URL goes to the clipboard.
import type { LinkDoc } from '../../../core/schemas/index.ts';
import type { AppDatabase } from '../db/app-database-types.ts';
import { buildNewLink, type LinkFields } from './build-new-link.ts';

/** A plain single-use link of an event type: no contact, no overrides, no expiry. */
export function plainLinkFields(eventTypeId: string): LinkFields {
  return { eventTypeId, maxUses: 1, expiresAt: null, overrides: {}, contact: { name: '', email: '' }, note: '' };
}

export interface CreatedLink {
  link: LinkDoc;
  url: string;
  /** False when the clipboard refused (the link exists anyway; the host can copy it from the list). */
  copied: boolean;
}

export async function createSingleUseLink(
  db: AppDatabase,
  fields: LinkFields,
  urlOf: (link: LinkDoc) => string,
  copyText: (text: string) => Promise<void>,
  now: Date = new Date(),
): Promise<CreatedLink> {
  const link = buildNewLink(fields, now);
  await db.links.insert(link);
  const url = urlOf(link);
  let copied = true;
  try {
    await copyText(url);
  } catch {
    copied = false;
  }
  return { link, url, copied };
}
