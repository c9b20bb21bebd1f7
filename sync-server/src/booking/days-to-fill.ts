// Runs on the server. How many days a target's calendar likely takes to offer `slots` starts, from
// its weekly hours: the first stretch listTargetSlotsUntil computes for the booking page. Only a
// guess (bookings, notice, limits and date overrides can leave fewer; it then goes on doubling),
// but a workday event type's first view is then one engine run instead of three, each with its
// days of margin.
import { WEEKDAYS } from '../../../core/schemas/shared-parts.ts';
import type { SlotRules } from '../../../core/slots/index.ts';

const CLOCK = /^(\d{2}):(\d{2})$/;

function minutesOf(clock: string): number {
  const match = CLOCK.exec(clock);
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
}

/** Starts a week of the weekly hours offers (no bookings, no notice). */
function startsPerWeek(rules: SlotRules): number {
  const step = rules.slotStepMinutes > 0 ? rules.slotStepMinutes : rules.durationMinutes;
  let starts = 0;
  for (const day of WEEKDAYS) {
    for (const { start, end } of rules.availability.weekly[day]) {
      const room = minutesOf(end) - minutesOf(start) - rules.durationMinutes;
      if (room >= 0 && step > 0) starts += Math.floor(room / step) + 1;
    }
  }
  return starts;
}

export function daysToFill(rules: SlotRules, slots: number): number {
  const perWeek = startsPerWeek(rules);
  // No weekly hours (date overrides only): start small and let the doubling find them.
  if (perWeek === 0) return 1;
  return Math.max(1, Math.ceil((slots * 7) / perWeek));
}
