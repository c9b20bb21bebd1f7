// Runs in tests. Daylight-saving days in the host's zone (America/New_York and Europe/Berlin,
// spring and autumn) and invitees far from the host: the slots must land on the right local
// times, with no hour offered twice and none lost.
import { describe, expect, it } from 'vitest';
import { checkBookableStart } from './check-bookable-start.ts';
import { listOpenSlots } from './list-open-slots.ts';
import { everyDay, makeQuery, makeRules, NO_WEEK, starts } from './testing/slot-fixtures.ts';
import { wallClock } from './testing/wall-clock.ts';

const MINUTE = 60_000;

const TRANSITIONS = [
  { zone: 'America/New_York', kind: 'spring', date: '2026-03-08' }, // 02:00 EST -> 03:00 EDT
  { zone: 'America/New_York', kind: 'autumn', date: '2026-11-01' }, // 02:00 EDT -> 01:00 EST
  { zone: 'Europe/Berlin', kind: 'spring', date: '2026-03-29' }, // 02:00 CET -> 03:00 CEST
  { zone: 'Europe/Berlin', kind: 'autumn', date: '2026-10-25' }, // 03:00 CEST -> 02:00 CET
] as const;

function slotsOn(zone: string, date: string, interval: { start: string; end: string }, durationMinutes: number, slotStepMinutes: number, inviteeZone = zone) {
  const rules = makeRules({ timezone: zone, weekly: everyDay(interval), durationMinutes, slotStepMinutes });
  const result = listOpenSlots(makeQuery(rules, date, date, { timezone: inviteeZone }));
  return { rules, result, starts: starts(result) };
}

function localTimes(instants: string[], zone: string): string[] {
  return instants.map((instant) => wallClock(instant, zone).time);
}

function gapsInMinutes(instants: string[]): number[] {
  return instants.slice(1).map((instant, index) => (Date.parse(instant) - Date.parse(instants[index] as string)) / MINUTE);
}

describe.each(TRANSITIONS)('$zone, $kind change on $date', ({ zone, date, kind }) => {
  it('09:00–17:00 keeps its local times on the change day and the day before', () => {
    const dayBefore = new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    for (const day of [date, dayBefore]) {
      const { starts: list } = slotsOn(zone, day, { start: '09:00', end: '17:00' }, 60, 60);
      expect(localTimes(list, zone)).toEqual(['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00']);
      expect(list.every((instant) => wallClock(instant, zone).date === day)).toBe(true);
      expect(gapsInMinutes(list)).toEqual(Array(7).fill(60));
    }
  });

  it('01:00–04:00 covers each real half hour once: none in the gap, both halves of the repeated hour', () => {
    const { starts: list } = slotsOn(zone, date, { start: '01:00', end: '04:00' }, 30, 30);
    const expected = kind === 'spring'
      ? ['01:00', '01:30', '03:00', '03:30']
      : zone === 'America/New_York'
        ? ['01:00', '01:30', '01:00', '01:30', '02:00', '02:30', '03:00', '03:30']
        : ['01:00', '01:30', '02:00', '02:30', '02:00', '02:30', '03:00', '03:30'];
    expect(localTimes(list, zone)).toEqual(expected);
    // Back to back in real time: no instant twice, no half hour missing.
    expect(gapsInMinutes(list)).toEqual(Array(expected.length - 1).fill(30));
    expect(new Set(list).size).toBe(list.length);
  });

  it('a whole-day interval gives 23 or 25 hourly slots, back to back', () => {
    const { starts: list } = slotsOn(zone, date, { start: '00:00', end: '24:00' }, 60, 60);
    expect(list).toHaveLength(kind === 'spring' ? 23 : 25);
    expect(gapsInMinutes(list)).toEqual(Array(list.length - 1).fill(60));
    expect(wallClock(list[0] as string, zone)).toMatchObject({ date, time: '00:00' });
    expect(wallClock(list[list.length - 1] as string, zone)).toMatchObject({ date, time: '23:00' });
  });

  it('offers the same instants to an invitee in another zone, and checkBookableStart accepts each', () => {
    const { rules, starts: own } = slotsOn(zone, date, { start: '01:00', end: '04:00' }, 30, 30);
    const far = listOpenSlots(makeQuery(rules, '2026-01-01', '2026-12-31', { timezone: 'Asia/Tokyo' }));
    const sameDay = starts(far).filter((instant) => wallClock(instant, zone).date === date);
    expect(sameDay).toEqual(own);
    for (const start of own) {
      expect(checkBookableStart({ rules, busy: [], start, now: '2020-01-01T00:00:00Z' })).toEqual({
        ok: true, end: new Date(Date.parse(start) + 30 * MINUTE).toISOString(),
      });
    }
  });
});

describe('America/New_York edges around the changes', () => {
  it('spring: the exact instants of 01:00–04:00', () => {
    expect(slotsOn('America/New_York', '2026-03-08', { start: '01:00', end: '04:00' }, 30, 30).starts).toEqual([
      '2026-03-08T06:00:00.000Z', '2026-03-08T06:30:00.000Z', '2026-03-08T07:00:00.000Z', '2026-03-08T07:30:00.000Z',
    ]);
  });

  it('autumn: the exact instants of 01:00–04:00', () => {
    expect(slotsOn('America/New_York', '2026-11-01', { start: '01:00', end: '04:00' }, 60, 60).starts).toEqual([
      '2026-11-01T05:00:00.000Z', '2026-11-01T06:00:00.000Z', '2026-11-01T07:00:00.000Z', '2026-11-01T08:00:00.000Z',
    ]);
  });

  it('spring: an interval starting inside the gap starts when the clocks jump', () => {
    const list = slotsOn('America/New_York', '2026-03-08', { start: '02:30', end: '05:00' }, 30, 30).starts;
    expect(localTimes(list, 'America/New_York')).toEqual(['03:00', '03:30', '04:00', '04:30']);
  });

  it('spring: an interval ending inside the gap ends when the clocks jump', () => {
    const list = slotsOn('America/New_York', '2026-03-08', { start: '00:00', end: '02:30' }, 60, 30).starts;
    expect(list).toEqual(['2026-03-08T05:00:00.000Z', '2026-03-08T05:30:00.000Z', '2026-03-08T06:00:00.000Z']);
  });

  it('spring: a slot may run across the change; its length is real time', () => {
    const { result } = slotsOn('America/New_York', '2026-03-08', { start: '01:00', end: '04:00' }, 90, 30);
    expect(result.days[0]?.slots).toEqual([
      { start: '2026-03-08T06:00:00.000Z', end: '2026-03-08T07:30:00.000Z' }, // 01:00 EST - 03:30 EDT
      { start: '2026-03-08T06:30:00.000Z', end: '2026-03-08T08:00:00.000Z' }, // 01:30 EST - 04:00 EDT
    ]);
  });

  it('autumn: an interval ending at an ambiguous time ends at its first occurrence', () => {
    const list = slotsOn('America/New_York', '2026-11-01', { start: '00:00', end: '01:30' }, 30, 30).starts;
    expect(list).toEqual(['2026-11-01T04:00:00.000Z', '2026-11-01T04:30:00.000Z', '2026-11-01T05:00:00.000Z']);
  });

  it('autumn: an interval starting at an ambiguous time starts at its first occurrence; the grid stays on the wall clock', () => {
    const list = slotsOn('America/New_York', '2026-11-01', { start: '01:30', end: '03:00' }, 30, 30).starts;
    // 01:00 EST lies inside the interval's real time but is not a grid time (the grid starts at 01:30).
    expect(localTimes(list, 'America/New_York')).toEqual(['01:30', '01:30', '02:00', '02:30']);
    expect(list).toEqual(['2026-11-01T05:30:00.000Z', '2026-11-01T06:30:00.000Z', '2026-11-01T07:00:00.000Z', '2026-11-01T07:30:00.000Z']);
  });

  it('a booking in the repeated hour blocks only its own real instant', () => {
    const rules = makeRules({ timezone: 'America/New_York', weekly: everyDay({ start: '01:00', end: '02:00' }), durationMinutes: 60, slotStepMinutes: 60 });
    const busy = [{ start: '2026-11-01T06:00:00.000Z', end: '2026-11-01T07:00:00.000Z' }]; // 01:00-02:00 EST
    expect(starts(listOpenSlots(makeQuery(rules, '2026-11-01', '2026-11-01', { busy })))).toEqual(['2026-11-01T05:00:00.000Z']);
    expect(checkBookableStart({ rules, busy, start: '2026-11-01T06:00:00.000Z', now: '2026-01-01T00:00:00Z' })).toEqual({ ok: false, reason: 'conflict' });
  });
});

describe('invitees far from the host', () => {
  const weekdays = { ...NO_WEEK, mon: [{ start: '09:00', end: '11:00' }], fri: [{ start: '09:00', end: '11:00' }] };

  it('a host in Honolulu (UTC-10): an invitee in Kiritimati (UTC+14) sees the same clock times a day later', () => {
    const rules = makeRules({ timezone: 'Pacific/Honolulu', weekly: weekdays, durationMinutes: 60, slotStepMinutes: 60 });
    const result = listOpenSlots(makeQuery(rules, '2026-06-01', '2026-06-07', { timezone: 'Pacific/Kiritimati' }));
    // Honolulu's Monday 2026-06-01 and Friday 2026-06-05 are Kiritimati's Tuesday and Saturday.
    expect(result.timezone).toBe('Pacific/Kiritimati');
    expect(result.days.map((day) => [day.date, localTimes(day.slots.map((slot) => slot.start), 'Pacific/Kiritimati')])).toEqual([
      ['2026-06-01', []], ['2026-06-02', ['09:00', '10:00']], ['2026-06-03', []], ['2026-06-04', []],
      ['2026-06-05', []], ['2026-06-06', ['09:00', '10:00']], ['2026-06-07', []],
    ]);
    expect(starts(result)).toEqual(['2026-06-01T19:00:00.000Z', '2026-06-01T20:00:00.000Z', '2026-06-05T19:00:00.000Z', '2026-06-05T20:00:00.000Z']);
  });

  it('a host in Kiritimati: an invitee in Honolulu sees them a day earlier', () => {
    const rules = makeRules({ timezone: 'Pacific/Kiritimati', weekly: weekdays, durationMinutes: 60, slotStepMinutes: 60 });
    const result = listOpenSlots(makeQuery(rules, '2026-05-31', '2026-06-01', { timezone: 'Pacific/Honolulu' }));
    expect(result.days.map((day) => [day.date, localTimes(day.slots.map((slot) => slot.start), 'Pacific/Honolulu')])).toEqual([
      ['2026-05-31', ['09:00', '10:00']], ['2026-06-01', []],
    ]);
  });

  it('a one-day query finds slots two dates away in the host’s zone (Pago Pago, UTC-11, to Kiritimati)', () => {
    const rules = makeRules({ timezone: 'Pacific/Pago_Pago', weekly: { ...NO_WEEK, mon: [{ start: '23:00', end: '24:00' }] }, durationMinutes: 30, slotStepMinutes: 30 });
    // Monday 23:00 in Pago Pago is Tuesday 10:00Z, Wednesday 00:00 in Kiritimati.
    const result = listOpenSlots(makeQuery(rules, '2026-06-03', '2026-06-03', { timezone: 'Pacific/Kiritimati' }));
    expect(result.days).toEqual([{ date: '2026-06-03', slots: [
      { start: '2026-06-02T10:00:00.000Z', end: '2026-06-02T10:30:00.000Z' },
      { start: '2026-06-02T10:30:00.000Z', end: '2026-06-02T11:00:00.000Z' },
    ] }]);
    expect(localTimes(starts(result), 'Pacific/Kiritimati')).toEqual(['00:00', '00:30']);
    expect(localTimes(starts(result), 'Pacific/Pago_Pago')).toEqual(['23:00', '23:30']);
  });
});
