// Runs anywhere (shared). A zone's UTC offsets over one UTC day, found with one probe per day
// (plus a binary search on the rare days whose two ends differ) and kept in the caller's
// ZoneOffsetCache (zone-offset-cache.ts).
// Known limit: a zone that changes offset and changes back within one UTC day would be missed;
// no zone in the current tz database does that, as far as we know.
import { DAY_MS } from './time-units.ts';
import { countCacheEntry, zoneEntry, type DayOffsets, type OffsetChange, type ZoneEntry, type ZoneOffsetCache } from './zone-offset-cache.ts';
import { zoneOffsetAt } from './zone-offset-at.ts';

export type { DayOffsets, OffsetChange } from './zone-offset-cache.ts';

function offsetAtDayStart(cache: ZoneOffsetCache, entry: ZoneEntry, day: number): number {
  const known = entry.dayStarts.get(day);
  if (known !== undefined) return known;
  const offset = zoneOffsetAt(entry.format, day * DAY_MS);
  countCacheEntry(cache);
  entry.dayStarts.set(day, offset);
  return offset;
}

// Offset changes happen on whole seconds; the search keeps `lo` at `loOffset` and `hi` not.
function findChange(format: Intl.DateTimeFormat, lo: number, loOffset: number, hi: number): OffsetChange {
  let hiOffset = zoneOffsetAt(format, hi);
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    const midOffset = zoneOffsetAt(format, mid);
    if (midOffset === loOffset) {
      lo = mid;
    } else {
      hi = mid;
      hiOffset = midOffset;
    }
  }
  return { at: hi, offset: hiOffset };
}

/** The offsets of `zone` over UTC day number `day`; throws a RangeError for an unknown zone. */
export function dayOffsets(cache: ZoneOffsetCache, zone: string, day: number): DayOffsets {
  const entry = zoneEntry(cache, zone);
  const cached = entry.days.get(day);
  if (cached) return cached;
  const start = offsetAtDayStart(cache, entry, day);
  const end = offsetAtDayStart(cache, entry, day + 1);
  const changes: OffsetChange[] = [];
  let at = day * DAY_MS;
  let offset = start;
  // Each round moves `at` forward; at the day's end the offset equals `end`. The cap is a guard.
  for (let round = 0; offset !== end && round < 8; round += 1) {
    const change = findChange(entry.format, at, offset, (day + 1) * DAY_MS);
    changes.push(change);
    at = change.at;
    offset = change.offset;
  }
  const offsets = { start, changes };
  countCacheEntry(cache);
  entry.days.set(day, offsets);
  return offsets;
}
