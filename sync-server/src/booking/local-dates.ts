// Runs on the server. Calendar dates (`YYYY-MM-DD`) in a time zone: today, and days after a date.

// Building an Intl.DateTimeFormat costs far more than formatting with one: one per zone, kept.
// Zones come from invitees (checked, but many): bound the cache like isValidTimeZone does.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date in `timezone` (an IANA zone the caller has checked). */
export function todayIn(timezone: string, now: Date): string {
  let format = dateFormats.get(timezone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' });
    if (dateFormats.size < 5000) dateFormats.set(timezone, format);
  }
  return format.format(now);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
