// Runs in tests (server side). Books a link on the server exactly as a redemption's last step
// does (Store.book), for tests about what happens around a booking (replication, conflicts)
// rather than about the booking request itself.
import type { BookingDoc, Replicated } from '../../../core/schemas/index.ts';
import { generateToken } from '../../../core/tokens/index.ts';
import type { Store } from '../store/store.ts';

export interface BookedOnServer {
  booking: Replicated<BookingDoc>;
}

/** Throws unless the store booked it. Defaults: 30 minutes from `start`, now = the clock. */
export async function bookLinkOnServer(store: Store, linkToken: string, options: { bookingId?: string; start?: string; end?: string; now?: string } = {}): Promise<BookedOnServer> {
  const found = await store.findLinkByToken(linkToken);
  if (!found || !found.eventType) throw new Error('bookLinkOnServer: no such link or event type on the server');
  const now = options.now ?? new Date().toISOString();
  const start = options.start ?? '2026-03-03T09:00:00.000Z';
  const end = options.end ?? new Date(Date.parse(start) + 30 * 60_000).toISOString();
  const booking: Replicated<BookingDoc> = {
    id: options.bookingId ?? crypto.randomUUID(), eventTypeId: found.eventType.doc.id, linkId: found.link.doc.id, start, end,
    eventName: found.eventType.doc.name, location: found.eventType.doc.location,
    invitee: { name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'Europe/London', notes: '' },
    status: 'confirmed', canceledAt: null, canceledBy: null, cancelReason: '', createdAt: now, updatedAt: now, _deleted: false,
  };
  const outcome = await store.book({
    hostId: found.host.id,
    eventType: { id: found.eventType.doc.id, seq: found.eventType.seq },
    link: { id: found.link.doc.id, editSeq: found.editSeq },
    now,
    booking,
    server: { blockedStart: start, blockedEnd: end, manageToken: generateToken() },
  });
  if (outcome !== 'booked') throw new Error(`bookLinkOnServer: the store answered ${outcome}`);
  return { booking };
}
