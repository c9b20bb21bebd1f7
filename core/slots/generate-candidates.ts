// Runs anywhere (shared). THE slot rule: which instants are candidate starts. listOpenSlots and
// checkBookableStart both call this (then rejectionOf), so a start is bookable exactly when it is
// offered: one rule, one implementation.
//
// The rule, for each local date D in the host's zone (availability.timezone):
//  1. D's intervals are the date override for D if there is one (an empty one blocks D),
//     otherwise the weekly intervals of D's weekday. Each interval is [start, end) of wall-clock
//     time, end may be 24:00.
//  2. The interval covers the real time from the first instant the host's clock shows D start
//     or later, to the first instant it shows D end or later. So 01:00–04:00 on a spring-forward
//     day covers two real hours, on a fall-back day four.
//  3. Grid times are the wall-clock times start, start + step, … strictly before end. Each maps
//     to every instant at which the host's clock shows it: none inside a spring-forward gap (no
//     slot), two in a fall-back overlap (both real instants, no duplicates: they differ).
//  4. A grid instant is a candidate when the slot [instant, instant + duration) ends within the
//     interval's real time (2). Durations are real minutes.
//  5. Overlapping intervals may produce the same instant twice; it counts once.
// A candidate is then open (rejectionOf) when start >= now + notice, start < now + horizonDays
// × 24 h, and [start - bufferBefore, end + bufferAfter) overlaps no busy interval (half-open).
import type { ZoneTimeline } from './build-zone-timeline.ts';
import type { CompiledRules } from './compile-rules.ts';
import { weekdayIndex } from './local-date.ts';
import { DAY_MS } from './time-units.ts';
import { firstInstantAtOrAfterLocal, instantsAtLocal } from './zone-timeline-queries.ts';

/** The grid times of `interval` (3): all of them, or only `onlyTime` when it is one of them. */
function gridTimes(interval: { start: number; end: number }, stepMs: number, onlyTime: number | undefined): { from: number; to: number } {
  if (onlyTime === undefined) return { from: interval.start, to: interval.end };
  const onGrid = onlyTime >= interval.start && onlyTime < interval.end && (onlyTime - interval.start) % stepMs === 0;
  return onGrid ? { from: onlyTime, to: onlyTime + 1 } : { from: 0, to: 0 };
}

/**
 * Candidate starts (epoch ms, sorted, unique) of host-local days firstDay..lastDay (day numbers).
 * `onlyTime` (ms after local midnight) keeps the walk to that one wall-clock time: the candidates
 * a start whose clock shows that time could be, by the same steps (checkBookableStart's question).
 */
export function generateCandidates(rules: CompiledRules, host: ZoneTimeline, firstDay: number, lastDay: number, onlyTime?: number): number[] {
  const out: number[] = [];
  const instants: number[] = [];
  let sorted = true;
  for (let day = firstDay; day <= lastDay; day += 1) {
    const intervals = rules.overrides.get(day) ?? rules.weekly[weekdayIndex(day)] ?? [];
    const midnight = day * DAY_MS;
    for (const interval of intervals) {
      const { from, to } = gridTimes(interval, rules.stepMs, onlyTime);
      if (from >= to) continue;
      const closes = firstInstantAtOrAfterLocal(host, midnight + interval.end);
      for (let time = from; time < to; time += rules.stepMs) {
        instants.length = 0;
        instantsAtLocal(host, midnight + time, instants);
        for (const start of instants) {
          if (start + rules.durationMs > closes) continue;
          if (out.length > 0 && start <= (out[out.length - 1] as number)) sorted = false;
          out.push(start);
        }
      }
    }
  }
  if (sorted) return out;
  out.sort((a, b) => a - b);
  return out.filter((start, index) => index === 0 || start !== out[index - 1]);
}
