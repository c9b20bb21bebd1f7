// renderer: the editor's changes to an availability as pure functions, so each rule (where a
// new interval goes, what "copy to" copies) is tested without rendering anything.
import type { Availability, DateOverride, TimeInterval, Weekday } from '../../../core/schemas/index.ts';
import { dayjs } from '../components/dayjs.ts';
import { DAY_MINUTES, fromMinutes, toMinutes } from './clock-times.ts';

export const DEFAULT_INTERVAL: TimeInterval = { start: '09:00', end: '17:00' };

const copyIntervals = (intervals: readonly TimeInterval[]): TimeInterval[] => intervals.map(({ start, end }) => ({ start, end }));

export function setDayIntervals(availability: Availability, day: Weekday, intervals: readonly TimeInterval[]): Availability {
  return { ...availability, weekly: { ...availability.weekly, [day]: copyIntervals(intervals) } };
}

/**
 * The interval "add" appends: the working day when the list is empty, otherwise an hour after
 * the last interval (shorter near midnight). Null when the day is full up to 24:00.
 */
export function nextInterval(intervals: readonly TimeInterval[]): TimeInterval | null {
  const last = intervals.at(-1);
  if (!last) return { ...DEFAULT_INTERVAL };
  const start = toMinutes(last.end);
  if (!(start < DAY_MINUTES)) return null;
  return { start: fromMinutes(start), end: fromMinutes(Math.min(start + 60, DAY_MINUTES)) };
}

export function copyDayTo(availability: Availability, from: Weekday, targets: readonly Weekday[]): Availability {
  const weekly = { ...availability.weekly };
  for (const day of targets) if (day !== from) weekly[day] = copyIntervals(availability.weekly[from]);
  return { ...availability, weekly };
}

/** The first date from `today` on (YYYY-MM-DD) that has no override yet. */
export function nextFreeDate(overrides: readonly DateOverride[], today: string): string {
  const taken = new Set(overrides.map((o) => o.date));
  let day = dayjs.utc(today);
  while (taken.has(day.format('YYYY-MM-DD'))) day = day.add(1, 'day');
  return day.format('YYYY-MM-DD');
}

export function setOverride(availability: Availability, index: number, override: DateOverride): Availability {
  const overrides = availability.overrides.map((o, i) => (i === index ? { date: override.date, intervals: copyIntervals(override.intervals) } : o));
  return { ...availability, overrides };
}

export function addOverride(availability: Availability, override: DateOverride): Availability {
  return { ...availability, overrides: [...availability.overrides, { date: override.date, intervals: copyIntervals(override.intervals) }] };
}

export function removeOverride(availability: Availability, index: number): Availability {
  return { ...availability, overrides: availability.overrides.filter((_, i) => i !== index) };
}
