// Runs in tests.
import { describe, expect, it } from 'vitest';
import { isValidTimeZone } from './is-valid-time-zone.ts';

describe('isValidTimeZone', () => {
  it.each(['Europe/Berlin', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Honolulu', 'Asia/Kolkata', 'UTC', 'Etc/GMT+5', 'America/Argentina/Buenos_Aires'])(
    'accepts %s', (tz) => {
      expect(isValidTimeZone(tz)).toBe(true);
      expect(isValidTimeZone(tz)).toBe(true); // from the cache
    },
  );

  it.each(['', 'Mars/Olympus', 'Europe/Berlin ', 'Berlin', '+01:00', '-0500', 'Z', 'x'.repeat(65), 'Europe/Berlin\n'])(
    'rejects %j', (tz) => {
      expect(isValidTimeZone(tz)).toBe(false);
    },
  );

  it('rejects non-strings handed over from untyped code', () => {
    expect(isValidTimeZone(5 as unknown as string)).toBe(false);
  });

  it('stays correct after many distinct invalid names', () => {
    for (let i = 0; i < 3000; i++) expect(isValidTimeZone(`Nowhere/Place${i}`)).toBe(false);
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
  });
});
