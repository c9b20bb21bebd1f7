// Runs anywhere (shared). Meeting limits as the slot rule reads them (rejection-of.ts): the
// per-day and per-week maximums and the confirmed bookings of the event type per local day of
// the host, with a timeline of the host's zone to tell an instant's local day. Errors name the
// field: the limits come from stored documents and the server's own counts.
import { assertTimeZone } from './assert-time-zone.ts';
import { buildZoneTimeline, type ZoneTimeline } from './build-zone-timeline.ts';
import { parseLocalDate } from './local-date.ts';
import type { MeetingLimits } from './types.ts';
import type { ZoneOffsetCache } from './zone-offset-cache.ts';

export interface CompiledLimits {
  /** The host's zone over the instants the caller asks about. */
  readonly timeline: ZoneTimeline;
  readonly maxPerDay: number | null;
  readonly maxPerWeek: number | null;
  /** Confirmed bookings by local day number; a day not in it has none. */
  readonly perDay: ReadonlyMap<number, number>;
}

function maximum(value: unknown, name: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new Error(`${name}: expected null or an integer of at least 1, got ${JSON.stringify(value)}`);
  return value;
}

/**
 * null when there are no limits (none given, or both maximums null). `lo`..`hi` (epoch ms) are
 * the instants the caller will ask about; `timeline` is reused when it is of the same zone.
 */
export function compileLimits(value: MeetingLimits | undefined, lo: number, hi: number, zoneOffsets: ZoneOffsetCache, timeline?: ZoneTimeline): CompiledLimits | null {
  if (value === undefined) return null;
  if (typeof value !== 'object' || value === null) throw new Error('limits: expected an object');
  const maxPerDay = maximum(value.maxPerDay, 'limits.maxPerDay');
  const maxPerWeek = maximum(value.maxPerWeek, 'limits.maxPerWeek');
  if (maxPerDay === null && maxPerWeek === null) return null;
  const zone = assertTimeZone(value.timezone, 'limits.timezone', zoneOffsets);
  const perDay = new Map<number, number>();
  const counts = value.bookedPerDay;
  if (typeof counts !== 'object' || counts === null) throw new Error('limits.bookedPerDay: expected an object of date → count');
  for (const [date, count] of Object.entries(counts)) {
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw new Error(`limits.bookedPerDay.${date}: expected a count, got ${JSON.stringify(count)}`);
    perDay.set(parseLocalDate(date, `limits.bookedPerDay.${date}`), count);
  }
  const reusable = timeline !== undefined && timeline.zone === zone && timeline.lo <= lo && timeline.hi >= hi;
  return { timeline: reusable ? timeline : buildZoneTimeline(zoneOffsets, zone, lo, hi), maxPerDay, maxPerWeek, perDay };
}
