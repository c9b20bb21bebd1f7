// Runs on the server. Calendar dates (`YYYY-MM-DD`) in a time zone: today, and days after a date.

// Building an Intl.DateTimeFormat costs far more than formatting with one: one per zone, kept.
// Zones come from invitees (checked, but many): bound the cache as app/known-time-zone.ts does.
const dateFormats = new Map<string, { format: Intl.DateTimeFormat; second: number; date: string }>();

/** Today's date in `timezone` (an IANA zone the caller has checked). */
export function todayIn(timezone: string, now: Date): string {
  // Every page view asks, and formatting is the dearer part: the last answer per zone is kept for
  // its second (UTC offsets are whole seconds, so a date never changes within one).
  const second = Math.floor(now.getTime() / 1000);
  let kept = dateFormats.get(timezone);
  if (kept?.second === second) return kept.date;
  if (!kept) {
    // en-CA formats dates as YYYY-MM-DD.
    kept = { format: new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }), second: NaN, date: '' };
    if (dateFormats.size < 5000) dateFormats.set(timezone, kept);
  }
  kept.date = kept.format.format(now);
  kept.second = second;
  return kept.date;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
