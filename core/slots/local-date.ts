// Runs anywhere (shared). Calendar dates (`YYYY-MM-DD`) as day numbers: days since 1970-01-01.
// A local date's wall-clock midnight, read as if it were UTC, is `day * DAY_MS`; the engine does
// its wall-clock arithmetic in that "local epoch" and converts with a zone timeline.
import { isExistingDay, splitDate } from '../validation/calendar.ts';
import { DAY_MS } from './time-units.ts';

const MIN_YEAR = 1970;
const MAX_YEAR = 9999;

/** Parses `YYYY-MM-DD` into a day number; throws an Error naming `name` otherwise. */
export function parseLocalDate(value: unknown, name: string): number {
  const parts = typeof value === 'string' ? splitDate(value) : null;
  if (!parts) throw new Error(`${name}: expected a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  const [year, month, day] = parts;
  if (!isExistingDay(year, month, day)) throw new Error(`${name}: ${String(value)} is not a calendar date`);
  if (year < MIN_YEAR || year > MAX_YEAR) throw new Error(`${name}: year must be within ${MIN_YEAR}..${MAX_YEAR}`);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function formatLocalDate(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday, the order of WEEKDAYS in core/schemas. */
export function weekdayIndex(dayNumber: number): number {
  // 1970-01-01 (day 0) was a Thursday, index 3.
  return (((dayNumber + 3) % 7) + 7) % 7;
}
