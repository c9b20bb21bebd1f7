// Runs on the server. Reschedule, step 1: from committed data, whether the booking may still move
// and under which rules. The new time follows the original's rules: its event type's, with the
// link's overrides applied when it was made through a link (ARCHITECTURE.md, invariant 8). The
// link's live state does not matter: a reschedule spends no use, so a spent single-use link
// moves its booking as well.
import { applyLinkOverrides } from '../../../../core/slots/index.ts';
import type { BookingDoc, Replicated } from '../../../../core/schemas/index.ts';
import type { Host, Store } from '../../store/store.ts';
import type { BookingTarget } from '../booking-target.ts';
import { RescheduleRefusedError } from './reschedule-errors.ts';

/** Throws RescheduleRefusedError (410) when the booking cannot move now. */
export async function findRescheduleTarget(store: Store, host: Host, booking: Replicated<BookingDoc>, now: Date): Promise<BookingTarget> {
  if (booking.rescheduledToId) throw new RescheduleRefusedError('rescheduled');
  if (booking.status !== 'confirmed') throw new RescheduleRefusedError('canceled');
  if (Date.parse(booking.start) <= now.getTime()) throw new RescheduleRefusedError('started');
  const [eventTypes, links] = await Promise.all([
    store.getDocs(host.id, 'event_types', [booking.eventTypeId]),
    booking.linkId ? store.getDocs(host.id, 'links', [booking.linkId]) : Promise.resolve(null),
  ]);
  const stored = eventTypes.get(booking.eventTypeId);
  if (!stored || stored.doc._deleted || stored.doc.archived) throw new RescheduleRefusedError('unavailable');
  const link = booking.linkId ? links?.get(booking.linkId)?.doc ?? null : null;
  const overrides = link && !link._deleted ? link.overrides : {};
  return {
    host,
    eventType: stored.doc,
    link: link && !link._deleted ? link : null,
    rules: applyLinkOverrides(stored.doc, overrides),
    // The booking keeps the name and place it was made with.
    eventName: booking.eventName,
    location: booking.location,
    versions: { eventTypeSeq: stored.seq, linkEditSeq: 0 },
  };
}
