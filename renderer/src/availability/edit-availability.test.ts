// Runs in tests (node). The availability editor's rules without the UI.
import { describe, expect, it } from 'vitest';
import { makeAvailability } from '../../../core/testing/index.ts';
import { clockOptions, fromMinutes, toMinutes } from './clock-times.ts';
import { addOverride, copyDayTo, nextFreeDate, nextInterval, removeOverride, setDayIntervals, setOverride } from './edit-availability.ts';

describe('edit availability', () => {
  it('appends an hour after the last interval, shorter before midnight, none when the day is full', () => {
    expect(nextInterval([])).toEqual({ start: '09:00', end: '17:00' });
    expect(nextInterval([{ start: '09:00', end: '12:00' }])).toEqual({ start: '12:00', end: '13:00' });
    expect(nextInterval([{ start: '20:00', end: '23:30' }])).toEqual({ start: '23:30', end: '24:00' });
    expect(nextInterval([{ start: '20:00', end: '24:00' }])).toBeNull();
  });

  it('copies a day to other days without sharing arrays', () => {
    const base = setDayIntervals(makeAvailability(), 'mon', [{ start: '08:00', end: '10:00' }, { start: '14:00', end: '18:00' }]);
    const copied = copyDayTo(base, 'mon', ['sat', 'sun', 'mon']);
    expect(copied.weekly.sat).toEqual(base.weekly.mon);
    expect(copied.weekly.sun).toEqual(base.weekly.mon);
    expect(copied.weekly.tue).toEqual(base.weekly.tue);
    expect(copied.weekly.sat).not.toBe(copied.weekly.mon);
    expect(base.weekly.sat).toEqual([]);
  });

  it('edits overrides by index and finds the next date without one', () => {
    let a = addOverride(makeAvailability(), { date: '2026-03-10', intervals: [] });
    a = addOverride(a, { date: '2026-03-11', intervals: [] });
    expect(nextFreeDate(a.overrides, '2026-03-10')).toBe('2026-03-12');
    expect(nextFreeDate(a.overrides, '2026-03-01')).toBe('2026-03-01');
    a = setOverride(a, 1, { date: '2026-03-11', intervals: [{ start: '10:00', end: '12:00' }] });
    expect(a.overrides[1]).toEqual({ date: '2026-03-11', intervals: [{ start: '10:00', end: '12:00' }] });
    expect(removeOverride(a, 0).overrides.map((o) => o.date)).toEqual(['2026-03-11']);
  });

  it('offers quarter-hour times and keeps an odd current one', () => {
    expect(toMinutes('24:00')).toBe(1440);
    expect(fromMinutes(605)).toBe('10:05');
    const starts = clockOptions('start', '10:05').map((o) => o.value);
    expect(starts[0]).toBe('00:00');
    expect(starts).toContain('10:05');
    expect(starts).not.toContain('24:00');
    expect(clockOptions('end', '17:00').at(-1)).toEqual({ value: '24:00', label: '24:00 (midnight)' });
  });
});
