// Runs on the server. Dates and times as the no-JS pages show them, in the invitee's time zone.
// The browser script formats the same way (Intl with `timeZone`), so enhancing changes no text.
import { isValidTimeZone } from '../../../core/validation/is-valid-time-zone.ts';

export const PAGE_LOCALE = 'en-US';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${zone}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(PAGE_LOCALE, { ...options, timeZone: zone });
    // Zones come from invitees; bound the cache like isValidTimeZone does.
    if (formatters.size < 5000) formatters.set(key, found);
  }
  return found;
}

/** A zone the page can format in: the given one when Intl knows it, else UTC (rendering never throws). */
export function safeTimeZone(zone: string | undefined): string {
  return zone !== undefined && isValidTimeZone(zone) ? zone : 'UTC';
}

/** 'Thursday, December 3' for a YYYY-MM-DD calendar date (no zone: it is a date already). */
export function formatDayHeading(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const noon = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12);
  return formatter('UTC', { weekday: 'long', month: 'long', day: 'numeric' }).format(noon);
}

/** '9:00 – 9:30 AM' */
export function formatTimeRange(start: string, end: string, zone: string): string {
  return formatter(zone, { hour: 'numeric', minute: '2-digit' }).formatRange(Date.parse(start), Date.parse(end));
}

/** '9:00 AM' */
export function formatTime(instant: string, zone: string): string {
  return formatter(zone, { hour: 'numeric', minute: '2-digit' }).format(Date.parse(instant));
}

/** 'Thursday, December 3, 2026, 9:00 – 9:30 AM' */
export function formatWhen(start: string, end: string, zone: string): string {
  const date = formatter(zone, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }).format(Date.parse(start));
  return `${date}, ${formatTimeRange(start, end, zone)}`;
}

/** Zone names for a <select>: what Intl knows, plus the ones this page must offer. */
export function listTimeZones(mustInclude: readonly string[]): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  for (const zone of mustInclude) if (isValidTimeZone(zone)) zones.add(zone);
  return [...zones].sort();
}
