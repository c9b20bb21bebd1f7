// Runs in tests. Meeting limits in the slot rule: a full day offers nothing, a full week nothing
// on any of its days, counted in the host's zone from Monday; the check answers limit_reached
// exactly where the list offers nothing; the ranges the store counts over are the host's local
// day and week, across a daylight-saving change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBookableStart } from './check-bookable-start.ts';
import { countPerLocalDay } from './count-per-local-day.ts';
import { listOpenSlots } from './list-open-slots.ts';
import { meetingLimitRanges } from './meeting-limit-ranges.ts';
import { makeQuery, makeRules, starts } from './testing/slot-fixtures.ts';
import type { MeetingLimits } from './types.ts';

const rules = makeRules({ timezone: 'Europe/Berlin' });
const limits = (over: Partial<MeetingLimits>): MeetingLimits => ({ timezone: 'Europe/Berlin', maxPerDay: null, maxPerWeek: null, bookedPerDay: {}, ...over });
const datesWithSlots = (l: MeetingLimits | undefined, from = '2026-03-02', to = '2026-03-15') => listOpenSlots(makeQuery(rules, from, to, { limits: l }))
  .days.filter((day) => day.slots.length > 0).map((day) => day.date);

describe('meeting limits in the slot rule', () => {
  it('offers no slot on a day that holds its maximum, and slots on the others', () => {
    expect(datesWithSlots(limits({ maxPerDay: 2, bookedPerDay: { '2026-03-03': 2, '2026-03-04': 1 } }), '2026-03-02', '2026-03-05'))
      .toEqual(['2026-03-02', '2026-03-04', '2026-03-05']);
  });

  it('offers nothing in a week (Monday to Sunday) that holds its maximum, and opens again on Monday', () => {
    const l = limits({ maxPerWeek: 3, bookedPerDay: { '2026-03-02': 1, '2026-03-08': 2 } });
    const dates = datesWithSlots(l);
    expect(dates.filter((d) => d <= '2026-03-08')).toEqual([]);
    expect(dates[0]).toBe('2026-03-09');
    // A booking of the Sunday before does not count in the week after.
    expect(datesWithSlots(limits({ maxPerWeek: 1, bookedPerDay: { '2026-03-01': 1 } }), '2026-03-02', '2026-03-02')).toEqual(['2026-03-02']);
  });

  it('has no effect without maximums, and the check agrees with the list on every candidate', () => {
    expect(datesWithSlots(limits({ bookedPerDay: { '2026-03-03': 50 } }))).toEqual(datesWithSlots(undefined));
    const l = limits({ maxPerDay: 1, maxPerWeek: 4, bookedPerDay: { '2026-03-03': 1, '2026-03-10': 1, '2026-03-11': 1, '2026-03-12': 1 } });
    const offered = new Set(starts(listOpenSlots(makeQuery(rules, '2026-03-02', '2026-03-15', { limits: l }))));
    const all = starts(listOpenSlots(makeQuery(rules, '2026-03-02', '2026-03-15')));
    for (const start of all) {
      const check = checkBookableStart({ rules, busy: [], start, now: '2020-01-01T00:00:00.000Z', limits: l });
      expect(check.ok ? 'ok' : check.reason).toBe(offered.has(start) ? 'ok' : 'limit_reached');
    }
    expect(offered.size).toBeGreaterThan(0);
    expect(offered.size).toBeLessThan(all.length);
  });

  it('counts days in the host zone, not in the invitee zone nor UTC', () => {
    // 00:30 Berlin on Wednesday is still Tuesday in UTC and in New York.
    const wednesdayEarly = '2026-03-03T23:30:00.000Z';
    expect(countPerLocalDay([wednesdayEarly, '2026-03-03T10:00:00.000Z'], 'Europe/Berlin')).toEqual({ '2026-03-04': 1, '2026-03-03': 1 });
    const everyHour = makeRules({ timezone: 'Europe/Berlin', weekly: makeRules().availability.weekly });
    const l = limits({ maxPerDay: 1, bookedPerDay: { '2026-03-04': 1 } });
    const check = checkBookableStart({ rules: { ...everyHour, availability: { ...everyHour.availability, timezone: 'UTC' } }, busy: [], start: '2026-03-04T09:00:00.000Z', now: '2020-01-01T00:00:00.000Z', limits: l });
    expect(check).toEqual({ ok: false, reason: 'limit_reached' });
    const tuesday = listOpenSlots(makeQuery(rules, '2026-03-03', '2026-03-03', { timezone: 'America/New_York', limits: l }));
    // New York's Tuesday evening is Berlin's Wednesday: those are gone, the rest of Tuesday stays.
    expect(starts(tuesday).every((s) => s < '2026-03-03T23:00:00.000Z')).toBe(true);
    expect(starts(tuesday).length).toBeGreaterThan(0);
  });

  it('gives the store the local day and the Monday week as UTC ranges, across a clock change', () => {
    // Sunday 29 March 2026: Berlin moves from +01:00 to +02:00.
    expect(meetingLimitRanges('2026-03-29T10:00:00.000Z', { timezone: 'Europe/Berlin', maxPerDay: 2, maxPerWeek: 5 })).toEqual([
      { start: '2026-03-28T23:00:00.000Z', end: '2026-03-29T22:00:00.000Z', max: 2 },
      { start: '2026-03-22T23:00:00.000Z', end: '2026-03-29T22:00:00.000Z', max: 5 },
    ]);
    expect(meetingLimitRanges('2026-03-30T07:00:00.000Z', { timezone: 'Europe/Berlin', maxPerDay: null, maxPerWeek: 5 })).toEqual([
      { start: '2026-03-29T22:00:00.000Z', end: '2026-04-05T22:00:00.000Z', max: 5 },
    ]);
    expect(meetingLimitRanges('2026-03-30T07:00:00.000Z', { timezone: 'Europe/Berlin', maxPerDay: null, maxPerWeek: null })).toEqual([]);
  });

  it('a start is refused by the limits exactly when its ranges hold the maximum of bookings (property)', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham'];
    fc.assert(fc.property(
      fc.constantFrom(...zones), fc.integer({ min: 0, max: 60 * 24 * 40 }), fc.array(fc.integer({ min: 0, max: 60 * 24 * 40 }), { maxLength: 12 }),
      fc.option(fc.integer({ min: 1, max: 4 })), fc.option(fc.integer({ min: 1, max: 8 })),
      (zone, startMinute, bookedMinutes, maxPerDay, maxPerWeek) => {
        const base = Date.parse('2026-03-01T00:00:00Z');
        const iso = (m: number) => new Date(base + m * 60_000).toISOString();
        const booked = bookedMinutes.map(iso);
        const allDay = makeRules({ timezone: zone, weekly: { mon: [{ start: '00:00', end: '24:00' }], tue: [{ start: '00:00', end: '24:00' }], wed: [{ start: '00:00', end: '24:00' }], thu: [{ start: '00:00', end: '24:00' }], fri: [{ start: '00:00', end: '24:00' }], sat: [{ start: '00:00', end: '24:00' }], sun: [{ start: '00:00', end: '24:00' }] }, slotStepMinutes: 5, durationMinutes: 5 });
        const l = limits({ timezone: zone, maxPerDay, maxPerWeek, bookedPerDay: countPerLocalDay(booked, zone) });
        const onGrid = iso(startMinute - (startMinute % 5));
        const check = checkBookableStart({ rules: allDay, busy: [], start: onGrid, now: '2020-01-01T00:00:00.000Z', limits: l });
        if (!check.ok && check.reason !== 'limit_reached') return; // off the grid in a zone with odd offsets
        const ranges = meetingLimitRanges(onGrid, { timezone: zone, maxPerDay, maxPerWeek });
        const full = ranges.some((r) => booked.filter((b) => b >= r.start && b < r.end).length >= r.max);
        expect(check.ok).toBe(!full);
      },
    ), { numRuns: 300 });
  });
});
