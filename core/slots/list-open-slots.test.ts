// Runs in tests. listOpenSlots rule by rule: overrides, buffers, step, notice, horizon, 24:00
// ends, the shape of the answer, and input validation.
import { describe, expect, it } from 'vitest';
import { listOpenSlots } from './list-open-slots.ts';
import { everyDay, makeQuery, makeRules, NO_WEEK, starts } from './testing/slot-fixtures.ts';

describe('listOpenSlots: availability', () => {
  it('walks each interval from its start by the step and keeps slots that fit entirely', () => {
    const rules = makeRules({ weekly: everyDay({ start: '09:00', end: '11:00' }), durationMinutes: 45, slotStepMinutes: 20 });
    expect(starts(listOpenSlots(makeQuery(rules, '2026-06-01')))).toEqual([
      '2026-06-01T09:00:00.000Z', '2026-06-01T09:20:00.000Z', '2026-06-01T09:40:00.000Z', '2026-06-01T10:00:00.000Z',
    ]);
  });

  it('gives each slot an end one duration after its start', () => {
    const rules = makeRules({ weekly: everyDay({ start: '09:00', end: '10:00' }), durationMinutes: 25, slotStepMinutes: 60 });
    expect(listOpenSlots(makeQuery(rules, '2026-06-01')).days[0]?.slots).toEqual([
      { start: '2026-06-01T09:00:00.000Z', end: '2026-06-01T09:25:00.000Z' },
    ]);
  });

  it('uses the weekly intervals of each date’s weekday', () => {
    const rules = makeRules({ weekly: { ...NO_WEEK, mon: [{ start: '08:00', end: '09:00' }], wed: [{ start: '10:00', end: '11:00' }] }, durationMinutes: 60 });
    // 2026-06-01 is a Monday.
    const result = listOpenSlots(makeQuery(rules, '2026-06-01', '2026-06-07'));
    expect(result.days.map((day) => [day.date, day.slots.map((slot) => slot.start)])).toEqual([
      ['2026-06-01', ['2026-06-01T08:00:00.000Z']],
      ['2026-06-02', []],
      ['2026-06-03', ['2026-06-03T10:00:00.000Z']],
      ['2026-06-04', []], ['2026-06-05', []], ['2026-06-06', []], ['2026-06-07', []],
    ]);
  });

  it('lets a date override replace that date’s weekly intervals', () => {
    const rules = makeRules({
      weekly: everyDay({ start: '09:00', end: '10:00' }),
      dateOverrides: [{ date: '2026-06-02', intervals: [{ start: '14:00', end: '15:00' }] }],
      durationMinutes: 60,
    });
    const result = listOpenSlots(makeQuery(rules, '2026-06-01', '2026-06-03'));
    expect(starts(result)).toEqual(['2026-06-01T09:00:00.000Z', '2026-06-02T14:00:00.000Z', '2026-06-03T09:00:00.000Z']);
  });

  it('blocks a date with an empty override and opens a weekday that has no weekly hours', () => {
    const rules = makeRules({
      weekly: { ...NO_WEEK, mon: [{ start: '09:00', end: '10:00' }] },
      dateOverrides: [{ date: '2026-06-01', intervals: [] }, { date: '2026-06-06', intervals: [{ start: '11:00', end: '12:00' }] }],
      durationMinutes: 60,
    });
    const result = listOpenSlots(makeQuery(rules, '2026-06-01', '2026-06-08'));
    expect(starts(result)).toEqual(['2026-06-06T11:00:00.000Z', '2026-06-08T09:00:00.000Z']);
  });

  it('lets a later override of the same date win', () => {
    const rules = makeRules({
      dateOverrides: [{ date: '2026-06-01', intervals: [] }, { date: '2026-06-01', intervals: [{ start: '12:00', end: '13:00' }] }],
      durationMinutes: 60,
    });
    expect(starts(listOpenSlots(makeQuery(rules, '2026-06-01')))).toEqual(['2026-06-01T12:00:00.000Z']);
  });

  it('offers a slot that ends exactly at 24:00, and none that would run past it', () => {
    const rules = makeRules({ weekly: everyDay({ start: '22:00', end: '24:00' }), durationMinutes: 60, slotStepMinutes: 45 });
    expect(starts(listOpenSlots(makeQuery(rules, '2026-06-01')))).toEqual(['2026-06-01T22:00:00.000Z', '2026-06-01T22:45:00.000Z']);
  });

  it('does not join adjacent intervals: a slot must fit inside one of them', () => {
    const rules = makeRules({ weekly: everyDay({ start: '09:00', end: '10:00' }, { start: '10:00', end: '11:00' }), durationMinutes: 90, slotStepMinutes: 30 });
    expect(starts(listOpenSlots(makeQuery(rules, '2026-06-01')))).toEqual([]);
  });

  it('offers an instant once when overlapping intervals both produce it, in order', () => {
    const rules = makeRules({ weekly: everyDay({ start: '10:00', end: '12:00' }, { start: '09:00', end: '11:00' }), durationMinutes: 60, slotStepMinutes: 60 });
    expect(starts(listOpenSlots(makeQuery(rules, '2026-06-01')))).toEqual([
      '2026-06-01T09:00:00.000Z', '2026-06-01T10:00:00.000Z', '2026-06-01T11:00:00.000Z',
    ]);
  });

  it('reads intervals in the host’s zone', () => {
    const rules = makeRules({ timezone: 'Asia/Kolkata', weekly: everyDay({ start: '09:00', end: '10:00' }), durationMinutes: 60 });
    expect(starts(listOpenSlots(makeQuery(rules, '2026-06-01', '2026-06-01', { timezone: 'UTC' })))).toEqual(['2026-06-01T03:30:00.000Z']);
  });
});

describe('listOpenSlots: bookings and buffers', () => {
  const rules = makeRules({ weekly: everyDay({ start: '09:00', end: '12:00' }), durationMinutes: 30, slotStepMinutes: 30 });

  it('drops slots that overlap a busy interval; touching ends are fine', () => {
    const busy = [{ start: '2026-06-01T10:00:00.000Z', end: '2026-06-01T10:30:00.000Z' }];
    expect(starts(listOpenSlots(makeQuery(rules, '2026-06-01', '2026-06-01', { busy })))).toEqual([
      '2026-06-01T09:00:00.000Z', '2026-06-01T09:30:00.000Z', '2026-06-01T10:30:00.000Z', '2026-06-01T11:00:00.000Z', '2026-06-01T11:30:00.000Z',
    ]);
  });

  it('widens each candidate by the buffers before comparing', () => {
    const buffered = { ...rules, bufferBeforeMinutes: 15, bufferAfterMinutes: 10 };
    const busy = [{ start: '2026-06-01T10:00:00.000Z', end: '2026-06-01T10:30:00.000Z' }];
    // 09:30 would end at 10:00 + 10 min after-buffer: overlaps. 10:30 - 15 min: overlaps.
    // 11:00 - 15 min = 10:45 and 09:00's after-buffer ends 09:40: both clear.
    expect(starts(listOpenSlots(makeQuery(buffered, '2026-06-01', '2026-06-01', { busy })))).toEqual([
      '2026-06-01T09:00:00.000Z', '2026-06-01T11:00:00.000Z', '2026-06-01T11:30:00.000Z',
    ]);
  });

  it('allows a buffer that exactly touches a busy interval', () => {
    const buffered = { ...rules, bufferBeforeMinutes: 30, bufferAfterMinutes: 30 };
    const busy = [{ start: '2026-06-01T10:00:00.000Z', end: '2026-06-01T10:30:00.000Z' }];
    expect(starts(listOpenSlots(makeQuery(buffered, '2026-06-01', '2026-06-01', { busy })))).toEqual([
      '2026-06-01T09:00:00.000Z', '2026-06-01T11:00:00.000Z', '2026-06-01T11:30:00.000Z',
    ]);
  });

  it('handles busy intervals in any order, nested and overlapping', () => {
    const busy = [
      { start: '2026-06-01T11:00:00.000Z', end: '2026-06-01T11:10:00.000Z' },
      { start: '2026-06-01T08:00:00.000Z', end: '2026-06-01T10:45:00.000Z' },
      { start: '2026-06-01T09:10:00.000Z', end: '2026-06-01T09:20:00.000Z' },
    ];
    expect(starts(listOpenSlots(makeQuery(rules, '2026-06-01', '2026-06-01', { busy })))).toEqual(['2026-06-01T11:30:00.000Z']);
  });
});

describe('listOpenSlots: notice and horizon', () => {
  const rules = makeRules({ weekly: everyDay({ start: '09:00', end: '12:00' }), durationMinutes: 60, slotStepMinutes: 60 });

  it('offers a start exactly at now + minimum notice, none earlier', () => {
    const result = listOpenSlots(makeQuery({ ...rules, minNoticeMinutes: 90 }, '2026-06-01', '2026-06-01', { now: '2026-06-01T08:30:00.000Z' }));
    expect(starts(result)).toEqual(['2026-06-01T10:00:00.000Z', '2026-06-01T11:00:00.000Z']);
  });

  it('takes now as a Date too', () => {
    const result = listOpenSlots(makeQuery(rules, '2026-06-01', '2026-06-01', { now: new Date('2026-06-01T09:00:00.001Z') }));
    expect(starts(result)).toEqual(['2026-06-01T10:00:00.000Z', '2026-06-01T11:00:00.000Z']);
  });

  it('offers starts before now + horizon days, none at or after it', () => {
    const result = listOpenSlots(makeQuery({ ...rules, horizonDays: 2 }, '2026-06-01', '2026-06-05', { now: '2026-06-01T10:00:00.000Z' }));
    expect(starts(result)).toEqual([
      '2026-06-01T10:00:00.000Z', '2026-06-01T11:00:00.000Z',
      '2026-06-02T09:00:00.000Z', '2026-06-02T10:00:00.000Z', '2026-06-02T11:00:00.000Z',
      '2026-06-03T09:00:00.000Z',
    ]);
  });

  it('lists every date of the range, even when nothing can be open', () => {
    const result = listOpenSlots(makeQuery({ ...rules, horizonDays: 1 }, '2027-01-30', '2027-02-02', { now: '2026-06-01T00:00:00.000Z' }));
    expect(result).toEqual({
      timezone: 'UTC',
      days: ['2027-01-30', '2027-01-31', '2027-02-01', '2027-02-02'].map((date) => ({ date, slots: [] })),
    });
  });
});

describe('listOpenSlots: input validation', () => {
  const rules = makeRules();
  const base = makeQuery(rules, '2026-06-01');
  const cases: [string, () => unknown, RegExp][] = [
    ['an unknown invitee zone', () => listOpenSlots({ ...base, timezone: 'Mars/Olympus' }), /^timezone: unknown IANA time zone "Mars\/Olympus"/],
    ['an empty invitee zone', () => listOpenSlots({ ...base, timezone: '' }), /^timezone: expected an IANA time zone/],
    ['an unknown host zone', () => listOpenSlots({ ...base, rules: makeRules({ timezone: 'Europe/Atlantis' }) }), /^rules\.availability\.timezone: unknown IANA time zone/],
    ['a malformed from', () => listOpenSlots({ ...base, from: '2026-6-1' }), /^from: expected a date YYYY-MM-DD/],
    ['an impossible date', () => listOpenSlots({ ...base, to: '2026-02-30' }), /^to: 2026-02-30 is not a calendar date/],
    ['to before from', () => listOpenSlots({ ...base, from: '2026-06-02', to: '2026-06-01' }), /^to: 2026-06-01 is before from/],
    ['a range that is too long', () => listOpenSlots({ ...base, to: '2030-01-01' }), /^to: the range may span at most 732 days/],
    ['a now without zone', () => listOpenSlots({ ...base, now: '2026-06-01 09:00' }), /^now: expected an ISO-8601 instant/],
    ['an invalid Date', () => listOpenSlots({ ...base, now: new Date('nope') }), /^now: invalid Date/],
    ['a malformed busy start', () => listOpenSlots({ ...base, busy: [{ start: 'soon', end: '2026-06-01T10:00:00Z' }] }), /^busy\[0\]\.start: expected an ISO-8601 instant/],
    ['a busy that is not an array', () => listOpenSlots({ ...base, busy: {} as never }), /^busy: expected an array/],
    ['a bad clock time', () => listOpenSlots({ ...base, rules: makeRules({ weekly: { ...NO_WEEK, tue: [{ start: '9:00', end: '10:00' }] } }) }),
      /^rules\.availability\.weekly\.tue\[0\]\.start: expected a clock time HH:mm/],
    ['an interval that ends before it starts', () => listOpenSlots({ ...base, rules: makeRules({ weekly: everyDay({ start: '17:00', end: '09:00' }) }) }),
      /^rules\.availability\.weekly\.mon\[0\]\.end: must be after start/],
    ['a bad override date', () => listOpenSlots({ ...base, rules: makeRules({ dateOverrides: [{ date: '2026-13-01', intervals: [] }] }) }),
      /^rules\.availability\.overrides\[0\]\.date: 2026-13-01 is not a calendar date/],
    ['a zero step', () => listOpenSlots({ ...base, rules: { ...rules, slotStepMinutes: 0 } }), /^rules\.slotStepMinutes: expected an integer from 1/],
    ['a fractional duration', () => listOpenSlots({ ...base, rules: { ...rules, durationMinutes: 29.5 } }), /^rules\.durationMinutes: expected an integer/],
    ['a negative buffer', () => listOpenSlots({ ...base, rules: { ...rules, bufferAfterMinutes: -5 } }), /^rules\.bufferAfterMinutes: expected an integer/],
    ['missing availability', () => listOpenSlots({ ...base, rules: { ...rules, availability: undefined as never } }), /^rules\.availability: expected an object/],
  ];
  it.each(cases)('rejects %s with an error naming the argument', (_label, call, message) => {
    expect(call).toThrow(message);
  });
});
