// Runs on the server. A link's redemption in one write (the common case): everything is worked
// out from committed data read before the host's write lock — the link, its event type, the
// target, the rules check, the booking document — and the lock is held for one `bookLink`, which
// books only if the link and event type are still exactly as read (their seqs) and the link's
// conditional update spends a use. On PostgreSQL that is one statement, so a busy host's bookings
// queue for one round trip each instead of several. When anything changed meanwhile (another
// booking used the link, the host edited it), it gives up and the full redemption decides.
import { checkBookableStart } from '../../../core/slots/index.ts';
import { generateId, generateToken } from '../../../core/tokens/index.ts';
import type { BookingRequest } from '../../../core/validation/index.ts';
import { hashToken } from '../auth/hash-token.ts';
import type { Host, Store, StoredDoc } from '../store/store.ts';
import { SlotUnavailableError } from './booking-errors.ts';
import { buildBookingDoc } from './build-booking-doc.ts';
import type { RedeemDeps, Redemption } from './redeem-booking.ts';
import { resolveLinkTarget } from './resolve-target.ts';

/** The redemption, or null when the full redemption must decide (the link or its event type changed). */
export async function bookLinkAtOnce(store: Store, host: Host, link: StoredDoc<'links'>, request: BookingRequest, now: Date, deps: RedeemDeps): Promise<Redemption | null> {
  const eventTypeId = link.doc.eventTypeId;
  const eventType = (await store.getDocs(host.id, 'event_types', [eventTypeId])).get(eventTypeId);
  if (!eventType) return null;
  const result = resolveLinkTarget(host, link.doc, eventType.doc, now);
  // Unavailable as read: the full redemption reads it again under the lock and says why.
  if (!result.ok) return null;
  const { target } = result;
  // The rules as committed when this request was read (overlap is the store's to refuse).
  const check = checkBookableStart({ rules: target.rules, busy: [], start: request.start, now });
  if (!check.ok) throw new SlotUnavailableError(check.reason);

  const nowIso = now.toISOString();
  const manageToken = (deps.newManageToken ?? generateToken)();
  const { doc, blocked } = buildBookingDoc((deps.newId ?? generateId)(), target, request, check.end, nowIso);
  const outcome = await store.writeTransaction(host.id, (tx) => tx.bookLink({
    linkId: link.doc.id,
    linkSeq: link.seq,
    eventTypeId,
    eventTypeSeq: eventType.seq,
    now: nowIso,
    booking: doc,
    server: { blockedStart: blocked.start, blockedEnd: blocked.end, manageToken: hashToken(manageToken) },
    linkAfter: { ...link.doc, useCount: link.doc.useCount + 1, bookingIds: [...link.doc.bookingIds, doc.id], lastBookedAt: nowIso },
  }), { singleWrite: true });
  if (outcome === 'overlap') throw new SlotUnavailableError('conflict');
  if (outcome === 'changed') return null;
  return { booking: doc, manageToken, target };
}
