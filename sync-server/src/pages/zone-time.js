// Runs in the browser (module of the booking and manage pages). Dates and times in a chosen time
// zone with Intl, as the server formats them; calendar dates travel as 'YYYY-MM-DD' strings.
// @ts-check
/* global Option */

const DAY_MS = 86_400_000;

/** @type {Map<string, Intl.DateTimeFormat>} */
const formatters = new Map();

/** Formatters are costly to build; the pages ask for the same few over and over. @param {string | undefined} locale @param {Intl.DateTimeFormatOptions} options */
export function formatter(locale, options) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

/** @param {number} year @param {number} month 1-12 @param {number} day */
export function keyOf(year, month, day) {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** @param {string} key */
export function partsOf(key) {
  const [year = 1970, month = 1, day = 1] = key.split('-').map(Number);
  return { year, month, day };
}

/** @param {string} key */
export function noonOf(key) {
  const { year, month, day } = partsOf(key);
  return Date.UTC(year, month - 1, day, 12);
}

/** @param {string} key @param {number} days */
export function addDays(key, days) {
  const date = new Date(noonOf(key) + days * DAY_MS);
  return keyOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The same day of another month, clamped to its length. @param {string} key @param {number} months */
export function addMonths(key, months) {
  const { year, month, day } = partsOf(key);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const y = target.getUTCFullYear();
  const m = target.getUTCMonth() + 1;
  return keyOf(y, m, Math.min(day, daysInMonth(y, m)));
}

/** @param {number} year @param {number} month */
export function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 1 = Monday … 7 = Sunday. @param {string} key */
export function isoWeekday(key) {
  return ((new Date(noonOf(key)).getUTCDay() + 6) % 7) + 1;
}

/** The calendar date of an instant in a zone. @param {number} ms @param {string} zone */
export function dateIn(ms, zone) {
  const parts = formatter('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(ms);
  /** @param {string} type */
  const part = (type) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * How the page shows dates and times: its language and the invitee's 12 h / 24 h choice. Set by
 * the booking page's script; unset (the manage page) = the browser's own defaults.
 * @type {{ locale: string | undefined, hourCycle: 'h12' | 'h23' | undefined }}
 */
const display = { locale: undefined, hourCycle: undefined };

/** @param {{ locale?: string, hourCycle?: 'h12' | 'h23' }} settings */
export function setDisplay(settings) {
  Object.assign(display, settings);
}

/** The page's language for Intl (undefined: the browser's). */
export const pageLocale = () => display.locale;

/** 'h12' or 'h23': the invitee's choice, else what the page's language uses. */
export function hourCycleOf() {
  if (display.hourCycle) return display.hourCycle;
  const cycle = formatter(display.locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h12' || cycle === 'h11' ? 'h12' : 'h23';
}

/** Hour options: 24 h clocks read '09:00', 12 h ones '9:00 AM'. @param {string} zone @returns {Intl.DateTimeFormatOptions} */
function clockOptions(zone) {
  const hourCycle = hourCycleOf();
  return { timeZone: zone, hour: hourCycle === 'h23' ? '2-digit' : 'numeric', minute: '2-digit', hourCycle };
}

/** 'Thursday, December 3' @param {string} key */
export const longDay = (key) => formatter(display.locale, { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric' }).format(noonOf(key));

/** 'December 2026' @param {number} year @param {number} month */
export const monthName = (year, month) => formatter(display.locale, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(Date.UTC(year, month - 1, 15));

/** '9:00 AM' or '09:00' @param {string} iso @param {string} zone */
export const timeText = (iso, zone) => formatter(display.locale, clockOptions(zone)).format(Date.parse(iso));

/** 'Thursday, December 3, 2026, 9:00 – 9:30 AM' @param {string} start @param {string} end @param {string} zone */
export function whenText(start, end, zone) {
  const date = formatter(display.locale, { timeZone: zone, weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }).format(Date.parse(start));
  const range = formatter(display.locale, clockOptions(zone)).formatRange(Date.parse(start), Date.parse(end));
  return `${date}, ${range}`;
}

/** @param {string} zone */
export const zoneLabel = (zone) => zone.replace(/_/g, ' ');

/** @param {string} zone */
export function isZone(zone) {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The browser's zone, or the fallback when it has none Intl accepts. @param {string} fallback */
export function detectZone(fallback) {
  const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isZone(zone) ? zone : fallback;
}

/** Every zone the browser knows (and those the server offered), with `zone` selected. @param {HTMLSelectElement} select @param {string} zone */
export function fillZones(select, zone) {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  for (const option of select.options) zones.add(option.value);
  zones.add(zone);
  select.replaceChildren(...[...zones].sort().map((name) => new Option(zoneLabel(name), name)));
  select.value = zone;
}
