// Runs anywhere (shared). Rejects unknown time zones up front with an error that names the
// argument, instead of dayjs's bare "RangeError: Invalid time zone specified".
import { zoneOffsetAt } from './zone-offset-at.ts';

const knownZones = new Set<string>();

export function assertTimeZone(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) {
    throw new Error(`${name}: expected an IANA time zone such as "Europe/Berlin", got ${JSON.stringify(value)}`);
  }
  if (knownZones.has(value)) return value;
  try {
    zoneOffsetAt(0, value);
  } catch {
    throw new Error(`${name}: unknown IANA time zone ${JSON.stringify(value)}`);
  }
  if (knownZones.size >= 1000) knownZones.clear();
  knownZones.add(value);
  return value;
}
