// Runs anywhere (shared). The slot engine's arguments as epoch ms, through core's one instant
// parser (core/validation/parse-iso-instant.ts, whose comment gives the grammar): the engine never
// guesses at a time zone, so a string must carry `Z` or an explicit offset (Date.parse alone would
// read "2026-01-01 09:00" in the process's zone and accept 2026-02-30).
import { parseIsoInstant } from '../validation/parse-iso-instant.ts';

/** Epoch milliseconds of a strict ISO instant (or a valid Date); throws an Error naming `name`. */
export function parseInstant(value: unknown, name: string): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isFinite(ms)) return ms;
    throw new Error(`${name}: invalid Date`);
  }
  const ms = typeof value === 'string' ? parseIsoInstant(value) : null;
  if (ms === null) {
    throw new Error(`${name}: expected an ISO-8601 instant with Z or an offset (2026-12-01T09:00:00.000Z), got ${JSON.stringify(value)}`);
  }
  return ms;
}
