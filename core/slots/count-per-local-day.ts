// Runs anywhere (shared). Bookings per local day of the host (`YYYY-MM-DD` → count): the input
// of the meeting limits (MeetingLimits.bookedPerDay), from the starts of the event type's
// confirmed bookings. The caller picks the bookings; this only tells their days apart.
import { assertTimeZone } from './assert-time-zone.ts';
import { buildZoneTimeline } from './build-zone-timeline.ts';
import { formatLocalDate } from './local-date.ts';
import { parseInstant } from './parse-instant.ts';
import { DAY_MS } from './time-units.ts';
import { createZoneOffsetCache, type ZoneOffsetCache } from './zone-offset-cache.ts';
import { offsetAt } from './zone-timeline-queries.ts';

export function countPerLocalDay(starts: readonly string[], timezone: string, zoneOffsets: ZoneOffsetCache = createZoneOffsetCache()): Record<string, number> {
  const counts: Record<string, number> = {};
  if (starts.length === 0) return counts;
  const zone = assertTimeZone(timezone, 'timezone', zoneOffsets);
  const instants = starts.map((start, i) => parseInstant(start, `starts[${i}]`));
  let lo = Infinity;
  let hi = -Infinity;
  for (const at of instants) {
    lo = Math.min(lo, at);
    hi = Math.max(hi, at);
  }
  const timeline = buildZoneTimeline(zoneOffsets, zone, lo - DAY_MS, hi + DAY_MS);
  for (const at of instants) {
    const date = formatLocalDate(Math.floor((at + offsetAt(timeline, at)) / DAY_MS));
    counts[date] = (counts[date] ?? 0) + 1;
  }
  return counts;
}
