// Runs on the server. Dates and times as the no-JS pages show them, in the invitee's time zone and
// the page's locale. The browser script formats the same way (Intl with `timeZone`, zone-time.js),
// so enhancing changes no text; a 24 h locale reads '09:00' there and here.
import { isKnownTimeZone } from '../app/known-time-zone.ts';

export const PAGE_LOCALE = 'en-US';

// The few formats the pages use, by name: the cache key is then a short string, not the options
// serialised on every call (the slot list formats dozens of times per page).
const FORMATS = {
  day: { weekday: 'long', month: 'long', day: 'numeric' },
  time: { hour: 'numeric', minute: '2-digit' },
  date: { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Whether a locale's clock runs to 24 h (then hours get two digits, as in the browser). */
function uses24Hours(locale: string): boolean {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h23' || cycle === 'h24';
}

function formatter(zone: string, format: keyof typeof FORMATS, locale: string): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${format}`;
  let found = formatters.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions = { ...FORMATS[format], timeZone: zone };
    if (format === 'time' && uses24Hours(locale)) options.hour = '2-digit';
    found = new Intl.DateTimeFormat(locale, options);
    // Zones come from invitees; bound the cache as known-time-zone.ts does.
    if (formatters.size < 5000) formatters.set(key, found);
  }
  return found;
}

/** A zone the page can format in: the given one when Intl knows it, else UTC (rendering never throws). */
export function safeTimeZone(zone: string | undefined): string {
  return zone !== undefined && isKnownTimeZone(zone) ? zone : 'UTC';
}

// Labels are kept: the slot list formats the same days and instants on every page view, and
// Intl's format() is the cost (bounded: cleared when full, they are cheap to make again).
const dayHeadings = new Map<string, string>();
const timeLabels = new Map<string, string>();
const MAX_TIME_LABELS = 20_000;

/** 'Thursday, December 3' for a YYYY-MM-DD calendar date (no zone: it is a date already). */
export function formatDayHeading(date: string, locale: string = PAGE_LOCALE): string {
  const key = `${locale}|${date}`;
  let heading = dayHeadings.get(key);
  if (heading === undefined) {
    const [year, month, day] = date.split('-').map(Number);
    const noon = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12);
    heading = formatter('UTC', 'day', locale).format(noon);
    if (dayHeadings.size >= MAX_TIME_LABELS) dayHeadings.clear();
    dayHeadings.set(key, heading);
  }
  return heading;
}

/** '9:00 – 9:30 AM' */
export function formatTimeRange(start: string, end: string, zone: string, locale: string = PAGE_LOCALE): string {
  return formatter(zone, 'time', locale).formatRange(Date.parse(start), Date.parse(end));
}

/** '9:00 AM' */
export function formatTime(instant: string, zone: string, locale: string = PAGE_LOCALE): string {
  const key = `${locale}|${zone}|${instant}`;
  let label = timeLabels.get(key);
  if (label === undefined) {
    label = formatter(zone, 'time', locale).format(Date.parse(instant));
    if (timeLabels.size >= MAX_TIME_LABELS) timeLabels.clear();
    timeLabels.set(key, label);
  }
  return label;
}

/** 'Thursday, December 3, 2026, 9:00 – 9:30 AM' */
export function formatWhen(start: string, end: string, zone: string, locale: string = PAGE_LOCALE): string {
  const date = formatter(zone, 'date', locale).format(Date.parse(start));
  return `${date}, ${formatTimeRange(start, end, zone, locale)}`;
}

/** Zone names for a <select>: what Intl knows, plus the ones this page must offer. */
export function listTimeZones(mustInclude: readonly string[]): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  for (const zone of mustInclude) if (isKnownTimeZone(zone)) zones.add(zone);
  return [...zones].sort();
}
