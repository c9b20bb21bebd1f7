// Runs anywhere (shared). ISO-8601 instants. Stored documents use exactly one form
// (`2026-12-01T09:00:00.000Z`, what Date#toISOString gives) because both databases compare and
// index them as strings; invitee input may use any offset and is normalized to that form.
import { isCalendarDate } from './calendar.ts';

// Date and time with seconds optional, fractions optional, and a mandatory offset: without one
// a time is ambiguous.
const INSTANT_RE = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;
const CANONICAL_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Milliseconds since the epoch, or null when `value` is not an ISO-8601 instant with an offset. */
export function parseIsoInstant(value: string): number | null {
  const m = INSTANT_RE.exec(value);
  if (!m) return null;
  const [, date = '', hh = '', mm = '', ss = '0', fraction = '', zulu, sign, offH = '0', offM = '0'] = m;
  if (!isCalendarDate(date)) return null;
  const hours = Number(hh);
  const minutes = Number(mm);
  const seconds = Number(ss);
  const offsetHours = Number(offH);
  const offsetMinutes = Number(offM);
  if (hours > 23 || minutes > 59 || seconds > 59 || offsetHours > 23 || offsetMinutes > 59) return null;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  // setUTCFullYear, because Date.UTC maps years 0..99 to 1900..1999.
  const local = new Date(Date.UTC(2000, month - 1, day, hours, minutes, seconds, millis)).setUTCFullYear(year);
  const offset = zulu ? 0 : (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  const result = local - offset;
  return Number.isFinite(result) ? result : null;
}

/** True for the one stored form: UTC, milliseconds, `Z`, and a real calendar time. */
export function isCanonicalUtcTime(value: string): boolean {
  if (!CANONICAL_RE.test(value)) return false;
  // The shape is fixed, so the engine's own parser reads it; a date that does not exist (Feb 30,
  // hour 24) fails the round trip, which is the check that matters. It runs on every stored
  // time of every write, hence not the general parser above.
  const ms = Date.parse(value);
  return Number.isFinite(ms) && new Date(ms).toISOString() === value;
}
