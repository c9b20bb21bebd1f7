// Runs anywhere (shared). ISO-8601 instants: the one instant parser of core, used by the
// validators, the booking request (invitee input) and the slot engine alike. Stored documents use
// exactly one form (`2026-12-01T09:00:00.000Z`, what Date#toISOString gives) because both
// databases compare and index them as strings; isCanonicalUtcTime checks that form.
// The grammar parseIsoInstant reads, decided once: date `YYYY-MM-DD`, `T` (or `t`), `HH:mm`,
// optional `:ss` and optional fraction of 1..9 digits (cut to milliseconds), then a mandatory
// zone: `Z`/`z` or an offset `±HH:mm` / `±HHmm` up to ±23:59. Without a zone a time is
// ambiguous, so it is refused; so are impossible dates and times (2026-02-30, 24:00, :60).
// This is the wider of the two grammars core had: the public booking API has always accepted
// offsets and 9-digit fractions from invitees, and the slot engine's stricter one (3 digits,
// `±HH:mm` only) accepted a subset of it, so nothing accepted before is refused now.
import { isCalendarDate, isExistingDay } from './calendar.ts';

// Date and time with seconds optional, fractions optional, and a mandatory offset: without one
// a time is ambiguous.
const INSTANT_RE = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;
const CANONICAL_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Milliseconds since the epoch, or null when `value` is not an ISO-8601 instant with an offset. */
export function parseIsoInstant(value: string): number | null {
  // Callers may hand over untyped input (JSON, the slot engine's arguments).
  if (typeof value !== 'string') return null;
  // The stored form, which slot lists hand out and booking pages post back, needs no general parse.
  if (isCanonicalUtcTime(value)) return Date.parse(value);
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

/** The number written by the `length` ASCII digits of `text` at `from` (the caller's regex made them digits). */
function digitsAt(text: string, from: number, length: number): number {
  let value = 0;
  for (let i = from; i < from + length; i += 1) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** True for the one stored form: UTC, milliseconds, `Z`, and a real calendar time. */
export function isCanonicalUtcTime(value: string): boolean {
  // Runs on every stored time of every write, so the fields are read in place rather than parsed
  // into a Date and formatted back (that round trip was the bigger part of validating a booking).
  if (!CANONICAL_RE.test(value)) return false;
  return isExistingDay(digitsAt(value, 0, 4), digitsAt(value, 5, 2), digitsAt(value, 8, 2))
    && digitsAt(value, 11, 2) <= 23 && digitsAt(value, 14, 2) <= 59 && digitsAt(value, 17, 2) <= 59;
}
