// Runs anywhere (shared). Epoch ms to the ISO string Date#toISOString gives, fast: a month of
// slots is thousands of these, and toISOString (over a microsecond each) was most of the
// engine's time. Slots lie on whole minutes, so the time of day comes from a table of the 1,440
// minutes and the date from plain arithmetic; anything else goes to toISOString.
import { DAY_MS, MINUTE_MS } from './time-units.ts';

const MINUTES_OF_DAY: readonly string[] = Array.from({ length: 1440 }, (_, minute) =>
  `T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`);

/** 10000-01-01T00:00:00.000Z: from here on toISOString writes a six-digit year. */
const YEAR_10000_MS = 253_402_300_800_000;

const twoDigits = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD` of a day number from 0 (1970-01-01) to the end of year 9999. */
function dateOf(day: number): string {
  // Howard Hinnant's civil_from_days, for days since 1970-01-01 that are >= 0.
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(dayOfMonth)}`;
}

export function formatInstant(ms: number): string {
  if (ms < 0 || ms >= YEAR_10000_MS || ms % MINUTE_MS !== 0) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY_MS);
  return dateOf(day) + (MINUTES_OF_DAY[(ms - day * DAY_MS) / MINUTE_MS] as string);
}
