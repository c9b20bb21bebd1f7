// Runs on the server. Whether a feed's fresh busy intervals are the ones stored, so a refresh that
// found the calendar unchanged writes nothing (store/sqlite/sqlite-feeds.ts, store/postgres/postgres-feeds.ts).
import { toInstantColumn } from './document-columns.ts';
import type { TimeRange } from './feed-store.ts';

/** Whether `next` (any order) holds exactly the intervals of `stored` (sorted by start, then end, canonical instants). */
export function sameIntervals(stored: readonly TimeRange[], next: readonly TimeRange[]): boolean {
  if (stored.length !== next.length) return false;
  const sorted = next.map((b) => ({ start: toInstantColumn('start', b.start) as string, end: toInstantColumn('end', b.end) as string }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
  return sorted.every((b, i) => b.start === stored[i]!.start && b.end === stored[i]!.end);
}
