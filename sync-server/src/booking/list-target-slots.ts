// Runs on the server. Open times of a booking target: the core slot engine over the target's rules
// and every confirmed booking of the host (any link, any event type), buffers included.
import { listOpenSlots, type OpenSlots } from '../../../core/slots/index.ts';
import type { Store } from '../store/store.ts';
import type { BookingTarget } from './booking-target.ts';
import { addDays } from './local-dates.ts';

export interface SlotRange {
  /** Dates in `timezone`, inclusive. */
  from: string;
  to: string;
  timezone: string;
}

export async function listTargetSlots(store: Store, target: BookingTarget, range: SlotRange, now: Date): Promise<OpenSlots> {
  // A day of margin on either side covers every zone offset; busy ranges outside never matter.
  const busy = await store.listBusyIntervals(target.host.id, {
    start: `${addDays(range.from, -2)}T00:00:00.000Z`,
    end: `${addDays(range.to, 3)}T00:00:00.000Z`,
  });
  return listOpenSlots({
    rules: target.rules,
    busy: busy.map((interval) => ({ start: interval.blockedStart, end: interval.blockedEnd })),
    from: range.from,
    to: range.to,
    timezone: range.timezone,
    now,
  });
}
