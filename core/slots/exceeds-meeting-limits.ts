// Runs anywhere (shared). Whether a start would break the event type's meeting limits: its local
// day (in the host's zone) already holds the most bookings a day may, or its week (Monday to
// Sunday) the most a week may. The counts are the caller's (confirmed bookings only), so the rule
// itself stays pure; rejection-of.ts applies it for the list and the check alike.
import type { CompiledLimits } from './compile-limits.ts';
import { weekdayIndex } from './local-date.ts';
import { DAY_MS } from './time-units.ts';
import { offsetAt } from './zone-timeline-queries.ts';

export function exceedsMeetingLimits(start: number, limits: CompiledLimits): boolean {
  const day = Math.floor((start + offsetAt(limits.timeline, start)) / DAY_MS);
  if (limits.maxPerDay !== null && (limits.perDay.get(day) ?? 0) >= limits.maxPerDay) return true;
  if (limits.maxPerWeek === null) return false;
  const monday = day - weekdayIndex(day);
  let week = 0;
  for (let d = monday; d < monday + 7; d += 1) week += limits.perDay.get(d) ?? 0;
  return week >= limits.maxPerWeek;
}
