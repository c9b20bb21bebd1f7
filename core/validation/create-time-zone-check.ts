// Runs anywhere (shared). isValidTimeZone with a memory its caller owns: for a screen or a page
// that checks the same few zones over and over. Positive answers only, and bounded: invitees send
// arbitrary strings, which must not grow memory.
import { isValidTimeZone } from './is-valid-time-zone.ts';

/**
 * Whether a string is an IANA zone. The validators take one (default: isValidTimeZone, which asks
 * Intl each time); the server passes its createTimeZoneCheck(), since it checks a zone in every
 * booking and every pushed event type.
 */
export type TimeZoneCheck = (tz: string) => boolean;

export function createTimeZoneCheck(maxKept = 2000): TimeZoneCheck {
  const known = new Set<string>();
  return (tz) => {
    if (known.has(tz)) return true;
    if (!isValidTimeZone(tz)) return false;
    if (known.size < maxKept) known.add(tz);
    return true;
  };
}
