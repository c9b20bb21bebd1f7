// renderer: how dates and times read on screen, always in the host's time zone (not the
// machine's): a host travelling with a laptop still sees their business hours. A zone that is
// not valid (a setting being edited) falls back to UTC rather than breaking a whole screen.
import { isValidTimeZone } from '../../../core/validation/index.ts';
import { dayjs } from './dayjs.ts';

/** `timezone` when it is a real IANA zone, otherwise 'UTC'. */
export function usableZone(timezone: string): string {
  return isValidTimeZone(timezone) ? timezone : 'UTC';
}

/** "Tue, Mar 3, 2026" */
export function formatDate(iso: string, timezone: string): string {
  return dayjs(iso).tz(usableZone(timezone)).format('ddd, MMM D, YYYY');
}

/** "Tue, Mar 3, 10:00" (the year only when it is not the current one in `timezone`). */
export function formatDateTime(iso: string, timezone: string, now: Date = new Date()): string {
  const zone = usableZone(timezone);
  const at = dayjs(iso).tz(zone);
  const sameYear = at.year() === dayjs(now).tz(zone).year();
  return at.format(sameYear ? 'ddd, MMM D, HH:mm' : 'ddd, MMM D, YYYY, HH:mm');
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
