// Runs on the server. Store.book's meeting-limit check (both stores, inside the booking's
// transaction): whether a range of the command's limits already holds its maximum of confirmed
// bookings of the event type. `busy` is what the store read over limitsSpan(limits) in the same
// transaction, so the count sees every booking committed or written before this one.
import type { BookingLimit, BusyInterval, TimeRange } from './store.ts';

/** The one range that covers every limit's range: one read for the day and the week. */
export function limitsSpan(limits: readonly BookingLimit[]): TimeRange {
  let start = limits[0]!.start;
  let end = limits[0]!.end;
  for (const limit of limits) {
    if (limit.start < start) start = limit.start;
    if (limit.end > end) end = limit.end;
  }
  return { start, end };
}

/** `exceptId`: the booking a reschedule replaces, which frees its place. Times are canonical ISO (text order is time order). */
export function isLimitReached(limits: readonly BookingLimit[], eventTypeId: string, busy: readonly BusyInterval[], exceptId: string | null): boolean {
  return limits.some((limit) => {
    let count = 0;
    for (const b of busy) {
      if (b.eventTypeId === eventTypeId && b.bookingId !== exceptId && b.start >= limit.start && b.start < limit.end) count += 1;
    }
    return count >= limit.max;
  });
}
