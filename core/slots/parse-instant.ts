// Runs anywhere (shared). Strict ISO-8601 instants: the engine never guesses at a time zone, so
// a string must carry `Z` or an explicit offset (Date.parse alone would read "2026-01-01 09:00" in
// the process's zone and accept 2026-02-30).
import { isCalendarDate } from './local-date.ts';

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** Epoch milliseconds of a strict ISO instant, or null when `value` is not one. */
export function tryParseInstant(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = ISO_INSTANT.exec(value);
  if (!match || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/** Epoch milliseconds of a strict ISO instant (or a valid Date); throws an Error naming `name`. */
export function parseInstant(value: unknown, name: string): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isFinite(ms)) return ms;
    throw new Error(`${name}: invalid Date`);
  }
  const ms = tryParseInstant(value);
  if (ms === null) {
    throw new Error(`${name}: expected an ISO-8601 instant with Z or an offset (2026-12-01T09:00:00.000Z), got ${JSON.stringify(value)}`);
  }
  return ms;
}
