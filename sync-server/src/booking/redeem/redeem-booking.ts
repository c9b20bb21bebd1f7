// Runs on the server. Redemption, the heart of the product (ARCHITECTURE.md, "Redemption";
// invariants 1, 2 and 6), in three steps, one file each:
//   1. find the target as committed (find-target.ts): 404 / 410 when it leads nowhere;
//   2. draft the booking from it (draft-booking.ts): 409 when the rules do not offer the start;
//   3. the store settles it in one transaction (Store.book): the link's use is claimed with a
//      check-and-set, the rule's inputs are still as read, the booking goes in unless it overlaps.
// A 'stale' answer (the host edited the link or event type, or its last use went meanwhile)
// means step 1 runs again and decides afresh: in a storm on one single-use link, every loser's
// second read finds it used (410).
import type { BookingDoc, Replicated } from '../../../../core/schemas/index.ts';
import type { ZoneOffsetCache } from '../../../../core/slots/index.ts';
import type { BookingRequest } from '../../../../core/validation/index.ts';
import type { Store } from '../../store/store.ts';
import { RedemptionContendedError, SlotUnavailableError, TargetUnavailableError } from '../booking-errors.ts';
import type { BookingTarget } from '../booking-target.ts';
import { findTarget, type TargetKey } from '../find-target.ts';
import { draftBooking, type IdSource } from './draft-booking.ts';
import { overlapsFeedBusy } from '../overlaps-feed-busy.ts';
import { draftBookingMessages } from '../../outbox/draft-booking-messages.ts';

/** Rounds of steps 1 to 3 before giving up on a target its host keeps editing (503). */
const MAX_ROUNDS = 5;

export interface RedeemDeps extends IdSource {
  now?: () => Date;
  /** The process's zone offsets (see public-context.ts); without it each check learns them afresh. */
  zoneOffsets?: ZoneOffsetCache;
  /**
   * The invitee's manage URL of a token. Given, the booking queues its messages (confirmation,
   * host notice, reminder, webhooks) in its own transaction (invariant 7); the server always gives it.
   */
  manageUrlOf?: (manageToken: string) => string;
}

export interface Redemption {
  booking: Replicated<BookingDoc>;
  /** The invitee's capability for /m/{manageToken}; only its hash is stored. */
  manageToken: string;
  target: BookingTarget;
}

/**
 * Throws TargetUnavailableError (404/410), SlotUnavailableError (409) or RedemptionContendedError
 * (503); anything else is a server fault. Resolves only after the commit.
 */
export async function redeemBooking(store: Store, key: TargetKey, request: BookingRequest, deps: RedeemDeps = {}): Promise<Redemption> {
  const now = deps.now?.() ?? new Date();
  for (let round = 1; round <= MAX_ROUNDS; round += 1) {
    const found = await findTarget(store, key, now);
    if (!found.ok) throw new TargetUnavailableError(found.reason);
    const { command, manageToken } = draftBooking(found.target, request, now, deps, deps.zoneOffsets);
    // Busy times of the host's calendar feeds count like bookings (invariant 6); slots leave them out the same way.
    if (await overlapsFeedBusy(store, command.hostId, { start: command.server.blockedStart, end: command.server.blockedEnd })) throw new SlotUnavailableError('conflict');
    if (deps.manageUrlOf) {
      const { host, eventType } = found.target;
      command.outbox = draftBookingMessages({
        kind: 'booked', booking: command.booking, host, now, manageUrl: deps.manageUrlOf(manageToken),
        // Read defensively: the field arrives with the event type form's reminder setting.
        reminderMinutes: (eventType as { reminderMinutes?: number | null }).reminderMinutes ?? null,
        ics: { uid: `${command.booking.id}@1x`, sequence: 0 },
      });
    }
    const outcome = await store.book(command);
    if (outcome === 'booked') return { booking: command.booking, manageToken, target: found.target };
    if (outcome === 'overlap') throw new SlotUnavailableError('conflict');
    if (outcome === 'limit_reached' || outcome === 'gone') throw new SlotUnavailableError(outcome);
  }
  throw new RedemptionContendedError();
}
