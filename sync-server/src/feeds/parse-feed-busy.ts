// Runs on the server. The busy intervals of an iCalendar feed within a window, with ical.js:
// recurring events expanded (RRULE, RDATE, EXDATE), moved or edited instances taken from their
// RECURRENCE-ID overrides, times with a TZID converted by the feed's own VTIMEZONE definitions
// (ical.js resolves a TZID from the calendar's components, so Outlook's Windows zone names work),
// canceled and transparent events left out. Times with no zone of their own (floating times, a
// TZID the feed names but does not define, all-day dates) are read in `zone` (the host's): an
// all-day event blocks the host's whole local days, from midnight to midnight.
import ICAL from 'ical.js';
import { zonedWallTimeToUtc } from './zoned-wall-time-to-utc.ts';

type Time = InstanceType<typeof ICAL.Time>;
type IcalEvent = InstanceType<typeof ICAL.Event>;
type Component = InstanceType<typeof ICAL.Component>;

export interface FeedBusyOptions {
  /** The host's IANA zone. */
  zone: string;
  /** The window, ms since the epoch: only what overlaps it is kept, clipped to it. */
  from: number;
  to: number;
  /** At most this many busy intervals; further ones are dropped (`truncated`). */
  maxIntervals: number;
  /** At most this many recurrence steps per event (a minutely rule from 1970 is not walked to now). */
  maxStepsPerEvent?: number;
}

export interface FeedBusy {
  /** ms since the epoch, half-open, sorted by start. */
  intervals: { start: number; end: number }[];
  truncated: boolean;
}

export class MalformedFeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedFeedError';
  }
}

const DAY_MS = 86_400_000;
/** A moved instance may land up to this far from its original time and still be seen. */
const MOVE_MARGIN_MS = 31 * DAY_MS;

function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A feed time as a UTC instant: by its own zone when it has one, else as a wall clock in `zone`. */
function instantOf(time: Time, tzidParam: string | null, zone: string): number {
  const own = time.zone;
  const floating = time.isDate || own === undefined || own === null || own.tzid === 'floating' || own === ICAL.Timezone.localTimezone;
  if (!floating) return time.toUnixTime() * 1000;
  const wallZone = !time.isDate && tzidParam !== null && isValidZone(tzidParam) ? tzidParam : zone;
  return zonedWallTimeToUtc({ year: time.year, month: time.month, day: time.day, hour: time.isDate ? 0 : time.hour, minute: time.isDate ? 0 : time.minute, second: time.isDate ? 0 : time.second }, wallZone);
}

function isBusy(event: IcalEvent): boolean {
  const status = String(event.component.getFirstPropertyValue('status') ?? '').toUpperCase();
  const transp = String(event.component.getFirstPropertyValue('transp') ?? '').toUpperCase();
  return status !== 'CANCELLED' && transp !== 'TRANSPARENT';
}

function tzidOf(event: IcalEvent, property: 'dtstart' | 'dtend'): string | null {
  const tzid = event.component.getFirstProperty(property)?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : null;
}

export function parseFeedBusy(text: string, options: FeedBusyOptions): FeedBusy {
  let root: Component;
  try {
    const parsed = ICAL.parse(text);
    root = new ICAL.Component((Array.isArray(parsed[0]) ? parsed[0] : parsed) as unknown[]);
  } catch (error) {
    throw new MalformedFeedError(`not an iCalendar feed: ${(error as Error).message}`);
  }
  if (root.name !== 'vcalendar') throw new MalformedFeedError(`not an iCalendar feed: it starts with ${root.name.toUpperCase()}, not VCALENDAR`);

  const masters = new Map<string, IcalEvent>();
  const overrides: IcalEvent[] = [];
  for (const component of root.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    if (!event.startDate) continue; // an event without a start blocks nothing
    if (event.isRecurrenceException()) overrides.push(event);
    else masters.set(event.uid, event);
  }
  const orphans: IcalEvent[] = [];
  for (const override of overrides) {
    const master = masters.get(override.uid);
    if (master) master.relateException(override);
    else orphans.push(override);
  }

  const intervals: { start: number; end: number }[] = [];
  let truncated = false;
  const add = (item: IcalEvent, start: Time, end: Time | null): void => {
    if (!isBusy(item)) return;
    const from = instantOf(start, tzidOf(item, 'dtstart'), options.zone);
    let to = end ? instantOf(end, tzidOf(item, 'dtend') ?? tzidOf(item, 'dtstart'), options.zone) : from;
    // An all-day event with no end is one day long (RFC 5545, 3.6.1).
    if (start.isDate && to <= from) {
      const next = new Date(Date.UTC(start.year, start.month - 1, start.day + 1));
      to = zonedWallTimeToUtc({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: 0, minute: 0, second: 0 }, options.zone);
    }
    if (to <= options.from || from >= options.to || to <= from) return;
    if (intervals.length >= options.maxIntervals) {
      truncated = true;
      return;
    }
    intervals.push({ start: Math.max(from, options.from), end: Math.min(to, options.to) });
  };

  const maxSteps = options.maxStepsPerEvent ?? 100_000;
  for (const event of [...masters.values(), ...orphans]) {
    if (!event.isRecurring()) {
      add(event, event.startDate, event.endDate);
      continue;
    }
    const iterator = event.iterator();
    for (let step = 0, next = iterator.next(); next && step < maxSteps; step += 1, next = iterator.next()) {
      if (next.toUnixTime() * 1000 > options.to + MOVE_MARGIN_MS) break;
      const details = event.getOccurrenceDetails(next);
      add(details.item, details.startDate, details.endDate);
      if (truncated) break;
    }
  }
  intervals.sort((a, b) => a.start - b.start || a.end - b.end);
  return { intervals, truncated };
}
