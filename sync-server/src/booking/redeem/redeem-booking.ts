// Runs on the server. Redemption, the heart of the product (DESIGN.md invariants 1, 2 and 6): in ONE
// write transaction of the host, re-read the link and event type, spend one use of the link with a
// conditional update whose row count is checked, re-check the start with core's rules, insert the
// booking (the store refuses an overlap with any confirmed booking of the host), record it on the
// link (useCount, bookingIds, lastBookedAt; the store assigns the seqs), commit. Any failure on the way rolls it all back, so a
// failed booking never spends the link. The stream hub hears of the commit from the store.
// A link is first tried in one write worked out from committed data (book-link-at-once.ts); the
// steps above run when that finds the link changed since it was read, and for the standard link.
// Losers of a race are refused cheaply: by the look at committed data before anything, and again
// by a one-read precheck when their turn to write comes, before the host's write lock.
import type { BookingDoc, LinkDoc, Replicated } from '../../../core/schemas/index.ts';
import { isWellFormedToken } from '../../../core/tokens/index.ts';
import type { BookingRequest } from '../../../core/validation/index.ts';
import type { Host, Store, StoredDoc, WriteTx } from '../store/store.ts';
import { BookingOverlapError } from '../store/store-errors.ts';
import { SlotUnavailableError, TargetUnavailableError } from './booking-errors.ts';
import type { BookingTarget } from './booking-target.ts';
import type { EventTypeSource } from './committed-event-types.ts';
import { bookLinkAtOnce } from './book-link-at-once.ts';
import { draftBooking, linkAfterBooking } from './draft-booking.ts';
import { findHostCached } from './find-host-cached.ts';
import { findTarget, type TargetKey } from './find-target.ts';
import { resolveLinkTarget, resolveStandardTarget } from './resolve-target.ts';

export interface RedeemDeps {
  now?: () => Date;
  /** Id of the new booking (tests pass a colliding one to make the insert fail). */
  newId?: () => string;
  newManageToken?: () => string;
  /** Where the one-write redemption reads a link's event type. Default: the store, every time. */
  eventTypes?: EventTypeSource;
}

export interface Redemption {
  booking: Replicated<BookingDoc>;
  /** The invitee's capability for /m/{manageToken}; only its hash is stored. */
  manageToken: string;
  target: BookingTarget;
}

/** What the look at committed data before the transaction found: whose write lock to take. */
interface Before {
  host: Host;
  /** The standard link's event type (a link's is read inside the transaction). */
  eventTypeId: string | null;
  /** The link as committed (for a link). */
  link: StoredDoc<'links'> | null;
}

/**
 * The target as it is now, inside the transaction. For a link, the check-and-set comes first: the
 * conditional update's row count alone decides whether this redemption may have a use of it.
 */
async function claimTarget(tx: WriteTx, key: TargetKey, before: Before, now: Date): Promise<{ target: BookingTarget; link: StoredDoc<'links'> | null }> {
  if (key.kind === 'standard') {
    const eventTypeId = before.eventTypeId ?? '';
    const eventType = (await tx.getDocs('event_types', [eventTypeId])).get(eventTypeId);
    const result = resolveStandardTarget(before.host, eventType?.doc ?? null);
    if (!result.ok) throw new TargetUnavailableError(result.reason);
    return { target: result.target, link: null };
  }
  // The link and its event type as they were, and the conditional update, in one step.
  const claim = await tx.claimLinkUse(key.token, now.toISOString());
  if (!claim || claim.link.doc._deleted) throw new TargetUnavailableError('not_found');
  const result = resolveLinkTarget(before.host, claim.link.doc, claim.eventType?.doc ?? null, now);
  if (!claim.claimed) {
    // Spent, revoked or expired (the document says which; 'used' if it has not caught up).
    throw new TargetUnavailableError(result.ok ? 'used' : result.reason);
  }
  // Throwing rolls the claimed use back with the rest.
  if (!result.ok) throw new TargetUnavailableError(result.reason);
  return { target: result.target, link: claim.link };
}

/**
 * Refuses a link whose own state (committed data) already dooms the redemption, with the same
 * checks in the same order as resolveLinkTarget's for the link. It only ever refuses: the
 * transaction reads the link again under the lock and decides.
 */
function refuseDeadLink(link: Replicated<LinkDoc> | null | undefined, now: Date): void {
  if (!link || link._deleted) throw new TargetUnavailableError('not_found');
  if (link.revokedAt !== null) throw new TargetUnavailableError('revoked');
  if (link.expiresAt !== null && Date.parse(link.expiresAt) <= now.getTime()) throw new TargetUnavailableError('expired');
  if (link.useCount >= link.maxUses) throw new TargetUnavailableError('used');
}

/**
 * A cheap look at committed data first: the host (whose lock the transaction takes), and for a
 * link only the link row (its event type is read inside the transaction anyway), so a link that
 * is gone or used up is refused after one read and without a write lock.
 */
async function lookBefore(store: Store, key: TargetKey, now: Date): Promise<Before> {
  if (key.kind === 'standard') {
    const found = await findTarget(store, key, now);
    if (!found.ok) throw new TargetUnavailableError(found.reason);
    return { host: found.target.host, eventTypeId: found.target.eventType.id, link: null };
  }
  if (!isWellFormedToken(key.token)) throw new TargetUnavailableError('not_found');
  const found = await store.findLinkByToken(key.token);
  refuseDeadLink(found?.link.doc, now);
  const host = found ? await findHostCached(store, found.hostId) : null;
  if (!host || !found) throw new TargetUnavailableError('not_found');
  return { host, eventTypeId: null, link: found.link };
}

/**
 * Throws TargetUnavailableError (404/410) or SlotUnavailableError (409); anything else is a server
 * fault. Resolves only after the commit.
 */
export async function redeemBooking(store: Store, key: TargetKey, request: BookingRequest, deps: RedeemDeps = {}): Promise<Redemption> {
  const now = deps.now?.() ?? new Date();
  const nowIso = now.toISOString();
  const before = await lookBefore(store, key, now);

  try {
    if (before.link) {
      const booked = await bookLinkAtOnce(store, before.host, before.link, request, now, deps);
      if (booked) return booked;
    }
    // The full redemption: for the standard link, and for a link that changed since it was read.
    return await store.writeTransaction(before.host.id, async (tx) => {
      // Check-and-set: exactly one of any number of concurrent redemptions gets the last use.
      const { target, link } = await claimTarget(tx, key, before, now);

      // The rules as they are now; the store refuses an overlap on insert.
      const { doc, server, manageToken } = draftBooking(target, request, now, deps);
      await tx.insertBooking(doc, server);
      if (link) await tx.putDoc('links', linkAfterBooking(link.doc, doc.id, nowIso));
      return { booking: doc, manageToken, target };
    }, key.kind === 'link' ? {
      // Again when this request's turn to write comes: in a storm on one link, everyone queued
      // behind the winner stops here, with one read, instead of waiting for the lock.
      precheck: async (read) => refuseDeadLink((await read.findLinkByToken(key.token))?.doc, now),
    } : {});
  } catch (error) {
    // The last line of invariant 2: PostgreSQL's exclusion constraint or SQLite's check.
    if (error instanceof BookingOverlapError) throw new SlotUnavailableError('conflict');
    throw error;
  }
}
