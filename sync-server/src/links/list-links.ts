// Runs on the server. One page of `GET /api/links`: the host's links in the order of their last
// change (the store's seq order, as a pull gives them: oldest change first), filtered by status
// (link-status.ts) in memory, since the status depends on the time of asking.
//
// A request reads at most SCAN_BUDGET documents, so a rare status among many links costs a bounded
// amount per request: a page may then hold fewer than `limit` links (even none) with a cursor to
// go on from. nextCursor is null once the scan reached the end of the host's links. A link that
// changes while a client pages (booked, revoked) moves to the end of the order, so it may show up
// again on a later page with its new state, as in a replication pull.
import { linkUrl } from '../../../core/urls/index.ts';
import type { Checkpoint, ReplicatedDoc, Store } from '../store/store.ts';
import { encodeLinkCursor } from './link-cursor.ts';
import { linkStatusAt } from './link-status.ts';
import type { ListLinksQuery } from './parse-list-links-query.ts';

/** Most documents one request reads. */
export const SCAN_BUDGET = 1000;

export interface LinkListing {
  links: { link: ReplicatedDoc<'links'>; url: string }[];
  nextCursor: string | null;
}

export async function listLinks(store: Store, hostId: string, publicUrl: string, query: ListLinksQuery, now = new Date()): Promise<LinkListing> {
  const at = now.getTime();
  const found: ReplicatedDoc<'links'>[] = [];
  let checkpoint: Checkpoint | null = query.after;
  let scanned = 0;
  for (;;) {
    // Pulled documents carry no seq, so a page can only stop at a pull's end: asking for no more
    // than the links still wanted means every match of a pull fits on the page.
    const want = Math.min(query.limit - found.length, SCAN_BUDGET - scanned);
    const page = await store.pull(hostId, 'links', checkpoint, want);
    scanned += page.documents.length;
    checkpoint = page.checkpoint;
    for (const doc of page.documents) {
      const status = linkStatusAt(doc, at);
      if (status !== null && (query.status === null || status === query.status)) found.push(doc);
    }
    if (page.documents.length < want) return { links: found.map(withUrl(publicUrl)), nextCursor: null };
    if (found.length >= query.limit || scanned >= SCAN_BUDGET) {
      return { links: found.map(withUrl(publicUrl)), nextCursor: encodeLinkCursor(checkpoint) };
    }
  }
}

const withUrl = (publicUrl: string) => (link: ReplicatedDoc<'links'>) => ({ link, url: linkUrl(publicUrl, link.token) });
