// Runs in tests. checkBookableStart: each failure reason, their order, and bad input.
import { describe, expect, it } from 'vitest';
import { checkBookableStart } from './check-bookable-start.ts';
import { everyDay, makeRules, NO_WEEK } from './testing/slot-fixtures.ts';

const rules = makeRules({
  timezone: 'Europe/Berlin',
  weekly: { ...NO_WEEK, mon: [{ start: '09:00', end: '12:00' }] },
  dateOverrides: [{ date: '2026-06-08', intervals: [] }],
  durationMinutes: 30,
  slotStepMinutes: 30,
  minNoticeMinutes: 60,
  bufferBeforeMinutes: 10,
  bufferAfterMinutes: 10,
  horizonDays: 14,
});
const now = '2026-05-31T12:00:00.000Z'; // a Sunday
const check = (start: string, busy: { start: string; end: string }[] = [], at: string | Date = now) => checkBookableStart({ rules, busy, start, now: at });

describe('checkBookableStart', () => {
  it('accepts a grid start and returns its end', () => {
    // Monday 2026-06-01 09:00 in Berlin (CEST) is 07:00Z.
    expect(check('2026-06-01T07:00:00.000Z')).toEqual({ ok: true, end: '2026-06-01T07:30:00.000Z' });
  });

  it('accepts the same instant written with an offset or without milliseconds', () => {
    expect(check('2026-06-01T09:00+02:00')).toEqual({ ok: true, end: '2026-06-01T07:30:00.000Z' });
    expect(check('2026-06-01T07:00:00Z')).toEqual({ ok: true, end: '2026-06-01T07:30:00.000Z' });
  });

  it('calls a start off the grid, outside the hours or on a blocked date outside_availability', () => {
    expect(check('2026-06-01T07:10:00.000Z')).toEqual({ ok: false, reason: 'outside_availability' });
    expect(check('2026-06-01T07:00:30.000Z')).toEqual({ ok: false, reason: 'outside_availability' });
    expect(check('2026-06-01T09:45:00.000Z')).toEqual({ ok: false, reason: 'outside_availability' }); // would end 12:15
    expect(check('2026-06-02T07:00:00.000Z')).toEqual({ ok: false, reason: 'outside_availability' }); // a Tuesday
    expect(check('2026-06-08T07:00:00.000Z')).toEqual({ ok: false, reason: 'outside_availability' }); // blocked Monday
  });

  it('calls a start before now + notice too_soon, including one in the past', () => {
    expect(check('2026-06-01T07:00:00.000Z', [], '2026-06-01T06:00:01.000Z')).toEqual({ ok: false, reason: 'too_soon' });
    expect(check('2026-06-01T07:00:00.000Z', [], '2026-06-01T06:00:00.000Z')).toMatchObject({ ok: true });
    expect(check('2026-06-01T07:00:00.000Z', [], '2026-06-03T00:00:00.000Z')).toEqual({ ok: false, reason: 'too_soon' });
  });

  it('calls a start at or after now + horizon beyond_horizon', () => {
    expect(check('2026-06-15T07:00:00.000Z')).toEqual({ ok: false, reason: 'beyond_horizon' });
    expect(check('2026-06-15T07:00:00.000Z', [], '2026-06-01T07:00:00.001Z')).toMatchObject({ ok: true });
    expect(check('2026-06-15T07:00:00.000Z', [], '2026-06-01T07:00:00.000Z')).toEqual({ ok: false, reason: 'beyond_horizon' });
  });

  it('calls a start whose buffered interval overlaps a booking a conflict; touching is fine', () => {
    const busy = [{ start: '2026-06-01T07:40:00.000Z', end: '2026-06-01T08:00:00.000Z' }];
    expect(check('2026-06-01T07:00:00.000Z', busy)).toEqual({ ok: true, end: '2026-06-01T07:30:00.000Z' }); // ends 07:40 with buffer
    expect(check('2026-06-01T07:30:00.000Z', busy)).toEqual({ ok: false, reason: 'conflict' });
    expect(check('2026-06-01T08:00:00.000Z', busy)).toEqual({ ok: false, reason: 'conflict' }); // 07:50 with buffer
    expect(check('2026-06-01T08:30:00.000Z', busy)).toMatchObject({ ok: true });
  });

  it('reports the most fundamental reason first', () => {
    const busy = [{ start: '2026-06-01T00:00:00.000Z', end: '2026-06-02T00:00:00.000Z' }];
    expect(check('2026-06-01T07:10:00.000Z', busy, '2026-06-02T00:00:00.000Z')).toEqual({ ok: false, reason: 'outside_availability' });
    expect(check('2026-06-01T07:00:00.000Z', busy, '2026-06-02T00:00:00.000Z')).toEqual({ ok: false, reason: 'too_soon' });
    expect(check('2026-06-01T07:00:00.000Z', busy)).toEqual({ ok: false, reason: 'conflict' });
  });

  it('calls a start that is not a strict ISO instant invalid_start', () => {
    for (const start of ['', 'tomorrow', '2026-06-01', '2026-06-01 07:00', '2026-06-01T07:00:00', '2026-02-30T07:00:00Z', '2026-06-01T24:00:00Z', 42 as unknown as string]) {
      expect(check(start)).toEqual({ ok: false, reason: 'invalid_start' });
    }
  });

  it('throws an error naming the argument for bad rules, busy or now', () => {
    expect(() => check('2026-06-01T07:00:00Z', [], 'yesterday')).toThrow(/^now: /);
    expect(() => checkBookableStart({ rules, busy: [{ start: '2026-06-01T07:00:00Z', end: 'later' }], start: '2026-06-01T07:00:00Z', now })).toThrow(/^busy\[0\]\.end: /);
    expect(() => checkBookableStart({ rules: { ...rules, horizonDays: -1 }, busy: [], start: '2026-06-01T07:00:00Z', now })).toThrow(/^rules\.horizonDays: /);
    expect(() => checkBookableStart({ rules: makeRules({ timezone: 'Nowhere/Town', weekly: everyDay() }), busy: [], start: '2026-06-01T07:00:00Z', now })).toThrow(/^rules\.availability\.timezone: unknown IANA time zone/);
  });
});
