// Runs anywhere (shared). A zone's offsets over a range of instants as constant-offset segments,
// assembled from the per-day probes kept in the caller's ZoneOffsetCache. Everything after this is plain arithmetic.
import { DAY_MS } from './time-units.ts';
import { dayOffsets } from './zone-day-offsets.ts';
import type { ZoneOffsetCache } from './zone-offset-cache.ts';

/**
 * Segment i covers instants [starts[i], starts[i + 1]) (the last one runs on) with offset
 * offsets[i] (local = utc + offset, ms). The first segment starts at -Infinity. Only instants
 * within [lo, hi] are known to be right: callers query inside the range they asked for.
 */
export interface ZoneTimeline {
  readonly zone: string;
  readonly lo: number;
  readonly hi: number;
  readonly starts: readonly number[];
  readonly offsets: readonly number[];
}

export function buildZoneTimeline(cache: ZoneOffsetCache, zone: string, lo: number, hi: number): ZoneTimeline {
  const firstDay = Math.floor(lo / DAY_MS);
  const lastDay = Math.floor(hi / DAY_MS);
  const starts = [-Infinity];
  const offsets = [dayOffsets(cache, zone, firstDay).start];
  for (let day = firstDay; day <= lastDay; day += 1) {
    for (const change of dayOffsets(cache, zone, day).changes) {
      if (change.offset === offsets[offsets.length - 1]) continue;
      starts.push(change.at);
      offsets.push(change.offset);
    }
  }
  return { zone, lo, hi, starts, offsets };
}
