// Runs in tests. ISO instants: strict parsing (no Date roll-over) and the one stored form.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './calendar.ts';
import { isCanonicalUtcTime, parseIsoInstant } from './parse-iso-instant.ts';

const NINE_UTC = Date.UTC(2026, 11, 1, 9);

describe('parseIsoInstant', () => {
  it.each([
    ['2026-12-01T09:00:00.000Z', NINE_UTC],
    ['2026-12-01T09:00:00Z', NINE_UTC],
    ['2026-12-01T09:00Z', NINE_UTC],
    ['2026-12-01T10:00:00+01:00', NINE_UTC],
    ['2026-12-01T10:00:00+0100', NINE_UTC],
    ['2026-12-01T00:00:00-09:00', NINE_UTC],
    ['2026-12-01T09:00:00.999999999Z', NINE_UTC + 999],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
  ])('reads %s', (text, expected) => {
    expect(parseIsoInstant(text)).toBe(expected);
  });

  it('keeps years below 100 (Date.UTC would move them to the 1900s)', () => {
    expect(new Date(parseIsoInstant('0050-06-01T00:00:00Z')!).getUTCFullYear()).toBe(50);
  });

  it.each([
    '2026-12-01T09:00:00',
    '2026-12-01',
    '2026-12-01 09:00:00Z',
    '2026-02-29T09:00:00Z',
    '2026-04-31T09:00:00Z',
    '2026-13-01T09:00:00Z',
    '2026-12-01T24:00:00Z',
    '2026-12-01T09:60:00Z',
    '2026-12-01T09:00:60Z',
    '2026-12-01T09:00:00+24:00',
    '2026-12-01T09:00:00.Z',
    '+020026-12-01T09:00:00Z',
    'Tue Dec 01 2026 09:00:00 GMT+0000',
    '',
  ])('rejects %j', (text) => {
    expect(parseIsoInstant(text)).toBeNull();
  });
});

describe('isCanonicalUtcTime', () => {
  it('accepts exactly what toISOString gives', () => {
    expect(isCanonicalUtcTime(new Date(NINE_UTC).toISOString())).toBe(true);
    expect(isCanonicalUtcTime('2000-01-01T00:00:00.000Z')).toBe(true);
    expect(isCanonicalUtcTime('0099-01-01T00:00:00.000Z')).toBe(true);
  });

  it.each(['2026-12-01T09:00:00Z', '2026-12-01T09:00:00.000+00:00', '2026-12-01T09:00:00.000z', '2026-02-30T09:00:00.000Z', '2026-12-01T24:00:00.000Z', '2026-12-01T23:59:60.000Z', '2026-13-01T09:00:00.000Z', ' 2026-12-01T09:00:00.000Z'])(
    'rejects %j', (text) => {
      expect(isCanonicalUtcTime(text)).toBe(false);
    },
  );
});

describe('isCanonicalUtcTime against the Date round trip', () => {
  it('agrees on every field value in the canonical shape, real or not', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 999 }),
      (year, month, day, hours, minutes, seconds, millis) => {
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(millis, 3)}Z`;
        const ms = Date.parse(text);
        const canonical = Number.isFinite(ms) && new Date(ms).toISOString() === text;
        expect(isCanonicalUtcTime(text)).toBe(canonical);
        // The same instant whether or not the canonical shortcut is taken ('+00:00' takes the long way).
        if (canonical) expect(parseIsoInstant(text)).toBe(parseIsoInstant(text.replace('Z', '+00:00')));
        else expect(parseIsoInstant(text)).toBeNull();
      },
    ), { numRuns: 20_000, seed: 7 });
  });
});

describe('isCalendarDate', () => {
  it('knows month lengths and leap years', () => {
    expect(['2024-02-29', '2000-02-29', '2026-12-31', '2026-04-30'].every(isCalendarDate)).toBe(true);
    expect(['2026-02-29', '1900-02-29', '2026-04-31', '2026-00-10', '2026-01-00', '2026-1-1'].some(isCalendarDate)).toBe(false);
  });
});

describe('parseIsoInstant, the one instant grammar of core', () => {
  it("reads every string the slot engine's former, narrower grammar took, to the instant Date.parse gives", () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    const real = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true });
    const offset = fc.oneof(fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`));
    const seconds = fc.oneof(fc.constant(''), fc.tuple(fc.integer({ min: 0, max: 59 }), fc.constantFrom('', '.5', '.25', '.125')).map(([s, f]) => `:${pad(s)}${f}`));
    fc.assert(fc.property(real, seconds, offset, (date, secondsPart, zone) => {
      const text = `${date.toISOString().slice(0, 16)}${secondsPart}${zone}`;
      expect(parseIsoInstant(text)).toBe(Date.parse(text));
    }), { numRuns: 5000 });
  });

  it('refuses what is not a string, for callers with untyped input', () => {
    expect(parseIsoInstant(5 as unknown as string)).toBeNull();
    expect(parseIsoInstant(null as unknown as string)).toBeNull();
  });
});

describe('isCalendarDate and its parts', () => {
  it('agrees with a Date round trip on every YYYY-MM-DD shape', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
      const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
      const ms = Date.parse(`${text}T00:00:00Z`);
      expect(isCalendarDate(text)).toBe(Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === text);
    }), { numRuns: 5000 });
  });

  it('refuses other shapes and non-ASCII digits', () => {
    for (const text of ['2026-1-01', '20260101', '2026-01-01T00:00Z', ' 2026-01-01', '٢٠٢٦-٠١-٠١', 5 as unknown as string]) expect(isCalendarDate(text)).toBe(false);
  });
});
