// Runs anywhere (shared). IANA time zone names, as the platform's Intl knows them (the same data
// the slot engine computes with, so a zone accepted here is one it can compute in). Each call
// asks Intl afresh (tens of microseconds); a caller that checks many zones in a loop can keep
// its own createTimeZoneCheck(). core keeps no cache of its own (ARCHITECTURE.md).

export function isValidTimeZone(tz: string): boolean {
  // Intl also takes UTC offsets such as '+01:00'; those are not IANA names and have no DST rules.
  if (typeof tz !== 'string' || tz.length > 64 || !/^[A-Za-z]/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
  } catch {
    return false;
  }
  return true;
}
