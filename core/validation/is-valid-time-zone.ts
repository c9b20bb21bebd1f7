// Runs anywhere (shared). IANA time zone names, as the platform's Intl knows them (the same data
// dayjs's timezone plugin uses, so a zone accepted here is one the slot engine can compute in).

// Positive answers only, and bounded: invitees send arbitrary strings, which must not grow memory.
const known = new Set<string>();
const MAX_CACHED = 2000;

export function isValidTimeZone(tz: string): boolean {
  if (known.has(tz)) return true;
  // Intl also takes UTC offsets such as '+01:00'; those are not IANA names and have no DST rules.
  if (typeof tz !== 'string' || tz.length > 64 || !/^[A-Za-z]/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
  } catch {
    return false;
  }
  if (known.size < MAX_CACHED) known.add(tz);
  return true;
}
