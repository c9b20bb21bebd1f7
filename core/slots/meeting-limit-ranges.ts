// Runs anywhere (shared). The UTC ranges a start's meeting limits are counted over: its local day
// and its week (Monday 00:00 to the next Monday 00:00) in the host's zone, each with its maximum.
// The server's store counts the confirmed bookings of the event type that start in each range
// inside the booking's own transaction (Store.book), so a limit holds under any concurrency.
import { assertTimeZone } from './assert-time-zone.ts';
import { buildZoneTimeline } from './build-zone-timeline.ts';
import { formatInstant } from './format-instant.ts';
import { weekdayIndex } from './local-date.ts';
import { parseInstant } from './parse-instant.ts';
import { DAY_MS } from './time-units.ts';
import type { MeetingLimitRange } from './types.ts';
import { createZoneOffsetCache, type ZoneOffsetCache } from './zone-offset-cache.ts';
import { firstInstantAtOrAfterLocal, offsetAt } from './zone-timeline-queries.ts';

export interface LimitSettings {
  /** The host's IANA zone. */
  timezone: string;
  maxPerDay: number | null;
  maxPerWeek: number | null;
}

/** Empty when neither limit is set. Ranges are half-open ISO UTC instants. */
export function meetingLimitRanges(start: string, limits: LimitSettings, zoneOffsets: ZoneOffsetCache = createZoneOffsetCache()): MeetingLimitRange[] {
  if (limits.maxPerDay === null && limits.maxPerWeek === null) return [];
  const at = parseInstant(start, 'start');
  const zone = assertTimeZone(limits.timezone, 'limits.timezone', zoneOffsets);
  const timeline = buildZoneTimeline(zoneOffsets, zone, at - 9 * DAY_MS, at + 9 * DAY_MS);
  const day = Math.floor((at + offsetAt(timeline, at)) / DAY_MS);
  // A local midnight that a zone skips (a few zones change at 00:00) begins at the jump.
  const midnight = (d: number): string => formatInstant(firstInstantAtOrAfterLocal(timeline, d * DAY_MS));
  const ranges: MeetingLimitRange[] = [];
  if (limits.maxPerDay !== null) ranges.push({ start: midnight(day), end: midnight(day + 1), max: limits.maxPerDay });
  if (limits.maxPerWeek !== null) {
    const monday = day - weekdayIndex(day);
    ranges.push({ start: midnight(monday), end: midnight(monday + 7), max: limits.maxPerWeek });
  }
  return ranges;
}
