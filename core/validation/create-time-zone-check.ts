// Runs anywhere (shared). isValidTimeZone with a memory its caller owns: for a screen or a page
// that checks the same few zones over and over. Positive answers only, and bounded: invitees send
// arbitrary strings, which must not grow memory.
import { isValidTimeZone } from './is-valid-time-zone.ts';

export function createTimeZoneCheck(maxKept = 2000): (tz: string) => boolean {
  const known = new Set<string>();
  return (tz) => {
    if (known.has(tz)) return true;
    if (!isValidTimeZone(tz)) return false;
    if (known.size < maxKept) known.add(tz);
    return true;
  };
}
