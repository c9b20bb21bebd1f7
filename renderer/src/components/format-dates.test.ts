// Runs in tests (node). Dates on screen are in the host's zone, whatever the machine's zone is.
import { describe, expect, it } from 'vitest';
import { dayjs } from './dayjs.ts';
import { calendarDateOf, endOfDayInstant, formatCalendarDate, formatDate, formatDateTime, todayIn } from './format-dates.ts';
import { formatMinutes } from './format-minutes.ts';

describe('format dates', () => {
  it('formats instants in the given zone', () => {
    const iso = '2026-03-03T09:00:00.000Z';
    expect(formatDateTime(iso, 'Europe/Berlin', new Date('2026-01-01T00:00:00Z'))).toBe('Tue, Mar 3, 10:00');
    expect(formatDateTime(iso, 'America/New_York', new Date('2025-06-01T00:00:00Z'))).toBe('Tue, Mar 3, 2026, 04:00');
    expect(formatDate('2026-03-02T23:30:00.000Z', 'Europe/Berlin')).toBe('Tue, Mar 3, 2026');
  });

  it('handles calendar dates without shifting them', () => {
    expect(formatCalendarDate('2026-03-10')).toBe('Tue, Mar 10, 2026');
    expect(todayIn('Pacific/Auckland', new Date('2026-03-02T20:00:00Z'))).toBe('2026-03-03');
    expect(calendarDateOf('2026-03-02T23:30:00.000Z', 'Europe/Berlin')).toBe('2026-03-03');
  });

  it('ends a day at the next local midnight, across a DST change', () => {
    expect(endOfDayInstant('2026-03-10', 'Europe/Berlin')).toBe('2026-03-10T23:00:00.000Z');
    // Berlin moves to summer time on 29 March 2026: the next midnight is UTC+2.
    expect(endOfDayInstant('2026-03-29', 'Europe/Berlin')).toBe('2026-03-29T22:00:00.000Z');
  });

  it('falls back to UTC for a zone that is not valid', () => {
    expect(formatDateTime('2026-03-03T09:00:00.000Z', 'Mars/Base', new Date('2026-01-01T00:00:00Z'))).toBe('Tue, Mar 3, 09:00');
    expect(todayIn('', new Date('2026-03-02T23:30:00Z'))).toBe('2026-03-02');
  });

  it('reads as dayjs formats it, across DST changes and in zones off the hour', () => {
    // formatDate/formatDateTime keep one Intl formatter per zone; they used dayjs's tz() before.
    const zones = ['Europe/Berlin', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata', 'America/St_Johns', 'Australia/Lord_Howe', 'UTC'];
    const now = new Date('2026-06-01T12:00:00Z');
    for (const zone of zones) {
      // Every 16 h 37 min through 2025 and 2026: all hours of the day, both sides of DST changes.
      for (let t = Date.parse('2025-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 997 * 60_000) {
        const iso = new Date(t).toISOString();
        const at = dayjs(iso).tz(zone);
        expect(formatDate(iso, zone)).toBe(at.format('ddd, MMM D, YYYY'));
        expect(formatDateTime(iso, zone, now)).toBe(at.format(at.year() === 2026 ? 'ddd, MMM D, HH:mm' : 'ddd, MMM D, YYYY, HH:mm'));
      }
    }
  });

  it('formats durations', () => {
    expect(formatMinutes(30)).toBe('30 min');
    expect(formatMinutes(60)).toBe('1 h');
    expect(formatMinutes(90)).toBe('1 h 30 min');
    expect(formatMinutes(2880)).toBe('2 days');
  });
});
