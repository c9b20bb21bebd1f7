// Runs anywhere (shared). Epoch ms to the ISO string Date#toISOString gives, fast: a month of
// slots is thousands of these, and toISOString (over a microsecond each) was most of the
// engine's time. Slots lie on whole minutes, so the time of day comes from a table of the 1,440
// minutes and the date from a small per-day memo; anything else goes to toISOString.
import { DAY_MS, MINUTE_MS } from './time-units.ts';

const MINUTES_OF_DAY: readonly string[] = Array.from({ length: 1440 }, (_, minute) =>
  `T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`);

/** 10000-01-01T00:00:00.000Z: from here on toISOString writes a six-digit year. */
const YEAR_10000_MS = 253_402_300_800_000;
const MAX_DAYS_KEPT = 4096;
const dates = new Map<number, string>();

function dateOf(day: number): string {
  let date = dates.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (dates.size >= MAX_DAYS_KEPT) dates.clear();
    dates.set(day, date);
  }
  return date;
}

export function formatInstant(ms: number): string {
  if (ms < 0 || ms >= YEAR_10000_MS || ms % MINUTE_MS !== 0) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY_MS);
  return dateOf(day) + (MINUTES_OF_DAY[(ms - day * DAY_MS) / MINUTE_MS] as string);
}
