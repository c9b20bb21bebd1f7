// Runs anywhere (shared). Rejects unknown time zones up front with an error that names the
// argument, instead of Intl's bare "RangeError: Invalid time zone specified". A zone the cache
// already holds was checked when it got there, so a warm call costs one lookup.
import { zoneEntry, type ZoneOffsetCache } from './zone-offset-cache.ts';

export function assertTimeZone(value: unknown, name: string, cache: ZoneOffsetCache): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) {
    throw new Error(`${name}: expected an IANA time zone such as "Europe/Berlin", got ${JSON.stringify(value)}`);
  }
  try {
    zoneEntry(cache, value);
  } catch {
    throw new Error(`${name}: unknown IANA time zone ${JSON.stringify(value)}`);
  }
  return value;
}
