// Runs in tests (pure, shared by the slot engine's test files). Builders for rules and queries.
import type { Availability } from '../../schemas/index.ts';
import type { BusyInterval, SlotQuery, SlotRules } from '../types.ts';

export type Interval = { start: string; end: string };
export type WeekdayName = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export const NO_WEEK: Availability['weekly'] = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

/** The same intervals on every day of the week. */
export function everyDay(...intervals: Interval[]): Availability['weekly'] {
  return { mon: intervals, tue: intervals, wed: intervals, thu: intervals, fri: intervals, sat: intervals, sun: intervals };
}

export function makeRules(overrides: Partial<Omit<SlotRules, 'availability'>> & { timezone?: string; weekly?: Availability['weekly']; dateOverrides?: Availability['overrides'] } = {}): SlotRules {
  const { timezone = 'UTC', weekly = everyDay({ start: '09:00', end: '17:00' }), dateOverrides = [], ...rest } = overrides;
  return {
    durationMinutes: 30,
    slotStepMinutes: 30,
    minNoticeMinutes: 0,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    horizonDays: 3650,
    ...rest,
    availability: { timezone, weekly, overrides: dateOverrides },
  };
}

export function makeQuery(rules: SlotRules, from: string, to = from, extra: Partial<SlotQuery> = {}): SlotQuery {
  return { rules, busy: [] as BusyInterval[], from, to, timezone: rules.availability.timezone, now: '2020-01-01T00:00:00.000Z', ...extra };
}

/** Every offered start, in order, across all days. */
export function starts(result: { days: { slots: { start: string }[] }[] }): string[] {
  return result.days.flatMap((day) => day.slots.map((slot) => slot.start));
}
