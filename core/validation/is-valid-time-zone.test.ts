// Runs in tests.
import { describe, expect, it } from 'vitest';
import { createTimeZoneCheck } from './create-time-zone-check.ts';
import { isValidTimeZone } from './is-valid-time-zone.ts';

describe('isValidTimeZone', () => {
  it.each(['Europe/Berlin', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Honolulu', 'Asia/Kolkata', 'UTC', 'Etc/GMT+5', 'America/Argentina/Buenos_Aires'])(
    'accepts %s', (tz) => {
      expect(isValidTimeZone(tz)).toBe(true);
      const check = createTimeZoneCheck();
      expect(check(tz)).toBe(true);
      expect(check(tz)).toBe(true); // from the caller's memory
    },
  );

  it.each(['', 'Mars/Olympus', 'Europe/Berlin ', 'Berlin', '+01:00', '-0500', 'Z', 'x'.repeat(65), 'Europe/Berlin\n'])(
    'rejects %j', (tz) => {
      expect(isValidTimeZone(tz)).toBe(false);
      expect(createTimeZoneCheck()(tz)).toBe(false);
    },
  );

  it('rejects non-strings handed over from untyped code', () => {
    expect(isValidTimeZone(5 as unknown as string)).toBe(false);
  });

  it('a check stays correct after many distinct invalid names, and past its bound', () => {
    const check = createTimeZoneCheck(2);
    for (let i = 0; i < 3000; i++) expect(check(`Nowhere/Place${i}`)).toBe(false);
    for (const tz of ['Europe/Paris', 'Asia/Tokyo', 'America/Denver', 'Europe/Paris']) expect(check(tz)).toBe(true);
    expect(check('Mars/Olympus')).toBe(false);
  });
});
