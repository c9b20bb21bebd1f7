// renderer: how dates and times read on screen, always in the host's time zone (not the
// machine's): a host travelling with a laptop still sees their business hours. A zone that is
// not valid (a setting being edited) falls back to UTC rather than breaking a whole screen.
import { createTimeZoneCheck } from '../../../core/validation/index.ts';
import { dayjs } from './dayjs.ts';

// Screens format dates by the hundred in the host's zone (a list of links renders rows as it
// scrolls); asking Intl each time whether the zone exists cost as much as the formatting. The
// answer is kept (positive only, a few zones at most).
const isKnownZone = createTimeZoneCheck(50);

/** `timezone` when it is a real IANA zone, otherwise 'UTC'. */
export function usableZone(timezone: string): string {
  return isKnownZone(timezone) ? timezone : 'UTC';
}

// The same screens format many instants: one Intl formatter per zone, made once (dayjs's tz()
// makes a new one on each call, about half a millisecond). Bounded like the zone check.
const zonedFormatters = new Map<string, Intl.DateTimeFormat>();

type DateParts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

/** The weekday, month, day, year, hour and minute of `instant` in `zone` (a usable one), in English. */
function zonedParts(instant: Date, zone: string): DateParts {
  let formatter = zonedFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    if (zonedFormatters.size < 50) zonedFormatters.set(zone, formatter);
  }
  const parts: DateParts = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = part.value;
  return parts;
}

/** "Tue, Mar 3, 2026" */
export function formatDate(iso: string, timezone: string): string {
  const at = dayjs(iso).toDate(); // parsed as before (dayjs's rules), formatted by the kept formatter
  if (Number.isNaN(at.getTime())) return 'Invalid Date';
  const { weekday, month, day, year } = zonedParts(at, usableZone(timezone));
  return `${weekday}, ${month} ${day}, ${year}`;
}

/** "Tue, Mar 3, 10:00" (the year only when it is not the current one in `timezone`). */
export function formatDateTime(iso: string, timezone: string, now: Date = new Date()): string {
  const at = dayjs(iso).toDate();
  if (Number.isNaN(at.getTime())) return 'Invalid Date';
  const zone = usableZone(timezone);
  const { weekday, month, day, year, hour, minute } = zonedParts(at, zone);
  const sameYear = year === zonedParts(now, zone).year;
  return sameYear ? `${weekday}, ${month} ${day}, ${hour}:${minute}` : `${weekday}, ${month} ${day}, ${year}, ${hour}:${minute}`;
}

/** A calendar date ('2026-03-10') as "Tue, Mar 10, 2026"; it has no zone, so none is applied. */
export function formatCalendarDate(date: string): string {
  return dayjs.utc(date).format('ddd, MMM D, YYYY');
}

/** Today's date in `timezone`, as 'YYYY-MM-DD'. */
export function todayIn(timezone: string, now: Date = new Date()): string {
  return dayjs(now).tz(usableZone(timezone)).format('YYYY-MM-DD');
}

/** The UTC instant a calendar day ends in `timezone` (the next day's midnight), as ISO-8601. */
export function endOfDayInstant(date: string, timezone: string): string {
  // Calendar arithmetic in UTC, then one conversion: adding a day to a zoned time trips over DST.
  const nextDay = dayjs.utc(date).add(1, 'day').format('YYYY-MM-DD');
  return dayjs.tz(nextDay, usableZone(timezone)).toDate().toISOString();
}

/** The calendar day (in `timezone`) that `instant` falls in, as 'YYYY-MM-DD'. */
export function calendarDateOf(instant: string, timezone: string): string {
  return dayjs(instant).tz(usableZone(timezone)).format('YYYY-MM-DD');
}
