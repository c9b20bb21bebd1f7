// Runs anywhere (shared). Busy intervals sorted by start with a running maximum of ends, so
// "does [lo, hi) overlap any of them?" is one binary search, whatever their overlaps.
import { parseInstant } from './parse-instant.ts';
import type { BusyInterval } from './types.ts';

export interface BusyIndex {
  readonly starts: Float64Array;
  /** maxEnds[i] = the latest end among the first i + 1 intervals (by start). */
  readonly maxEnds: Float64Array;
}

export function indexBusy(value: unknown, name = 'busy'): BusyIndex {
  if (!Array.isArray(value)) throw new Error(`${name}: expected an array of {start, end}`);
  const list = value as readonly Partial<BusyInterval>[];
  const pairs: [number, number][] = [];
  list.forEach((item, index) => {
    if (typeof item !== 'object' || item === null) throw new Error(`${name}[${index}]: expected {start, end}`);
    const start = parseInstant(item.start, `${name}[${index}].start`);
    const end = parseInstant(item.end, `${name}[${index}].end`);
    if (end > start) pairs.push([start, end]); // an empty interval blocks nothing
  });
  pairs.sort((a, b) => a[0] - b[0]);
  const starts = new Float64Array(pairs.length);
  const maxEnds = new Float64Array(pairs.length);
  let maxEnd = -Infinity;
  pairs.forEach(([start, end], index) => {
    maxEnd = Math.max(maxEnd, end);
    starts[index] = start;
    maxEnds[index] = maxEnd;
  });
  return { starts, maxEnds };
}

/** True when half-open [lo, hi) overlaps a busy interval (touching ends do not overlap). */
export function overlapsBusy(busy: BusyIndex, lo: number, hi: number): boolean {
  // Find the last interval that starts before hi; any overlap must be among those up to it.
  let low = 0;
  let high = busy.starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((busy.starts[mid] as number) < hi) low = mid + 1;
    else high = mid;
  }
  return low > 0 && (busy.maxEnds[low - 1] as number) > lo;
}
