// Runs on the server. A link's redemption in one write (the common case): everything is worked
// out from committed data read before the host's write lock — the link, its event type, the
// target, the rules check, the booking document — and the lock is held for one `bookLink`, which
// books only if the link and event type are still exactly as read (their seqs) and the link's
// conditional update spends a use. On PostgreSQL that is one statement, so a busy host's bookings
// queue for one round trip each instead of several. When anything changed meanwhile (another
// booking used the link, the host edited it), it gives up and the full redemption decides.
import type { BookingRequest } from '../../../core/validation/index.ts';
import type { Host, LinkBooking, Store, StoredDoc } from '../store/store.ts';
import { SlotUnavailableError } from './booking-errors.ts';
import { draftBooking, linkAfterBooking } from './draft-booking.ts';
import type { RedeemDeps, Redemption } from './redeem-booking.ts';
import { resolveLinkTarget } from './resolve-target.ts';

/** The redemption, or null when the full redemption must decide (the link or its event type changed). */
export async function bookLinkAtOnce(store: Store, host: Host, link: StoredDoc<'links'>, request: BookingRequest, now: Date, deps: RedeemDeps): Promise<Redemption | null> {
  const eventTypeId = link.doc.eventTypeId;
  const eventType = deps.eventTypes
    ? await deps.eventTypes.read(host.id, eventTypeId)
    : (await store.getDocs(host.id, 'event_types', [eventTypeId])).get(eventTypeId);
  if (!eventType) return null;
  const result = resolveLinkTarget(host, link.doc, eventType.doc, now);
  // Unavailable as read: the full redemption reads it again under the lock and says why.
  if (!result.ok) return null;
  const { target } = result;
  // The rules as committed when this request was read.
  const { doc, server, manageToken } = draftBooking(target, request, now, deps);
  const nowIso = now.toISOString();
  const linkBooking: LinkBooking = {
    linkId: link.doc.id,
    linkSeq: link.seq,
    eventTypeId,
    eventTypeSeq: eventType.seq,
    now: nowIso,
    booking: doc,
    server,
    linkAfter: linkAfterBooking(link.doc, doc.id, nowIso),
  };
  // Said twice on purpose: the work for any store, and the same booking as data, which lets
  // PostgreSQL book a host's queued bookings in one statement (WriteOptions.linkBooking).
  const outcome = await store.writeTransaction(host.id, (tx) => tx.bookLink(linkBooking), { singleWrite: true, linkBooking });
  if (outcome === 'overlap') throw new SlotUnavailableError('conflict');
  if (outcome === 'changed') {
    // Perhaps the event type as kept was stale (a notice not yet arrived): read it afresh next time.
    deps.eventTypes?.forget(host.id);
    return null;
  }
  return { booking: doc, manageToken, target };
}
