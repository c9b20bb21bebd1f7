// renderer: a booking's reschedule chain from the documents on this device: the bookings it
// replaced (oldest first) and those that replaced it (in order). Each step is one id away, and
// a step not replicated yet simply ends the chain there.
import type { BookingDoc } from '../../../core/schemas/index.ts';

/** Chains are short; the bound keeps a corrupt loop from hanging the drawer. */
const MAX_STEPS = 50;

export function rescheduleChain(booking: BookingDoc, byId: ReadonlyMap<string, BookingDoc>): { before: BookingDoc[]; after: BookingDoc[] } {
  const before: BookingDoc[] = [];
  for (let id = booking.rescheduledFromId ?? null; id !== null && before.length < MAX_STEPS;) {
    const previous = byId.get(id);
    if (!previous) break;
    before.unshift(previous);
    id = previous.rescheduledFromId ?? null;
  }
  const after: BookingDoc[] = [];
  for (let id = booking.rescheduledToId ?? null; id !== null && after.length < MAX_STEPS;) {
    const next = byId.get(id);
    if (!next) break;
    after.push(next);
    id = next.rescheduledToId ?? null;
  }
  return { before, after };
}
