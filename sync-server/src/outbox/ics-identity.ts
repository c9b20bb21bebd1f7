// Runs on the server. A booking chain's calendar identity: one UID from the first booking to
// whatever it was rescheduled to, and a SEQUENCE that rises with every change, so a calendar that
// has the invite updates its event instead of adding a second. A booking d reschedules deep has
// SEQUENCE 2d (its REQUEST) and 2d + 1 (its CANCEL); the next booking of the chain has 2d + 2.
import type { BookingDoc } from '../../../core/schemas/index.ts';
import type { IcsIdentity } from './outbox-payloads.ts';

/** The booking's predecessor's id, where the schema has the field. */
function rescheduledFromIdOf(booking: BookingDoc): string | null {
  return (booking as { rescheduledFromId?: string | null }).rescheduledFromId ?? null;
}

/** Chains are short (one per reschedule); the bound keeps a corrupt loop from running forever. */
const MAX_CHAIN = 100;

/**
 * `findBooking` reads a booking of the same host by id (committed data or the open transaction).
 * `canceled`: the identity of the booking's CANCEL.
 */
export async function icsIdentityOf(booking: BookingDoc, findBooking: (id: string) => Promise<BookingDoc | null>, canceled = false): Promise<IcsIdentity> {
  let root = booking;
  let depth = 0;
  for (let from = rescheduledFromIdOf(booking); from !== null && depth < MAX_CHAIN; from = rescheduledFromIdOf(root)) {
    const previous = await findBooking(from);
    if (!previous) break;
    root = previous;
    depth += 1;
  }
  return { uid: `${root.id}@1x`, sequence: 2 * depth + (canceled ? 1 : 0) };
}
