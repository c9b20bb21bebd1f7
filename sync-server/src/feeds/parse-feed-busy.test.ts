// Runs in tests (server side). What ical.js and our reading of it make of real-world feed shapes:
// each fixture is a kind of calendar Google, Outlook or iCloud serves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MalformedFeedError, parseFeedBusy } from './parse-feed-busy.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const window = { zone: 'Europe/Berlin', from: Date.parse('2026-03-01T00:00:00Z'), to: Date.parse('2026-05-01T00:00:00Z'), maxIntervals: 1000 };
const iso = (text: string, options = window) => parseFeedBusy(text, options).intervals.map((i) => [new Date(i.start).toISOString(), new Date(i.end).toISOString()]);

describe('parseFeedBusy', () => {
  it('expands a weekly meeting, with one instance moved (RECURRENCE-ID) and one deleted (EXDATE)', () => {
    expect(iso(fixture('weekly-with-exceptions.ics'))).toEqual([
      ['2026-03-02T09:00:00.000Z', '2026-03-02T10:00:00.000Z'],
      ['2026-03-10T13:00:00.000Z', '2026-03-10T14:00:00.000Z'], // moved from Monday 9 March 10:00 to Tuesday 14:00
      ['2026-03-23T09:00:00.000Z', '2026-03-23T10:00:00.000Z'], // 16 March is excluded
    ]);
  });

  it('blocks the host\'s whole local days for all-day events (an end-less one is one day)', () => {
    expect(iso(fixture('all-day.ics'))).toEqual([
      ['2026-03-03T23:00:00.000Z', '2026-03-05T23:00:00.000Z'],
      ['2026-03-09T23:00:00.000Z', '2026-03-10T23:00:00.000Z'],
    ]);
    expect(iso(fixture('all-day.ics'), { ...window, zone: 'America/New_York' })[0]).toEqual(['2026-03-04T05:00:00.000Z', '2026-03-06T05:00:00.000Z']);
  });

  it('reads events defined in other zones: a VTIMEZONE of the feed (a Windows name), an IANA TZID, UTC, and floating times in the host\'s zone', () => {
    expect(iso(fixture('other-zones.ics'))).toEqual([
      ['2026-03-03T14:00:00.000Z', '2026-03-03T15:00:00.000Z'],
      ['2026-03-04T00:00:00.000Z', '2026-03-04T01:00:00.000Z'],
      ['2026-03-05T12:00:00.000Z', '2026-03-05T12:30:00.000Z'],
      ['2026-03-06T08:00:00.000Z', '2026-03-06T08:30:00.000Z'],
    ]);
  });

  it('keeps a daily meeting at 09:00 local across the daylight-saving change', () => {
    expect(iso(fixture('daylight-saving-week.ics')).map(([start]) => start)).toEqual([
      '2026-03-26T08:00:00.000Z', '2026-03-27T08:00:00.000Z', '2026-03-28T08:00:00.000Z',
      '2026-03-29T07:00:00.000Z', '2026-03-30T07:00:00.000Z', '2026-03-31T07:00:00.000Z',
    ]);
  });

  it('leaves out canceled and transparent events, and a canceled instance of a series', () => {
    expect(iso(fixture('canceled-and-transparent.ics'))).toEqual([
      ['2026-03-02T15:00:00.000Z', '2026-03-02T15:30:00.000Z'],
      ['2026-03-03T13:00:00.000Z', '2026-03-03T14:00:00.000Z'],
      ['2026-03-04T15:00:00.000Z', '2026-03-04T15:30:00.000Z'],
    ]);
  });

  it('clips to the window and bounds the number of intervals', () => {
    const narrow = { ...window, from: Date.parse('2026-03-02T09:30:00Z'), to: Date.parse('2026-03-20T00:00:00Z') };
    expect(iso(fixture('weekly-with-exceptions.ics'), narrow)).toEqual([
      ['2026-03-02T09:30:00.000Z', '2026-03-02T10:00:00.000Z'],
      ['2026-03-10T13:00:00.000Z', '2026-03-10T14:00:00.000Z'],
    ]);
    const endless = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:e\r\nDTSTART:20200101T090000Z\r\nDTEND:20200101T091000Z\r\nRRULE:FREQ=HOURLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const bounded = parseFeedBusy(endless, { ...window, maxIntervals: 50 });
    expect(bounded.intervals).toHaveLength(50);
    expect(bounded.truncated).toBe(true);
  });

  it('refuses a malformed feed and what is not a calendar', () => {
    expect(() => parseFeedBusy(fixture('malformed.ics'), window)).toThrow(MalformedFeedError);
    expect(() => parseFeedBusy('<html>Sign in</html>', window)).toThrow(MalformedFeedError);
    expect(() => parseFeedBusy('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada\r\nEND:VCARD\r\n', window)).toThrow(/not VCALENDAR/);
  });
});
