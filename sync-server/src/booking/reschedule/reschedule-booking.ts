// Runs on the server. A reschedule (ARCHITECTURE.md, invariant 8), in three steps like redemption:
//   1. find the target as committed (find-reschedule-target.ts): 410 when the booking cannot move;
//   2. draft the new booking from it (draft-reschedule.ts): 409 when the rules do not offer the start;
//   3. the store settles it in one transaction (Store.book with `replaces`): the original still
//      confirmed, the limits held, the original canceled as rescheduled and the new one inserted,
//      or nothing written. No use of the link is spent.
// 'stale' (the host edited the event type meanwhile) runs step 1 again; 'gone' means another
// reschedule or a cancel got there first (410), which is how 50 concurrent reschedules of one
// booking end with exactly one.
import type { BookingDoc, Replicated } from '../../../../core/schemas/index.ts';
import type { ZoneOffsetCache } from '../../../../core/slots/index.ts';
import { draftBookingMessages } from '../../outbox/draft-booking-messages.ts';
import { icsIdentityOf } from '../../outbox/ics-identity.ts';
import type { Host, Store } from '../../store/store.ts';
import { RedemptionContendedError, SlotUnavailableError } from '../booking-errors.ts';
import type { IdSource } from '../redeem/draft-booking.ts';
import { draftReschedule, type RescheduleRequest } from './draft-reschedule.ts';
import { overlapsFeedBusy } from '../overlaps-feed-busy.ts';
import { findRescheduleTarget } from './find-reschedule-target.ts';
import { RescheduleRefusedError } from './reschedule-errors.ts';

const MAX_ROUNDS = 5;

export interface RescheduleDeps extends IdSource {
  now?: () => Date;
  zoneOffsets?: ZoneOffsetCache;
  /** The invitee's manage URL of a token: the new booking's messages carry it. */
  manageUrlOf?: (manageToken: string) => string;
}

export interface Rescheduled {
  booking: Replicated<BookingDoc>;
  manageToken: string;
}

/** The booking as the store has it now (committed), for the second read of a round. */
async function reread(store: Store, host: Host, id: string): Promise<Replicated<BookingDoc> | null> {
  return (await store.getDocs(host.id, 'bookings', [id])).get(id)?.doc ?? null;
}

/**
 * Throws RescheduleRefusedError (410), SlotUnavailableError (409) or RedemptionContendedError (503).
 * Resolves only after the commit.
 */
export async function rescheduleBooking(store: Store, host: Host, original: Replicated<BookingDoc>, request: RescheduleRequest, canceledBy: 'host' | 'invitee', deps: RescheduleDeps = {}): Promise<Rescheduled> {
  const now = deps.now?.() ?? new Date();
  let booking: Replicated<BookingDoc> | null = original;
  for (let round = 1; round <= MAX_ROUNDS; round += 1) {
    if (!booking || booking._deleted) throw new RescheduleRefusedError('canceled');
    const target = await findRescheduleTarget(store, host, booking, now);
    const { command, manageToken } = draftReschedule(target, booking, request, canceledBy, now, deps, deps.zoneOffsets);
    // Busy times of the host's calendar feeds count like bookings (invariant 6), as in a new booking.
    if (await overlapsFeedBusy(store, command.hostId, { start: command.server.blockedStart, end: command.server.blockedEnd })) throw new SlotUnavailableError('conflict');
    if (deps.manageUrlOf) {
      // The new booking continues the original's calendar event: same UID, higher SEQUENCE.
      const ics = await icsIdentityOf(command.booking, async (id) => (id === booking!.id ? booking : await reread(store, host, id)));
      command.outbox = draftBookingMessages({
        kind: 'rescheduled', booking: command.booking, old: booking, host, now, manageUrl: deps.manageUrlOf(manageToken),
        reminderMinutes: target.eventType.reminderMinutes ?? null, ics,
      });
    }
    const outcome = await store.book(command);
    if (outcome === 'booked') return { booking: command.booking, manageToken };
    if (outcome === 'overlap' || outcome === 'limit_reached') throw new SlotUnavailableError(outcome);
    // 'gone' or 'stale': read again; step 1 says why it cannot move (or it can, under new rules).
    booking = await reread(store, host, original.id);
  }
  throw new RedemptionContendedError();
}
