// Runs in tests (Node). Reads everything a host has through the real pull API and checks the
// redemption invariants of ARCHITECTURE.md (1 and 2): no link has more confirmed bookings than `maxUses` (and its
// `useCount` agrees), no two confirmed bookings overlap, and every booking that was answered 201
// is stored, confirmed, with the start it was given.
import type { BookingDoc, LinkDoc } from '../../../core/schemas/index.ts';
import { request } from '../../../sync-server/src/testing/http-client.ts';

export interface AcknowledgedBooking {
  id: string;
  linkId: string;
  start: string;
}

async function pullAll<T>(baseUrl: string, token: string, collection: string): Promise<T[]> {
  const docs: T[] = [];
  let checkpoint: { seq: number; id: string } | null = null;
  for (;;) {
    const params = new URLSearchParams({ limit: '500' });
    if (checkpoint) {
      params.set('seq', String(checkpoint.seq));
      params.set('id', checkpoint.id);
    }
    const page = await request<{ documents: T[]; checkpoint: { seq: number; id: string } }>(`${baseUrl}/sync/${collection}/pull?${params.toString()}`, { token });
    if (page.status !== 200) throw new Error(`pull ${collection}: HTTP ${page.status}`);
    docs.push(...page.body.documents);
    checkpoint = page.body.checkpoint;
    if (page.body.documents.length < 500) return docs;
  }
}

/** Problems found, in words; empty when every invariant holds. */
export async function findInvariantBreaks(baseUrl: string, token: string, acknowledged: AcknowledgedBooking[]): Promise<string[]> {
  const problems: string[] = [];
  const links = await pullAll<LinkDoc>(baseUrl, token, 'links');
  const bookings = await pullAll<BookingDoc>(baseUrl, token, 'bookings');
  const confirmed = bookings.filter((b) => b.status === 'confirmed');
  const byId = new Map(bookings.map((b) => [b.id, b]));

  for (const ack of acknowledged) {
    const stored = byId.get(ack.id);
    if (!stored) problems.push(`booking ${ack.id} was answered 201 but is not stored`);
    else if (stored.status !== 'confirmed' || stored.start !== ack.start || stored.linkId !== ack.linkId) {
      problems.push(`booking ${ack.id} is stored as ${stored.status} ${stored.start} link ${stored.linkId}, not as acknowledged`);
    }
  }
  for (const link of links) {
    const own = confirmed.filter((b) => b.linkId === link.id);
    if (own.length > link.maxUses) problems.push(`link ${link.id} has ${own.length} bookings, maxUses ${link.maxUses}`);
    // A canceled booking still spent its use: useCount counts every booking the link ever made.
    const made = bookings.filter((b) => b.linkId === link.id);
    if (link.useCount !== made.length) problems.push(`link ${link.id} says useCount ${link.useCount}, has made ${made.length} bookings`);
  }
  const sorted = [...confirmed].sort((a, b) => a.start.localeCompare(b.start));
  for (let i = 1; i < sorted.length; i += 1) {
    if (Date.parse(sorted[i]!.start) < Date.parse(sorted[i - 1]!.end)) problems.push(`bookings ${sorted[i - 1]!.id} and ${sorted[i]!.id} overlap`);
  }
  return problems;
}
