// Runs in tests. Property-based tests of the slot engine (fast-check): random hosts, zones,
// availability, bookings and clocks, with `now` mostly placed just before one of the host zone's
// offset changes (found with Intl). The oracle in testing/wall-clock.ts reads clocks with Intl
// one instant at a time, independent of the engine's dayjs probes and zone timelines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBookableStart } from './check-bookable-start.ts';
import { listOpenSlots } from './list-open-slots.ts';
import type { BusyInterval, SlotRules } from './types.ts';
import type { Interval, WeekdayName } from './testing/slot-fixtures.ts';
import { starts } from './testing/slot-fixtures.ts';
import { firstInstantShowing, localMsOf, wallClock } from './testing/wall-clock.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
const sameEveryDay = (...day: Interval[]) => ({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day });
const WEEKDAY_BY_UTC_DAY: WeekdayName[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const ZONES = [
  'America/New_York', 'Europe/Berlin', 'Pacific/Honolulu', 'Pacific/Kiritimati', 'Asia/Kolkata', 'Asia/Kathmandu',
  'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns', 'America/Santiago', 'Europe/London', 'Africa/Casablanca', 'UTC',
];
const YEAR_START = Date.parse('2026-01-01T00:00:00Z');

/** Instants (to the hour) in 2026 at which `zone` changes offset, found with Intl day by day. */
function offsetChanges2026(zone: string): number[] {
  const offsetAt = (instant: number) => wallClock(instant, zone).localMs - instant;
  const changes: number[] = [];
  for (let day = YEAR_START; day < YEAR_START + 365 * DAY; day += DAY) {
    if (offsetAt(day) === offsetAt(day + DAY)) continue;
    let hour = day;
    while (offsetAt(hour + 3_600_000) === offsetAt(day)) hour += 3_600_000;
    changes.push(hour + 3_600_000);
  }
  return changes;
}
const CHANGES = new Map(ZONES.map((zone) => [zone, offsetChanges2026(zone)]));
const DST_ZONES = ZONES.filter((zone) => (CHANGES.get(zone) ?? []).length > 0);

const dateOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const clock = (minutes: number): string => (minutes === 1440 ? '24:00' : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);
const clockMinutes = (value: string): number => (value === '24:00' ? 1440 : Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5)));

const span = (first: number, last: number, maxLength: number): fc.Arbitrary<Interval> => fc
  .tuple(fc.integer({ min: first, max: last }), fc.integer({ min: 1, max: maxLength }))
  .map(([start, length]) => ({ start: clock(start * 5), end: clock(Math.min(288, start + length) * 5) }));
// Random intervals, plus ones around midnight and the small hours, where clocks change.
const intervalArb: fc.Arbitrary<Interval> = fc.oneof(
  { arbitrary: span(0, 287, 288), weight: 3 },
  { arbitrary: span(0, 60, 60), weight: 2 },
  { arbitrary: span(252, 287, 36), weight: 1 },
  { arbitrary: fc.constant({ start: '00:00', end: '24:00' }), weight: 1 },
);
const dayArb = fc.array(intervalArb, { maxLength: 2 });

interface Scenario {
  rules: SlotRules;
  busy: BusyInterval[];
  now: number;
  inviteeZones: [string, string];
  blockedDates: string[];
}

const sameEveryDayArb = fc.array(intervalArb, { minLength: 1, maxLength: 2 }).map((day) => sameEveryDay(...day));

/**
 * Random scenarios. `changeDays` narrows them to the days around a host zone's offset change,
 * with the same hours every day and no notice, so that gaps and repeated hours are always in play.
 */
const scenarioArbitrary = (changeDays: boolean): fc.Arbitrary<Scenario> => fc
  .record({
    hostZone: fc.constantFrom(...(changeDays ? DST_ZONES : ZONES)),
    inviteeZones: fc.tuple(fc.constantFrom(...ZONES), fc.constantFrom(...ZONES)),
    nearChange: changeDays ? fc.constant(true) : fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.constant(false), weight: 1 }),
    pick: fc.nat(),
    nowOffset: fc.integer({ min: 0, max: 2 * DAY - 1 }),
    weekly: changeDays ? sameEveryDayArb : fc.oneof(
      fc.record({ mon: dayArb, tue: dayArb, wed: dayArb, thu: dayArb, fri: dayArb, sat: dayArb, sun: dayArb }),
      sameEveryDayArb,
    ),
    overrides: fc.array(fc.record({ day: fc.integer({ min: -2, max: 10 }), intervals: dayArb }), { maxLength: 3 }),
    blocked: fc.array(fc.integer({ min: -2, max: 10 }), { maxLength: 2 }),
    durationMinutes: fc.oneof(fc.integer({ min: 5, max: 60 }), fc.integer({ min: 5, max: 240 })),
    slotStepMinutes: fc.constantFrom(5, 10, 15, 20, 30, 45, 60, 90),
    minNoticeMinutes: changeDays ? fc.constant(0) : fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2880 })),
    bufferBeforeMinutes: fc.integer({ min: 0, max: 60 }),
    bufferAfterMinutes: fc.integer({ min: 0, max: 60 }),
    horizonDays: fc.integer({ min: changeDays ? 2 : 1, max: 7 }),
    busy: fc.array(fc.record({ at: fc.integer({ min: -1440, max: 10 * 1440 }), length: fc.integer({ min: 1, max: 300 }) }), { maxLength: changeDays ? 3 : 8 }),
  })
  .map((input) => {
    // Mostly within two days before one of the host zone's offset changes; otherwise any day of 2026.
    const changes = CHANGES.get(input.hostZone) ?? [];
    const change = changes[input.pick % Math.max(1, changes.length)];
    const now = input.nearChange && change !== undefined
      ? change - input.nowOffset
      : YEAR_START + (input.pick % 360) * DAY + input.nowOffset;
    const today = Date.parse(`${dateOf(now)}T00:00:00Z`);
    const blockedDates = input.blocked.map((day) => dateOf(today + day * DAY));
    const rules: SlotRules = {
      durationMinutes: input.durationMinutes,
      slotStepMinutes: input.slotStepMinutes,
      minNoticeMinutes: input.minNoticeMinutes,
      bufferBeforeMinutes: input.bufferBeforeMinutes,
      bufferAfterMinutes: input.bufferAfterMinutes,
      horizonDays: input.horizonDays,
      availability: {
        timezone: input.hostZone,
        weekly: input.weekly,
        // Blocking overrides come last, so they win over a random one for the same date.
        overrides: [
          ...input.overrides.map((override) => ({ date: dateOf(today + override.day * DAY), intervals: override.intervals })),
          ...blockedDates.map((date) => ({ date, intervals: [] })),
        ],
      },
    };
    const minute = Math.floor(now / MINUTE) * MINUTE;
    const busy = input.busy.map(({ at, length }) => ({
      start: new Date(minute + at * MINUTE).toISOString(),
      end: new Date(minute + (at + length) * MINUTE).toISOString(),
    }));
    return { rules, busy, now, inviteeZones: input.inviteeZones, blockedDates };
  });
const scenarioArb = scenarioArbitrary(false);
const changeDayScenarioArb = scenarioArbitrary(true);

/** A query wide enough to hold every open slot (all lie within now .. now + horizon). */
function listAll(scenario: Scenario, timezone: string) {
  const from = dateOf(scenario.now - 2 * DAY);
  const to = dateOf(scenario.now + (scenario.rules.horizonDays + 2) * DAY);
  return listOpenSlots({ rules: scenario.rules, busy: scenario.busy, from, to, timezone, now: new Date(scenario.now) });
}

function intervalsOn(rules: SlotRules, date: string): Interval[] {
  const overrides = rules.availability.overrides.filter((override) => override.date === date);
  if (overrides.length > 0) return (overrides[overrides.length - 1] as { intervals: Interval[] }).intervals;
  return rules.availability.weekly[WEEKDAY_BY_UTC_DAY[new Date(`${date}T00:00:00Z`).getUTCDay()] as WeekdayName];
}

function overlapsBusy(scenario: Scenario, start: number): boolean {
  const { rules } = scenario;
  const from = start - rules.bufferBeforeMinutes * MINUTE;
  const until = start + (rules.durationMinutes + rules.bufferAfterMinutes) * MINUTE;
  return scenario.busy.some((busy) => Date.parse(busy.start) < until && Date.parse(busy.end) > from);
}

/** The instants at which the host's clock shows `localMs`, by brute force (at most one change within ±1 day). */
function instantsShowing(localMs: number, zone: string): number[] {
  const offsets = new Set([localMs - DAY, localMs + DAY].map((probe) => wallClock(probe, zone).localMs - probe));
  return [...offsets].map((offset) => localMs - offset).filter((instant) => wallClock(instant, zone).localMs === localMs).sort((a, b) => a - b);
}

/** The open starts by the rule as written in generate-candidates.ts, computed the slow way. */
function oracleOpenStarts(scenario: Scenario): number[] {
  const { rules, now } = scenario;
  const zone = rules.availability.timezone;
  const open = new Set<number>();
  for (let day = Date.parse(`${dateOf(now)}T00:00:00Z`) - 2 * DAY; day <= now + (rules.horizonDays + 2) * DAY; day += DAY) {
    const date = dateOf(day);
    for (const interval of intervalsOn(rules, date)) {
      const closes = firstInstantShowing(localMsOf(date, interval.end), zone);
      for (let time = clockMinutes(interval.start); time < clockMinutes(interval.end); time += rules.slotStepMinutes) {
        for (const start of instantsShowing(day + time * MINUTE, zone)) {
          const fits = start + rules.durationMinutes * MINUTE <= closes;
          const inWindow = start >= now + rules.minNoticeMinutes * MINUTE && start < now + rules.horizonDays * DAY;
          if (fits && inWindow && !overlapsBusy(scenario, start)) open.add(start);
        }
      }
    }
  }
  return [...open].sort((a, b) => a - b);
}

const RUNS = { numRuns: 60 };

describe('slot engine properties', () => {
  it('offers exactly the starts of the written rule (slow oracle)', () => {
    fc.assert(fc.property(scenarioArb, (scenario) => {
      expect(starts(listAll(scenario, scenario.inviteeZones[0])).map(Date.parse)).toEqual(oracleOpenStarts(scenario));
    }), { numRuns: 40 });
  });

  it('offers exactly the starts of the written rule on days when the host’s clocks change (slow oracle)', () => {
    fc.assert(fc.property(changeDayScenarioArb, (scenario) => {
      expect(starts(listAll(scenario, scenario.inviteeZones[0])).map(Date.parse)).toEqual(oracleOpenStarts(scenario));
    }), { numRuns: 60 });
  });

  it('on the day of a clock change, a whole-day interval gives a slot every step of real time: none twice, none missing', () => {
    const changes = DST_ZONES.flatMap((zone) => (CHANGES.get(zone) ?? []).map((change) => ({ zone, change })));
    fc.assert(fc.property(
      fc.constantFrom(...changes), fc.constantFrom(5, 10, 15, 30), fc.integer({ min: 5, max: 120 }),
      ({ zone, change }, slotStepMinutes, durationMinutes) => {
        const date = wallClock(change, zone).date;
        const rules: SlotRules = {
          durationMinutes, slotStepMinutes, minNoticeMinutes: 0, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, horizonDays: 400,
          availability: { timezone: zone, weekly: sameEveryDay({ start: '00:00', end: '24:00' }), overrides: [] },
        };
        const result = listOpenSlots({ rules, busy: [], from: date, to: date, timezone: zone, now: '2025-12-01T00:00:00Z' });
        const opens = firstInstantShowing(localMsOf(date, '00:00'), zone);
        const closes = firstInstantShowing(localMsOf(date, '24:00'), zone);
        const expected: string[] = [];
        for (let start = opens; start + durationMinutes * MINUTE <= closes; start += slotStepMinutes * MINUTE) expected.push(new Date(start).toISOString());
        expect(starts(result)).toEqual(expected);
      },
    ), { numRuns: 60 });
  });

  it('never offers a slot whose buffered interval overlaps a busy interval', () => {
    fc.assert(fc.property(scenarioArb, (scenario) => {
      for (const start of starts(listAll(scenario, scenario.inviteeZones[0]))) expect(overlapsBusy(scenario, Date.parse(start))).toBe(false);
    }), RUNS);
  });

  it('places every slot inside an interval of its host-local date, on the grid', () => {
    fc.assert(fc.property(scenarioArb, (scenario) => {
      const { rules } = scenario;
      const zone = rules.availability.timezone;
      const closesMemo = new Map<string, number>();
      const closes = (date: string, end: string): number => {
        const key = `${date} ${end}`;
        if (!closesMemo.has(key)) closesMemo.set(key, firstInstantShowing(localMsOf(date, end), zone));
        return closesMemo.get(key) as number;
      };
      for (const slot of listAll(scenario, scenario.inviteeZones[0]).days.flatMap((day) => day.slots)) {
        const start = wallClock(slot.start, zone);
        const fitting = intervalsOn(rules, start.date).filter((interval) => {
          const offset = start.minutes - clockMinutes(interval.start);
          return offset >= 0 && start.minutes < clockMinutes(interval.end) && offset % rules.slotStepMinutes === 0 &&
            Date.parse(slot.end) <= closes(start.date, interval.end);
        });
        expect(fitting.length, `${slot.start} (${start.date} ${start.time} in ${zone})`).toBeGreaterThan(0);
        expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(rules.durationMinutes * MINUTE);
      }
    }), RUNS);
  });

  it('offers nothing before now + notice or at/after now + horizon', () => {
    fc.assert(fc.property(scenarioArb, (scenario) => {
      const { rules, now } = scenario;
      for (const start of starts(listAll(scenario, scenario.inviteeZones[0])).map(Date.parse)) {
        expect(start).toBeGreaterThanOrEqual(now + rules.minNoticeMinutes * MINUTE);
        expect(start).toBeLessThan(now + rules.horizonDays * DAY);
      }
    }), RUNS);
  });

  it('offers nothing on a date blocked by an empty override', () => {
    fc.assert(fc.property(scenarioArb, (scenario) => {
      const zone = scenario.rules.availability.timezone;
      for (const start of starts(listAll(scenario, scenario.inviteeZones[0]))) {
        expect(scenario.blockedDates).not.toContain(wallClock(start, zone).date);
      }
    }), RUNS);
  });

  it('offers the same instants in every invitee zone; only the grouping by date differs', () => {
    fc.assert(fc.property(scenarioArb, (scenario) => {
      const [first, second] = scenario.inviteeZones.map((zone) => listAll(scenario, zone));
      expect(starts(second!)).toEqual(starts(first!));
      for (const [index, zone] of scenario.inviteeZones.entries()) {
        const result = index === 0 ? first! : second!;
        expect(result.timezone).toBe(zone);
        const dates = result.days.map((day) => day.date);
        expect(dates).toEqual(dates.map((_, offset) => dateOf(Date.parse(`${dates[0]}T00:00:00Z`) + offset * DAY)));
        for (const day of result.days) {
          const list = day.slots.map((slot) => Date.parse(slot.start));
          expect(list).toEqual([...list].sort((a, b) => a - b));
          for (const slot of day.slots) expect(wallClock(slot.start, zone).date).toBe(day.date);
        }
      }
    }), RUNS);
  });

  it('checkBookableStart accepts exactly the offered starts', () => {
    fc.assert(fc.property(scenarioArb, fc.integer({ min: 0, max: 1_000_000 }), (scenario, salt) => {
      const { rules, now, busy } = scenario;
      const offered = listAll(scenario, scenario.inviteeZones[0]).days.flatMap((day) => day.slots);
      const offeredEnds = new Map(offered.map((slot) => [Date.parse(slot.start), slot.end]));
      const probes = new Set<number>();
      for (const slot of offered.filter((_, index) => (index + salt) % Math.max(1, Math.floor(offered.length / 25)) === 0)) {
        const start = Date.parse(slot.start);
        for (const delta of [0, 1, 5, rules.slotStepMinutes / 2, rules.slotStepMinutes, -rules.slotStepMinutes, 60, -60]) probes.add(start + Math.round(delta * MINUTE));
      }
      for (const interval of busy) probes.add(Date.parse(interval.start)).add(Date.parse(interval.end));
      const minute = Math.floor(now / MINUTE) * MINUTE;
      for (let index = 0; index < 25; index += 1) probes.add(minute + (((salt * 7919 + index * 104_729) % (10 * 1440)) - 1440) * MINUTE);
      for (const start of probes) {
        const answer = checkBookableStart({ rules, busy, start: new Date(start).toISOString(), now: new Date(now) });
        const end = offeredEnds.get(start);
        if (end === undefined) expect(answer.ok, new Date(start).toISOString()).toBe(false);
        else expect(answer).toEqual({ ok: true, end });
        if (!answer.ok && answer.reason === 'too_soon') expect(start).toBeLessThan(now + rules.minNoticeMinutes * MINUTE);
        if (!answer.ok && answer.reason === 'beyond_horizon') expect(start).toBeGreaterThanOrEqual(now + rules.horizonDays * DAY);
        if (!answer.ok && answer.reason === 'conflict') expect(overlapsBusy(scenario, start)).toBe(true);
      }
    }), RUNS);
  });
});
