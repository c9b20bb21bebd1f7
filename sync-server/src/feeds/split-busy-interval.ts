// Runs on the server. A busy interval cut into pieces of at most FEED_BUSY_MAX_SPAN_MS, as the store
// keeps them (a range query over feed_busy is then bounded on both sides of its index).
import { FEED_BUSY_MAX_SPAN_MS } from '../store/feed-store.ts';
import type { TimeRange } from '../store/store.ts';

export function splitBusyInterval(interval: { start: number; end: number }): TimeRange[] {
  const pieces: TimeRange[] = [];
  for (let start = interval.start; start < interval.end; start += FEED_BUSY_MAX_SPAN_MS) {
    const end = Math.min(interval.end, start + FEED_BUSY_MAX_SPAN_MS);
    pieces.push({ start: new Date(start).toISOString(), end: new Date(end).toISOString() });
  }
  return pieces;
}
