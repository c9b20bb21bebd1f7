// Runs anywhere (shared). Rules of an availability beyond its JSON shape: a real time zone,
// intervals that end after they start and follow each other without overlap, override dates
// that exist and appear once. The slot engine relies on all of these.
import { clockTimeSchema, WEEKDAYS } from '../schemas/index.ts';
import { isCalendarDate } from './calendar.ts';
import { isPlainObject } from './check-schema.ts';
import type { ErrorList } from './error-list.ts';
import { joinPath } from './field-error.ts';
import type { TimeZoneCheck } from './create-time-zone-check.ts';
import { checkTimeZone } from './field-rules.ts';

const CLOCK_RE = new RegExp(clockTimeSchema.pattern);

interface Interval {
  start: string;
  end: string;
}

function asInterval(value: unknown): Interval | null {
  if (!isPlainObject(value)) return null;
  const { start, end } = value;
  if (typeof start !== 'string' || typeof end !== 'string' || !CLOCK_RE.test(start) || !CLOCK_RE.test(end)) return null;
  return { start, end };
}

/** One day's intervals: each start < end, sorted by start and not overlapping ('HH:mm' sorts as text). */
export function checkDayIntervals(list: unknown, path: string, errors: ErrorList): void {
  if (!Array.isArray(list)) return;
  let previous: Interval | null = null;
  list.forEach((item, i) => {
    const interval = asInterval(item);
    if (!interval) return;
    const itemPath = joinPath(path, i);
    if (interval.end <= interval.start) {
      // Reported here; later intervals are compared with the last sound one instead.
      errors.add(joinPath(itemPath, 'end'), `must be later than the start (${interval.start})`);
      return;
    }
    if (previous && interval.start < previous.start) {
      errors.add(joinPath(itemPath, 'start'), `must not be before the previous interval (${previous.start}–${previous.end}); sort the intervals`);
    } else if (previous && interval.start < previous.end) {
      errors.add(joinPath(itemPath, 'start'), `overlaps the previous interval (${previous.start}–${previous.end})`);
    }
    previous = interval;
  });
}

function checkOverrides(list: unknown, path: string, errors: ErrorList): void {
  if (!Array.isArray(list)) return;
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    if (!isPlainObject(item)) return;
    const itemPath = joinPath(path, i);
    const { date } = item;
    if (typeof date === 'string') {
      const datePath = joinPath(itemPath, 'date');
      const first = seen.get(date);
      if (!isCalendarDate(date)) errors.add(datePath, 'is not a real calendar date');
      else if (first !== undefined) errors.add(datePath, `repeats the override for ${date} (item ${first + 1})`);
      else seen.set(date, i);
    }
    checkDayIntervals(item['intervals'], joinPath(itemPath, 'intervals'), errors);
  });
}

export function checkAvailability(value: unknown, path: string, errors: ErrorList, isZone: TimeZoneCheck): void {
  if (!isPlainObject(value)) return;
  checkTimeZone(value, 'timezone', path, errors, isZone);
  const weekly = value['weekly'];
  if (isPlainObject(weekly)) {
    for (const day of WEEKDAYS) checkDayIntervals(weekly[day], joinPath(joinPath(path, 'weekly'), day), errors);
  }
  checkOverrides(value['overrides'], joinPath(path, 'overrides'), errors);
}
