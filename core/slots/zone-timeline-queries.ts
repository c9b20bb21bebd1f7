// Runs anywhere (shared). Reading a zone timeline both ways: an instant's offset, and the
// instants at which the zone's clock shows a given wall-clock time ("local ms": the wall clock
// read as if it were UTC). Timelines hold a handful of segments, so linear scans are the fast path.
import type { ZoneTimeline } from './build-zone-timeline.ts';

function segmentEnd(timeline: ZoneTimeline, index: number): number {
  return timeline.starts[index + 1] ?? Infinity;
}

export function offsetAt(timeline: ZoneTimeline, instant: number): number {
  const { starts, offsets } = timeline;
  let index = starts.length - 1;
  while (index > 0 && (starts[index] as number) > instant) index -= 1;
  return offsets[index] as number;
}

/**
 * The first instant at which the zone's clock shows `localMs` or later. For a time that exists
 * once this is that instant; for an ambiguous (autumn) time, its first occurrence; for a time in
 * a spring-forward gap, the instant the clocks jump (the gap's end).
 */
export function firstInstantAtOrAfterLocal(timeline: ZoneTimeline, localMs: number): number {
  const { starts, offsets } = timeline;
  let best = Infinity;
  for (let index = 0; index < starts.length; index += 1) {
    // Within one segment the clock runs with real time, so its first instant at or after
    // localMs is localMs - offset, clamped to the segment's start.
    const candidate = Math.max(starts[index] as number, localMs - (offsets[index] as number));
    if (candidate < segmentEnd(timeline, index) && candidate < best) best = candidate;
  }
  return best;
}

/** Every instant at which the zone's clock shows exactly `localMs`: none (gap), one, or two (overlap). */
export function instantsAtLocal(timeline: ZoneTimeline, localMs: number, out: number[]): void {
  const { starts, offsets } = timeline;
  for (let index = 0; index < starts.length; index += 1) {
    const instant = localMs - (offsets[index] as number);
    if (instant >= (starts[index] as number) && instant < segmentEnd(timeline, index)) out.push(instant);
  }
}
