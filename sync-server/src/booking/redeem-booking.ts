// Runs on the server. Redemption, the heart of the product (DESIGN.md invariants 1, 2 and 6): in ONE
// write transaction of the host, re-read the link and event type, spend one use of the link with a
// conditional update whose row count is checked, re-check the start with core's rule against every
// confirmed booking of the host, insert the booking, record it on the link (useCount, bookingIds,
// lastBookedAt; the store assigns the seqs), commit. Any failure on the way rolls it all back, so a
// failed booking never spends the link. The stream hub hears of the commit from the store.
import type { BookingDoc, Replicated } from '../../../core/schemas/index.ts';
import { checkBookableStart } from '../../../core/slots/index.ts';
import { generateId, generateToken } from '../../../core/tokens/index.ts';
import type { BookingRequest } from '../../../core/validation/index.ts';
import { hashToken } from '../auth/hash-token.ts';
import type { Store, StoredDoc, WriteTx } from '../store/store.ts';
import { BookingOverlapError } from '../store/store-errors.ts';
import { SlotUnavailableError, TargetUnavailableError } from './booking-errors.ts';
import type { BookingTarget } from './booking-target.ts';
import { buildBookingDoc } from './build-booking-doc.ts';
import { findTarget, type TargetKey } from './find-target.ts';
import { resolveLinkTarget, resolveStandardTarget } from './resolve-target.ts';

export interface RedeemDeps {
  now?: () => Date;
  /** Id of the new booking (tests pass a colliding one to make the insert fail). */
  newId?: () => string;
  newManageToken?: () => string;
}

export interface Redemption {
  booking: Replicated<BookingDoc>;
  /** The invitee's capability for /m/{manageToken}; only its hash is stored. */
  manageToken: string;
  target: BookingTarget;
}

const DAY_MS = 86_400_000;

/**
 * The target as it is now, inside the transaction. For a link, the check-and-set comes first: the
 * conditional update's row count alone decides whether this redemption may have a use of it.
 */
async function claimTarget(tx: WriteTx, key: TargetKey, before: BookingTarget, now: Date): Promise<{ target: BookingTarget; link: StoredDoc<'links'> | null }> {
  if (key.kind === 'standard') {
    const eventType = (await tx.getDocs('event_types', [before.eventType.id])).get(before.eventType.id);
    const result = resolveStandardTarget(before.host, eventType?.doc ?? null);
    if (!result.ok) throw new TargetUnavailableError(result.reason);
    return { target: result.target, link: null };
  }
  const link = await tx.findLinkByToken(key.token);
  if (!link || link.doc._deleted) throw new TargetUnavailableError('not_found');
  const eventTypeId = link.doc.eventTypeId;
  const eventType = (await tx.getDocs('event_types', [eventTypeId])).get(eventTypeId);
  const result = resolveLinkTarget(before.host, link.doc, eventType?.doc ?? null, now);
  if (!(await tx.consumeLinkUse(link.doc.id, now.toISOString()))) {
    // Spent, revoked or expired (the document says which; 'used' if it has not caught up).
    throw new TargetUnavailableError(result.ok ? 'used' : result.reason);
  }
  if (!result.ok) throw new TargetUnavailableError(result.reason);
  return { target: result.target, link };
}

/**
 * Throws TargetUnavailableError (404/410) or SlotUnavailableError (409); anything else is a server
 * fault. Resolves only after the commit.
 */
export async function redeemBooking(store: Store, key: TargetKey, request: BookingRequest, deps: RedeemDeps = {}): Promise<Redemption> {
  const now = deps.now?.() ?? new Date();
  const nowIso = now.toISOString();
  // A cheap look at committed data first: the losers of a race mostly stop here, without a write lock.
  const before = await findTarget(store, key, now);
  if (!before.ok) throw new TargetUnavailableError(before.reason);

  try {
    return await store.writeTransaction(before.target.host.id, async (tx) => {
      // Check-and-set: exactly one of any number of concurrent redemptions gets the last use.
      const { target, link } = await claimTarget(tx, key, before.target, now);

      const startMs = Date.parse(request.start);
      const busy = await tx.listBusyIntervals({ start: new Date(startMs - 3 * DAY_MS).toISOString(), end: new Date(startMs + 3 * DAY_MS).toISOString() });
      const check = checkBookableStart({
        rules: target.rules,
        busy: busy.map((interval) => ({ start: interval.blockedStart, end: interval.blockedEnd })),
        start: request.start,
        now,
      });
      if (!check.ok) throw new SlotUnavailableError(check.reason);

      const manageToken = (deps.newManageToken ?? generateToken)();
      const { doc, blocked } = buildBookingDoc((deps.newId ?? generateId)(), target, request, check.end, nowIso);
      await tx.insertBooking(doc, { blockedStart: blocked.start, blockedEnd: blocked.end, manageToken: hashToken(manageToken) });
      if (link) {
        await tx.putDoc('links', {
          ...link.doc,
          useCount: link.doc.useCount + 1,
          bookingIds: [...link.doc.bookingIds, doc.id],
          lastBookedAt: nowIso,
        });
      }
      return { booking: doc, manageToken, target };
    });
  } catch (error) {
    // The last line of invariant 2: PostgreSQL's exclusion constraint or SQLite's check.
    if (error instanceof BookingOverlapError) throw new SlotUnavailableError('conflict');
    throw error;
  }
}
