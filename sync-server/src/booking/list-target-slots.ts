// Runs on the server. Open times of a booking target: the core slot engine over the target's rules
// and every confirmed booking of the host (any link, any event type), buffers included.
import { countPerLocalDay, listOpenSlots, type MeetingLimits, type OpenSlots, type ZoneOffsetCache } from '../../../core/slots/index.ts';
import type { Store } from '../store/store.ts';
import type { BookingTarget } from './booking-target.ts';
import { addDays } from './local-dates.ts';
import { limitSettingsOf } from './limit-settings-of.ts';

export interface SlotRange {
  /** Dates in `timezone`, inclusive. */
  from: string;
  to: string;
  timezone: string;
  /** The booking a reschedule replaces: its time and its place under the limits count as free. */
  exceptBookingId?: string;
}

type Busy = { start: string; end: string }[];

/** What the engine is given: the busy ranges, and the meeting limits with their counts (none when the event type has none). */
interface Calendar {
  busy: Busy;
  limits: MeetingLimits | undefined;
}

/** Where slots are computed from: the store, and the zone offsets the process has learned so far. */
export interface SlotSource {
  store: Store;
  zoneOffsets: ZoneOffsetCache;
}

async function busyAround({ store, zoneOffsets }: SlotSource, target: BookingTarget, range: SlotRange): Promise<Calendar> {
  const settings = limitSettingsOf(target);
  const limited = settings.maxPerDay !== null || settings.maxPerWeek !== null;
  // A day of margin on either side covers every zone offset; busy ranges outside never matter.
  // Under a weekly limit the weeks around the range count too: eight days more on either side.
  const margin = limited ? 8 : 0;
  const busy = (await store.listBusyIntervals(target.host.id, {
    start: `${addDays(range.from, -2 - margin)}T00:00:00.000Z`,
    end: `${addDays(range.to, 3 + margin)}T00:00:00.000Z`,
  })).filter((b) => b.bookingId !== range.exceptBookingId);
  // Busy times of the host's calendar feeds block like bookings (overlaps-feed-busy.ts checks a booking the same way).
  const feedBusy = await store.feeds.listBusy(target.host.id, {
    start: `${addDays(range.from, -2)}T00:00:00.000Z`,
    end: `${addDays(range.to, 3)}T00:00:00.000Z`,
  });
  const limits = limited
    ? { ...settings, bookedPerDay: countPerLocalDay(busy.filter((b) => b.eventTypeId === target.eventType.id).map((b) => b.start), settings.timezone, zoneOffsets) }
    : undefined;
  return { busy: [...busy.map((interval) => ({ start: interval.blockedStart, end: interval.blockedEnd })), ...feedBusy], limits };
}

export async function listTargetSlots(source: SlotSource, target: BookingTarget, range: SlotRange, now: Date): Promise<OpenSlots> {
  const { busy, limits } = await busyAround(source, target, range);
  return listOpenSlots({ rules: target.rules, busy, limits, from: range.from, to: range.to, timezone: range.timezone, now, zoneOffsets: source.zoneOffsets });
}

/**
 * The open days of `range`, in order, computed only as far as `enough` needs: the booking page
 * shows the first few dozen slots, so an always-open event type's later days are never built.
 * `enough(days)` says whether the days so far settle the answer. One busy query for the range;
 * the engine runs on `firstDays` days, then twice as many, and so on.
 */
export async function listTargetSlotsUntil(source: SlotSource, target: BookingTarget, range: SlotRange, now: Date, enough: (days: OpenSlots['days']) => boolean, firstDays = 1): Promise<OpenSlots> {
  const { busy, limits } = await busyAround(source, target, range);
  const days: OpenSlots['days'] = [];
  let chunk = Math.max(1, Math.floor(firstDays));
  for (let from = range.from; from <= range.to; from = addDays(from, chunk), chunk *= 2) {
    const last = addDays(from, chunk - 1);
    const to = last < range.to ? last : range.to;
    days.push(...listOpenSlots({ rules: target.rules, busy, limits, from, to, timezone: range.timezone, now, zoneOffsets: source.zoneOffsets }).days);
    if (enough(days)) break;
  }
  return { timezone: range.timezone, days };
}
