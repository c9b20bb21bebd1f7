// Runs anywhere (shared). A zone's UTC offsets over one UTC day, found with one dayjs probe per
// day (plus a binary search on the rare days whose two ends differ) and memoised per zone, so a
// warm listOpenSlots call does no time-zone work at all. The tz database does not change while a
// process runs, so the memo never goes stale; it is only bounded.
// Known limit: a zone that changes offset and changes back within one UTC day would be missed;
// no zone in the current tz database does that, as far as we know.
import { DAY_MS } from './time-units.ts';
import { zoneOffsetAt } from './zone-offset-at.ts';

export interface OffsetChange {
  /** First instant (epoch ms) at which `offset` applies. */
  readonly at: number;
  readonly offset: number;
}

export interface DayOffsets {
  /** The offset at 00:00:00Z of the day. */
  readonly start: number;
  /** Changes within the day, in order (almost always none). */
  readonly changes: readonly OffsetChange[];
}

const MAX_MEMO_ENTRIES = 200_000;
let memoEntries = 0;
const probeMemo = new Map<string, Map<number, number>>();
const dayMemo = new Map<string, Map<number, DayOffsets>>();

function memoFor<T>(memo: Map<string, Map<number, T>>, zone: string): Map<number, T> {
  let perZone = memo.get(zone);
  if (!perZone) {
    perZone = new Map();
    memo.set(zone, perZone);
  }
  return perZone;
}

function remember<T>(memo: Map<string, Map<number, T>>, zone: string, day: number, value: T): T {
  if (memoEntries >= MAX_MEMO_ENTRIES) clearZoneOffsetMemo();
  memoEntries += 1;
  memoFor(memo, zone).set(day, value);
  return value;
}

function offsetAtDayStart(zone: string, day: number): number {
  return probeMemo.get(zone)?.get(day) ?? remember(probeMemo, zone, day, zoneOffsetAt(day * DAY_MS, zone));
}

// Offset changes happen on whole seconds; the search keeps `lo` at `loOffset` and `hi` not.
function findChange(zone: string, lo: number, loOffset: number, hi: number): OffsetChange {
  let hiOffset = zoneOffsetAt(hi, zone);
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    const midOffset = zoneOffsetAt(mid, zone);
    if (midOffset === loOffset) {
      lo = mid;
    } else {
      hi = mid;
      hiOffset = midOffset;
    }
  }
  return { at: hi, offset: hiOffset };
}

export function dayOffsets(zone: string, day: number): DayOffsets {
  const cached = dayMemo.get(zone)?.get(day);
  if (cached) return cached;
  const start = offsetAtDayStart(zone, day);
  const end = offsetAtDayStart(zone, day + 1);
  const changes: OffsetChange[] = [];
  let at = day * DAY_MS;
  let offset = start;
  // Each round moves `at` forward; at the day's end the offset equals `end`. The cap is a guard.
  for (let round = 0; offset !== end && round < 8; round += 1) {
    const change = findChange(zone, at, offset, (day + 1) * DAY_MS);
    changes.push(change);
    at = change.at;
    offset = change.offset;
  }
  return remember(dayMemo, zone, day, { start, changes });
}

/** Forgets every memoised offset: for benchmarks that measure the cold path. */
export function clearZoneOffsetMemo(): void {
  probeMemo.clear();
  dayMemo.clear();
  memoEntries = 0;
}
